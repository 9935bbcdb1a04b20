import type { ErrorSpec } from '../kernel/errors';

/** Errors of the simulated phone's scan confirmations: each with its facts, the form field it concerns and its message. */
export const PHONE_ERRORS = {
  SCAN_NOT_FOUND: {
    factIds: ['L-02', 'I-04', 'M-04'],
    zh: '手机上没有这个扫码请求。',
    en: 'There is no such scan request on the phone.',
  },
  SCAN_NOT_PENDING: {
    factIds: ['L-02', 'I-04', 'M-04'],
    zh: '这个二维码已经处理过或已失效，请在电脑端刷新二维码后重新扫码。',
    en: 'This QR code was already handled or is no longer valid. Refresh it on the computer and scan again.',
  },
} satisfies Record<string, ErrorSpec>;
