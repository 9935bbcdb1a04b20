import type { I18nText } from '../core/i18n';

/** The words WeChat's own dialogs and the share menu show, in the learner's language. */
export const SERVICE_TEXT = {
  ok: { zh: '确定', en: 'OK' },
  cancel: { zh: '取消', en: 'Cancel' },
  gotIt: { zh: '知道了', en: 'Got it' },
  shareTitle: {
    zh: '注册实训营：学会注册、完善和发布一个小程序',
    en: 'RegLab: learn to register, set up and release a mini program',
  },
} satisfies Record<string, I18nText>;
