/**
 * WeChat's own chrome (navigation bar, tab bar, window background) in the learner's theme and language: the colours of
 * theme.json as data (a test checks they agree) and the titles of every page, so that a theme or language chosen in
 * 我的 reaches what app.json alone would leave to the system (services/chrome.ts applies them). The tab labels and page
 * titles themselves are texts: they live in core/texts.ts.
 */
import type { I18nText } from './i18n';
import { PAGE_TITLES } from './texts';

export { PAGE_TITLES, TAB_LABELS } from './texts';

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

/** The tab bar's pages, in app.json's order. */
export const TAB_ROUTES: readonly string[] = [
  'pages/learn/index',
  'pages/practice/index',
  'pages/lab/index',
  'pages/me/index',
];

/** The title of a route ('/pages/learn/index' or 'pages/learn/index'), or undefined for a page without one. */
export function pageTitle(route: string): I18nText | undefined {
  return PAGE_TITLES[route.replace(/^\/+/, '')];
}

/** Is `route` a tab bar page? */
export function isTabRoute(route: string): boolean {
  return TAB_ROUTES.includes(route.replace(/^\/+/, ''));
}
