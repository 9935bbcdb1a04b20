/** Texts the classroom pages share. */
import { t, type I18nText, type Lang } from '../../core/i18n';
import { saveProblemText, type SaveProblem } from '../../core/storage/envelope';

const SAVE_FAILED: I18nText = { zh: '没能保存到手机：{reason}', en: 'Could not save on this phone: {reason}' };

/** "Could not save on this phone" with the advice for why (a classroom write storage refused). */
export function saveFailedText(problem: SaveProblem, lang: Lang): string {
  return t(SAVE_FAILED, lang, { reason: t(saveProblemText(problem), lang) });
}
