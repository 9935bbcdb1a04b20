/** The system clipboard. */

/** Copies text; resolves true when the system accepted it (wx shows its own "内容已复制" toast). */
export function copyText(text: string): Promise<boolean> {
  return new Promise((resolve) => {
    wx.setClipboardData({
      data: text,
      success: () => resolve(true),
      fail: () => resolve(false),
    });
  });
}
