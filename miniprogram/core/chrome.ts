/**
 * WeChat's own chrome (navigation bar, tab bar, window background) in the learner's theme and language: the colours of
 * theme.json as data (a test checks they agree) and the titles of every page, so that a theme or language chosen in
 * 我的 reaches what app.json alone would leave to the system (services/chrome.ts applies them).
 */
import type { I18nText } from './i18n';

export type Scheme = 'light' | 'dark';

export interface ChromeColors {
  navBg: string;
  /** setNavigationBarColor's frontColor: only '#ffffff' or '#000000' are accepted. */
  navFront: '#ffffff' | '#000000';
  bgColor: string;
  bgTextStyle: 'dark' | 'light';
  tabBg: string;
  tabText: string;
  tabSelected: string;
  tabBorder: 'black' | 'white';
}

/** theme.json's values, by scheme. */
export const CHROME_COLORS: Readonly<Record<Scheme, ChromeColors>> = {
  light: {
    navBg: '#ffffff',
    navFront: '#000000',
    bgColor: '#f5f6f7',
    bgTextStyle: 'dark',
    tabBg: '#ffffff',
    tabText: '#6b7079',
    tabSelected: '#067a3b',
    tabBorder: 'black',
  },
  dark: {
    navBg: '#191919',
    navFront: '#ffffff',
    bgColor: '#111111',
    bgTextStyle: 'light',
    tabBg: '#191919',
    tabText: '#a3a6ad',
    tabSelected: '#2aae67',
    tabBorder: 'white',
  },
};

/** The scheme shown: the learner's choice, or the system's when they chose 'system' (or it is unknown). */
export function schemeOf(pref: 'system' | Scheme, system: string | undefined): Scheme {
  if (pref === 'light' || pref === 'dark') return pref;
  return system === 'dark' ? 'dark' : 'light';
}

/** The tab bar's labels, in app.json's order (学习 / 练习 / 实操 / 我的). */
export const TAB_LABELS: readonly I18nText[] = [
  { zh: '学习', en: 'Learn' },
  { zh: '练习', en: 'Practice' },
  { zh: '实操', en: 'Lab' },
  { zh: '我的', en: 'Me' },
];

/** The tab bar's pages, in app.json's order. */
export const TAB_ROUTES: readonly string[] = [
  'pages/learn/index',
  'pages/practice/index',
  'pages/lab/index',
  'pages/me/index',
];

/** Every page's navigation bar title, by route (without a leading slash); page JSON carries the Chinese one. */
export const PAGE_TITLES: Readonly<Record<string, I18nText>> = {
  'pages/learn/index': { zh: '学习', en: 'Learn' },
  'pages/practice/index': { zh: '练习', en: 'Practice' },
  'pages/lab/index': { zh: '实操', en: 'Lab' },
  'pages/me/index': { zh: '我的', en: 'Me' },
  'pages/lesson/index': { zh: '课程', en: 'Lesson' },
  'pages/quiz/index': { zh: '测验', en: 'Quiz' },
  'pages/quiz/result/index': { zh: '结果', en: 'Result' },
  'pages/quiz/wrongbook/index': { zh: '错题本', en: 'Wrong answers' },
  'console/register/index': { zh: '小程序注册', en: 'Register a mini program' },
  'console/mailbox/index': { zh: '邮箱', en: 'Mailbox' },
  'console/phone/index': { zh: '模拟手机', en: 'Simulated phone' },
  'console/login/index': { zh: '登录', en: 'Log in' },
  'console/home/index': { zh: '小程序管理后台', en: 'Admin console' },
  'console/basic/index': { zh: '基本设置', en: 'Basic settings' },
  'console/dev/index': { zh: '开发管理', en: 'Development' },
  'console/members/index': { zh: '成员管理', en: 'Members' },
  'console/versions/index': { zh: '版本管理', en: 'Versions' },
  'console/mission/index': { zh: '任务完成', en: 'Mission result' },
  'console/library/index': { zh: '任务码', en: 'Mission codes' },
  'console/builder/index': { zh: '任务编辑器', en: 'Mission builder' },
  'console/filing/index': { zh: '小程序备案', en: 'ICP filing' },
  'console/privacy/index': { zh: '用户隐私保护指引', en: 'User privacy guide' },
  'console/verify/index': { zh: '微信认证', en: 'WeChat verification' },
  'console/classroom/join/index': { zh: '课堂', en: 'Classroom' },
  'console/classroom/teach/index': { zh: '布置作业', en: 'Create an assignment' },
  'console/classroom/roster/index': { zh: '收作业', en: 'Collect results' },
  'console/classroom/handin/index': { zh: '交作业', en: 'Hand in' },
};

/** The title of a route ('/pages/learn/index' or 'pages/learn/index'), or undefined for a page without one. */
export function pageTitle(route: string): I18nText | undefined {
  return PAGE_TITLES[route.replace(/^\/+/, '')];
}

/** Is `route` a tab bar page? */
export function isTabRoute(route: string): boolean {
  return TAB_ROUTES.includes(route.replace(/^\/+/, ''));
}
