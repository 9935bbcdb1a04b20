/** The sandbox's texts (the 实操 tab's summary): typed `{ zh, en }` with named parameters. */
import type { I18nText } from '../../../core/i18n';

/** Where the learner is, as the 实操 tab says it (`{placeholders}` filled with `formatText`). */
export const WHERE_TEXTS = {
  loggedIn: { zh: '已登录 {appId}', en: 'Logged in to {appId}' },
  awaitingScan: { zh: '等待扫码登录', en: 'Waiting for the login scan' },
  registering: { zh: '注册：{step}', en: 'Registration: {step}' },
  loggedOut: { zh: '未登录', en: 'Not logged in' },
} satisfies Record<string, I18nText>;

/** The toolbar's time-travel steps. */
export const TIME_JUMP_TEXTS = {
  jumpMinute: { zh: '+1 分钟', en: '+1 minute' },
  jumpHour: { zh: '+1 小时', en: '+1 hour' },
  jumpDay: { zh: '+1 天', en: '+1 day' },
  jumpWeek: { zh: '+7 天', en: '+7 days' },
  jumpMonth: { zh: '+30 天', en: '+30 days' },
} satisfies Record<string, I18nText>;
