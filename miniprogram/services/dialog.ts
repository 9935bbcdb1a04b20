/** Modal dialogs and toasts, their default buttons in the learner's language. */
import { t } from '../core/i18n';
import type { Lang } from '../core/i18n';
import { SERVICE_TEXT } from './texts';

let dialogLang: Lang = 'zh';

/** The language of the default buttons (确定 / OK, 取消 / Cancel, 知道了 / Got it); every page sets it (applyPrefs). */
export function setDialogLanguage(lang: Lang): void {
  dialogLang = lang;
}

export interface ConfirmOptions {
  readonly title: string;
  readonly content: string;
  readonly confirmText?: string;
  readonly cancelText?: string;
  /** Red confirm button for destructive actions. */
  readonly danger?: boolean;
  /** The language of the default button texts (when confirmText / cancelText are not given); the page's by default. */
  readonly lang?: Lang;
}

/** Asks the learner to confirm; resolves true only when they press the confirm button. */
export function confirm(options: ConfirmOptions): Promise<boolean> {
  const lang = options.lang ?? dialogLang;
  return new Promise((resolve) => {
    wx.showModal({
      title: options.title,
      content: options.content,
      confirmText: options.confirmText ?? t(SERVICE_TEXT.ok, lang),
      cancelText: options.cancelText ?? t(SERVICE_TEXT.cancel, lang),
      confirmColor: options.danger ? '#d93026' : '#06ae56',
      success: (res) => resolve(res.confirm),
      fail: () => resolve(false),
    });
  });
}

/** Tells the learner something with a single "got it" button in their language (the page's by default). */
export function alert(title: string, content: string, lang: Lang = dialogLang): Promise<void> {
  return new Promise((resolve) => {
    wx.showModal({
      title,
      content,
      showCancel: false,
      confirmText: t(SERVICE_TEXT.gotIt, lang),
      complete: () => resolve(),
    });
  });
}

export function toast(title: string): void {
  wx.showToast({ title, icon: 'none', duration: 2000 });
}
