/** The default button texts of the dialogs services/dialog.ts opens (zh + en). */
export const DIALOG_TEXTS = {
  ok: { zh: '确定', en: 'OK' },
  cancel: { zh: '取消', en: 'Cancel' },
  gotIt: { zh: '知道了', en: 'Got it' },
} as const;
