import type { I18nText } from '../../../core/i18n';

/** The sample-data button (its first line, 填入示例数据, is the console's own wording: bilingual in English). */
export const SAMPLE_BUTTON_STRINGS = {
  main: { zh: '填入示例数据', en: 'Fill in sample data', bilingual: true },
  sub: { zh: '虚构数据，仅供练习', en: 'Fake data, for practice' },
} satisfies Record<string, I18nText>;
