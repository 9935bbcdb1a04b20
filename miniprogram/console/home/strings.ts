import type { I18nText } from '../../core/i18n';

/** Labels of the console home page (console labels: Chinese, plus English in English mode). */
export const HOME_STRINGS = {
  title: { zh: '首页', en: 'Home', bilingual: true },
  releaseFlow: { zh: '小程序发布流程', en: 'Release flow', bilingual: true },
  remaining: { zh: '必做项还剩', en: 'Required steps left', bilingual: true },
  allDone: { zh: '小程序已发布上线', en: 'The mini program is online', bilingual: true },
  menu: { zh: '菜单', en: 'Menu', bilingual: true },
  logout: { zh: '退出登录', en: 'Log out', bilingual: true },
  appId: { zh: 'AppID', en: 'AppID', bilingual: true },
  subject: { zh: '主体', en: 'Registered entity', bilingual: true },
  actingAs: { zh: '当前身份', en: 'Viewing as', bilingual: true },
  notLoggedIn: { zh: '还没有登录小程序管理后台', en: 'You are not logged in to the console', bilingual: true },
  notLoggedInHint: {
    zh: '先注册或登录，登录后这里会显示小程序发布流程。',
    en: 'Register or log in first; the release flow appears here afterwards.',
  },
  goLogin: { zh: '去登录', en: 'Log in', bilingual: true },
  goRegister: { zh: '去注册', en: 'Register', bilingual: true },
  alreadyHere: { zh: '你已在首页', en: 'You are on the home page', bilingual: true },
  loggedOut: { zh: '已退出登录', en: 'Logged out', bilingual: true },
} satisfies Record<string, I18nText>;

export type HomeStringKey = keyof typeof HOME_STRINGS;
