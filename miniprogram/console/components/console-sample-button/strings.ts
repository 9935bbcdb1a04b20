import type { I18nText } from '../../../core/i18n';

/** The sample-data button's second line (the first, 填入示例数据, is the console's own wording). */
export const SAMPLE_BUTTON_STRINGS = {
  sub: { zh: '虚构数据，仅供练习', en: 'Fill in sample data (fake, for practice)' },
} satisfies Record<string, I18nText>;
