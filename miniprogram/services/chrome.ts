/**
 * Applies the learner's theme and language to WeChat's own chrome, which page styles cannot reach: the navigation
 * bar (colour and title), the tab bar (style and labels) and the window background. app.json's theme variables
 * cover only the system's theme; a theme forced in 我的 and an English choice need these calls on every page.
 */
import { CHROME_COLORS, TAB_LABELS, isTabRoute, pageTitle, schemeOf } from '../core/chrome';
import type { Scheme } from '../core/chrome';
import { t } from '../core/i18n';
import type { Lang } from '../core/i18n';
import type { ThemePref } from '../core/progress/model';

/** The system's theme as WeChat reports it ('light' when it does not say). */
export function systemScheme(): Scheme {
  try {
    const info = typeof wx.getAppBaseInfo === 'function' ? wx.getAppBaseInfo() : wx.getSystemInfoSync();
    return info.theme === 'dark' ? 'dark' : 'light';
  } catch {
    return 'light';
  }
}

/** Calls a chrome API, ignoring refusals (a tab bar call on a page without the tab bar fails by design). */
function quietly(call: () => unknown): void {
  try {
    const result = call() as unknown;
    if (result && typeof (result as Promise<unknown>).catch === 'function')
      (result as Promise<unknown>).catch(() => {});
  } catch {
    // Not available here: nothing to restyle.
  }
}

const noop = (): void => undefined;

/**
 * Colours and titles for the page on `route` (as `this.route` gives it), in `lang` and the scheme of `theme`.
 * Returns the scheme applied.
 */
export function applyChrome(route: string, lang: Lang, theme: ThemePref): Scheme {
  const scheme = schemeOf(theme, systemScheme());
  const c = CHROME_COLORS[scheme];
  quietly(() =>
    wx.setNavigationBarColor({
      frontColor: c.navFront,
      backgroundColor: c.navBg,
      animation: { duration: 0, timingFunc: 'linear' },
      fail: noop,
    }),
  );
  quietly(() =>
    wx.setBackgroundColor({
      backgroundColor: c.bgColor,
      backgroundColorTop: c.bgColor,
      backgroundColorBottom: c.bgColor,
      fail: noop,
    }),
  );
  quietly(() => wx.setBackgroundTextStyle({ textStyle: c.bgTextStyle, fail: noop }));
  const title = pageTitle(route);
  if (title) quietly(() => wx.setNavigationBarTitle({ title: t(title, lang), fail: noop }));
  if (isTabRoute(route)) {
    quietly(() =>
      wx.setTabBarStyle({
        color: c.tabText,
        selectedColor: c.tabSelected,
        backgroundColor: c.tabBg,
        borderStyle: c.tabBorder,
        fail: noop,
      }),
    );
    TAB_LABELS.forEach((text, index) => quietly(() => wx.setTabBarItem({ index, text: t(text, lang), fail: noop })));
  }
  return scheme;
}
