/**
 * Short explanation cards for the parts of the real console that the simulation does not cover: a menu item or
 * a link opens one of these instead of doing nothing. Each says what that part of mp.weixin.qq.com is for.
 */
import { t, type Lang } from '../../../core/i18n';
import { INFO_CARDS, type InfoCard } from './texts';

export { INFO_CARDS, type InfoCard } from './texts';

export function findInfoCard(id: string): InfoCard | undefined {
  return INFO_CARDS.find((c) => c.id === id);
}

/** A card as the <info-card> component shows it. */
export interface InfoCardView {
  id: string;
  title: string;
  lines: string[];
  /** The lesson section of the card's first fact, or ''. */
  lessonUrl: string;
}

/** The card in the learner's language; `lessonUrlFor` maps a fact ID to its lesson section URL ('' when none). */
export function infoCardView(card: InfoCard, lang: Lang, lessonUrlFor: (factId: string) => string): InfoCardView {
  return {
    id: card.id,
    title: t(card.title, lang),
    lines: [t(card.body, lang)],
    lessonUrl: card.factIds.length > 0 ? lessonUrlFor(card.factIds[0]) : '',
  };
}
