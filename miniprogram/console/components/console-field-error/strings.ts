import type { I18nText } from '../../../core/i18n';

/** The field error's link to the lesson section behind the rule. */
export const FIELD_ERROR_STRINGS = {
  why: { zh: '为什么？', en: 'Why?' },
} satisfies Record<string, I18nText>;
