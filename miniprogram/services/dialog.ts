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
}

/** Asks the learner to confirm; resolves true only when they press the confirm button. */
export function confirm(options: ConfirmOptions): Promise<boolean> {
  return new Promise((resolve) => {
    wx.showModal({
      title: options.title,
      content: options.content,
      confirmText: options.confirmText ?? t(SERVICE_TEXT.ok, dialogLang),
      cancelText: options.cancelText ?? t(SERVICE_TEXT.cancel, dialogLang),
      confirmColor: options.danger ? '#d93026' : '#06ae56',
      success: (res) => resolve(res.confirm),
      fail: () => resolve(false),
    });
  });
}

/** Tells the learner something with a single OK button. */
export function alert(title: string, content: string, okText = t(SERVICE_TEXT.gotIt, dialogLang)): Promise<void> {
  return new Promise((resolve) => {
    wx.showModal({
      title,
      content,
      showCancel: false,
      confirmText: okText,
      complete: () => resolve(),
    });
  });
}

export function toast(title: string): void {
  wx.showToast({ title, icon: 'none', duration: 2000 });
}
