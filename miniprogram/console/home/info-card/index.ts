/**
 * <info-card>: the short explanation of a part of the real console the simulation does not cover (or of a detail
 * such as the subject), shown over the page. The close button and the overlay close it; the link opens the lesson.
 *
 *   <info-card card="{{card}}" lang="{{lang}}" bind:close="onCloseCard" />
 *
 * `card` is an InfoCardView (console/engine/home/cards.ts) or null (renders nothing).
 */
import { navigateTo } from '../../../services/navigation';
import { textBehavior } from '../../behaviors/texts';
import { INFO_CARD_STRINGS } from './strings';

type InfoCardMethods = {
  onClose(): void;
  onLesson(): void;
  noop(): void;
};

Component<
  Record<string, never>,
  { card: { type: ObjectConstructor; value: null }; lang: { type: StringConstructor; value: string } },
  InfoCardMethods,
  WechatMiniprogram.Component.BehaviorOption
>({
  options: { styleIsolation: 'apply-shared' },
  behaviors: [textBehavior(INFO_CARD_STRINGS)],
  properties: {
    card: { type: Object, value: null },
    lang: { type: String, value: 'zh' },
  },
  methods: {
    onClose() {
      this.triggerEvent('close', {});
    },
    onLesson() {
      const card = this.data.card as { lessonUrl?: unknown } | null;
      if (card && typeof card.lessonUrl === 'string' && card.lessonUrl) navigateTo(card.lessonUrl);
    },
    noop() {
      // Taps inside the card do not close it.
    },
  },
});
