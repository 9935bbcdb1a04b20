// @ts-check
/**
 * The simulated device: an iPhone 6/7/8-sized screen (375×667, pixel ratio 2) in WeChat DevTools, with the
 * base library version from project.config.json; its clipboard; and scanCode, which has no camera here:
 * it answers what a test put in with `mockWxMethod('scanCode', …)`, and otherwise fails as a cancelled scan.
 */

const { ApiError } = require('./api');

const SCREEN = { width: 375, height: 667, pixelRatio: 2, statusBar: 20, navBar: 44, tabBar: 50 };

/**
 * @param {{ sdkVersion: string, hasTabBar: () => boolean, theme?: 'light' | 'dark' }} opts
 */
function createSystem(opts) {
  let clipboard = '';

  const windowInfo = () => {
    const windowHeight = SCREEN.height - SCREEN.statusBar - SCREEN.navBar - (opts.hasTabBar() ? SCREEN.tabBar : 0);
    return {
      pixelRatio: SCREEN.pixelRatio,
      screenWidth: SCREEN.width,
      screenHeight: SCREEN.height,
      windowWidth: SCREEN.width,
      windowHeight,
      statusBarHeight: SCREEN.statusBar,
      safeArea: {
        left: 0,
        right: SCREEN.width,
        top: SCREEN.statusBar,
        bottom: SCREEN.height,
        width: SCREEN.width,
        height: SCREEN.height - SCREEN.statusBar,
      },
      screenTop: SCREEN.statusBar + SCREEN.navBar,
    };
  };
  const deviceInfo = () => ({
    abi: '',
    benchmarkLevel: 1,
    brand: 'devtools',
    model: 'iPhone 6/7/8',
    system: 'iOS 10.0.1',
    platform: 'devtools',
    cpuType: '',
    memorySize: 2048,
  });
  const appBaseInfo = () => ({
    SDKVersion: opts.sdkVersion,
    enableDebug: false,
    host: { env: 'WeChat' },
    language: 'zh_CN',
    version: '8.0.5',
    theme: opts.theme || 'light',
    fontSizeSetting: 16,
  });
  const systemSetting = () => ({
    bluetoothEnabled: false,
    locationEnabled: false,
    wifiEnabled: true,
    deviceOrientation: 'portrait',
  });
  const authorizeSetting = () => ({
    albumAuthorized: 'not determined',
    bluetoothAuthorized: 'not determined',
    cameraAuthorized: 'not determined',
    locationAuthorized: 'not determined',
    microphoneAuthorized: 'not determined',
    notificationAuthorized: 'not determined',
    phoneCalendarAuthorized: 'not determined',
  });
  const systemInfo = () => ({
    ...deviceInfo(),
    ...windowInfo(),
    ...appBaseInfo(),
    ...systemSetting(),
    fontSizeScaleFactor: 1,
    locationReducedAccuracy: false,
  });

  return {
    getSystemInfoSync: systemInfo,
    getSystemInfo: systemInfo,
    getSystemInfoAsync: systemInfo,
    getWindowInfo: windowInfo,
    getDeviceInfo: deviceInfo,
    getAppBaseInfo: appBaseInfo,
    getSystemSetting: systemSetting,
    getAppAuthorizeSetting: authorizeSetting,
    getMenuButtonBoundingClientRect: () => ({ width: 87, height: 32, left: 281, top: 26, right: 368, bottom: 58 }),
    /** @param {{ data?: unknown }} o */
    setClipboardData(o) {
      if (!o || typeof o.data !== 'string') throw new ApiError('parameter error: parameter.data should be String');
      clipboard = o.data;
      return {};
    },
    getClipboardData: () => ({ data: clipboard }),
    scanCode() {
      throw new ApiError('cancel');
    },
    getNetworkType: () => ({ networkType: 'wifi', signalStrength: 0, hasSystemProxy: false }),
    vibrateShort: () => ({}),
    vibrateLong: () => ({}),
    hideKeyboard: () => ({}),
    /** The text on the simulated clipboard. */
    readClipboard: () => clipboard,
  };
}

module.exports = { createSystem, SCREEN };
