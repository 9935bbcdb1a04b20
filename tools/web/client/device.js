// @ts-check
/**
 * The device the preview draws: an iPhone X class screen, 375 × 812 CSS px, with a 44 px status bar, WeChat's 44 px
 * navigation bar, a 50 px tab bar and a 34 px home-indicator area. The headless runtime reports its own (smaller)
 * device to tests; in the browser, wx reports the screen that is on show, plus the theme and language chosen beside it,
 * so a page that lays itself out from wx.getWindowInfo() fits the phone it is drawn in.
 */

const SCREEN = { width: 375, height: 812, statusBar: 44, navBar: 44, tabBar: 50, safeBottom: 34, pixelRatio: 3 };
const MENU_BUTTON = { width: 87, height: 32, top: 50, bottom: 82, left: 281, right: 368 };

/**
 * Window and screen of the page on top.
 * @param {{ isTab: boolean, customNav: boolean }} page
 */
function windowInfo(page) {
  const top = page.customNav ? 0 : SCREEN.statusBar + SCREEN.navBar;
  const bottom = page.isTab ? SCREEN.tabBar + SCREEN.safeBottom : 0;
  return {
    pixelRatio: SCREEN.pixelRatio,
    screenWidth: SCREEN.width,
    screenHeight: SCREEN.height,
    windowWidth: SCREEN.width,
    windowHeight: SCREEN.height - top - bottom,
    statusBarHeight: SCREEN.statusBar,
    screenTop: top,
    safeArea: {
      left: 0,
      right: SCREEN.width,
      top: SCREEN.statusBar,
      bottom: SCREEN.height - SCREEN.safeBottom,
      width: SCREEN.width,
      height: SCREEN.height - SCREEN.statusBar - SCREEN.safeBottom,
    },
  };
}

/**
 * Makes the runtime's wx report this device, theme and language. Sync APIs return the patched object; async ones
 * patch what reaches their callbacks or Promise.
 * @param {Record<string, Function>} api  the runtime's wx implementation table (runtime.wx.api)
 * @param {{ page: () => { isTab: boolean, customNav: boolean }, theme: () => 'light' | 'dark', language: () => string }} env
 */
function installDevice(api, env) {
  const extra = () => ({
    ...windowInfo(env.page()),
    model: 'iPhone X',
    theme: env.theme(),
    language: env.language(),
  });
  /** @type {Record<string, () => Record<string, unknown>>} */
  const sync = {
    getSystemInfoSync: extra,
    getWindowInfo: () => windowInfo(env.page()),
    getAppBaseInfo: () => ({ theme: env.theme(), language: env.language() }),
    getDeviceInfo: () => ({ model: 'iPhone X', pixelRatio: SCREEN.pixelRatio }),
    getMenuButtonBoundingClientRect: () => ({ ...MENU_BUTTON }),
  };
  for (const [name, fields] of Object.entries(sync)) {
    const original = api[name];
    if (typeof original !== 'function') continue;
    api[name] = (/** @type {unknown[]} */ ...args) => {
      const res = original(...args);
      return res && typeof res === 'object' ? { ...res, ...fields() } : res;
    };
  }
  for (const name of ['getSystemInfo', 'getSystemInfoAsync']) {
    const original = api[name];
    if (typeof original !== 'function') continue;
    api[name] = (/** @type {Record<string, unknown> | undefined} */ options) => {
      const o = options && typeof options === 'object' ? options : {};
      const patch = (/** @type {unknown} */ res) =>
        res && typeof res === 'object' && !('errMsg' in res && String(res.errMsg).includes(':fail'))
          ? { ...res, ...extra() }
          : res;
      const wrapped = { ...o };
      for (const cb of ['success', 'complete']) {
        const fn = o[cb];
        if (typeof fn === 'function') wrapped[cb] = (/** @type {unknown} */ res) => fn(patch(res));
      }
      const out = original(wrapped);
      return out && typeof out.then === 'function' ? out.then(patch) : out;
    };
  }
}

module.exports = { installDevice, windowInfo, SCREEN, MENU_BUTTON };
