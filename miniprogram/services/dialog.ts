/** Modal dialogs and toasts. */

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
      confirmText: options.confirmText ?? '确定',
      cancelText: options.cancelText ?? '取消',
      confirmColor: options.danger ? '#d93026' : '#06ae56',
      success: (res) => resolve(res.confirm),
      fail: () => resolve(false),
    });
  });
}

/** Tells the learner something with a single OK button. */
export function alert(title: string, content: string, okText = '知道了'): Promise<void> {
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
