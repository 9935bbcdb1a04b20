import type { I18nText } from '../../../core/i18n';

/** The docked phone button. */
export const PHONE_BUTTON_STRINGS = {
  phone: { zh: '手机', en: 'Phone' },
  ariaLabel: { zh: '模拟手机，{count} 条新消息', en: 'Simulated phone, {count} new' },
} satisfies Record<string, I18nText>;
