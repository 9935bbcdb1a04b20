/** The sandbox's texts (the 实操 tab's summary): typed `{ zh, en }` with named parameters. */
import type { I18nText } from '../../../core/i18n';

/** Where the learner is, as the 实操 tab says it (`{placeholders}` filled with `formatText`). */
export const WHERE_TEXTS = {
  loggedIn: { zh: '已登录 {appId}', en: 'Logged in to {appId}' },
  awaitingScan: { zh: '等待扫码登录', en: 'Waiting for the login scan' },
  registering: { zh: '注册：{step}', en: 'Registration: {step}' },
  loggedOut: { zh: '未登录', en: 'Not logged in' },
} satisfies Record<string, I18nText>;
