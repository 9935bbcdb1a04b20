/** Modal dialogs and toasts. */
import { t } from '../core/i18n';
import type { Lang } from '../core/i18n';
import { DIALOG_TEXTS } from './texts';

export interface ConfirmOptions {
  readonly title: string;
  readonly content: string;
  readonly confirmText?: string;
  readonly cancelText?: string;
  /** Red confirm button for destructive actions. */
  readonly danger?: boolean;
  /** The language of the default button texts (when confirmText / cancelText are not given); Chinese by default. */
  readonly lang?: Lang;
}

/** Asks the learner to confirm; resolves true only when they press the confirm button. */
export function confirm(options: ConfirmOptions): Promise<boolean> {
  return new Promise((resolve) => {
    wx.showModal({
      title: options.title,
      content: options.content,
      confirmText: options.confirmText ?? t(DIALOG_TEXTS.ok, options.lang ?? 'zh'),
      cancelText: options.cancelText ?? t(DIALOG_TEXTS.cancel, options.lang ?? 'zh'),
      confirmColor: options.danger ? '#d93026' : '#06ae56',
      success: (res) => resolve(res.confirm),
      fail: () => resolve(false),
    });
  });
}

/** Tells the learner something with a single "got it" button in their language. */
export function alert(title: string, content: string, lang: Lang): Promise<void> {
  return new Promise((resolve) => {
    wx.showModal({
      title,
      content,
      showCancel: false,
      confirmText: t(DIALOG_TEXTS.gotIt, lang),
      complete: () => resolve(),
    });
  });
}

export function toast(title: string): void {
  wx.showToast({ title, icon: 'none', duration: 2000 });
}
