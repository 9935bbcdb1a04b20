// Texts of the course's structure (zh + en).
import type { I18nText } from './i18n';
import type { StageId } from './content-model';

/** Stage titles in both languages, in flow order (fact C-05). */
export const STAGE_TITLES: Readonly<Record<StageId, I18nText>> = {
  register: { zh: '注册', en: 'Register' },
  complete: { zh: '小程序信息完善', en: 'Complete the info' },
  develop: { zh: '开发小程序', en: 'Develop' },
  release: { zh: '提交审核和发布', en: 'Review and release' },
};
