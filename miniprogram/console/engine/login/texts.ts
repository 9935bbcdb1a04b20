// The login area's texts (zh + en).
import type { I18nText } from '../../../core/i18n';

export const LOGIN_TEXTS = {
  /** The confirmation the administrator's WeChat shows for the second step of a login. */
  scanTitle: { zh: '登录微信公众平台（小程序）', en: 'Log in to the WeChat Official Accounts Platform (mini program)' },
  /** The confirmation the WeChat scan login (fact L-05) shows before the mini program is picked. */
  scanLoginTitle: { zh: '扫码登录微信公众平台', en: 'Scan to log in to the WeChat Official Accounts Platform' },
} satisfies Record<string, I18nText>;
