import type { I18nText } from '../../../core/i18n';

/** The info card of a console menu entry that is explained rather than simulated. */
export const INFO_CARD_STRINGS = {
  note: {
    zh: '模拟环境：这里只说明真实控制台中这一部分的用途。',
    en: 'Simulation: this part of the real console is explained, not simulated.',
  },
  lesson: { zh: '去课程里看看', en: 'Read the lesson' },
  close: { zh: '知道了', en: 'Close' },
} satisfies Record<string, I18nText>;
