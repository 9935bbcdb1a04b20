// @ts-check
/**
 * The `wx` object pages see. Every API the runtime implements behaves like the real one (callbacks or
 * Promise, `errMsg`, failures). A real API it does not implement (known-apis.js, from the official typings, and
 * newer-apis.js) answers as DevTools does without a device (fail, or an inert context object) with a once-per-page
 * `unsupported: wx.NAME` warning; a name WeChat does not have is undefined, so `if (wx.X)` checks work.
 * Mini program code may assign to `wx` (apps patch it). `mock`/`restore` implement the automator's mockWxMethod.
 */

const { ApiError, isSyncApi, deliver, hasCallbacks, UNSUPPORTED_FAIL } = require('./api');

/** APIs that return a task object when called with callbacks. */
const TASK_APIS = new Set(['request', 'downloadFile', 'uploadFile', 'connectSocket']);
const { RouteError, EventChannel } = require('../router');
const { inertObject, NOT_METHODS: NOT_API } = require('../inert');
const { createWorklet, createRouter } = require('./worklet');
const { USER_DATA_PATH, encode, toBase64, fromBase64, baseName, fileKind } = require('./files');
const KNOWN_APIS = new Set(/** @type {string[]} */ ([...require('./known-apis'), ...require('./newer-apis')]));

/** @typedef {import('../types').PageRecord} PageRecord */

/** The transforms and styles of `wx.createAnimation()`'s Animation. */
const ANIMATION_METHODS = [
  'opacity',
  'backgroundColor',
  'width',
  'height',
  'top',
  'left',
  'bottom',
  'right',
  'rotate',
  'rotateX',
  'rotateY',
  'rotateZ',
  'rotate3d',
  'scale',
  'scaleX',
  'scaleY',
  'scaleZ',
  'scale3d',
  'translate',
  'translateX',
  'translateY',
  'translateZ',
  'translate3d',
  'skew',
  'skewX',
  'skewY',
  'matrix',
  'matrix3d',
];

/**
 * @typedef {object} WxContext
 * @property {(fn: () => void) => void} later Runs a callback as a tracked macrotask.
 * @property {(err: unknown, label: string) => void} report
 * @property {ReturnType<import('../router').createRouter>} router
 * @property {ReturnType<import('./ui').createUi>} ui
 * @property {ReturnType<import('./system').createSystem>} system
 * @property {ReturnType<import('./storage').createStorageApi>} storage
 * @property {ReturnType<import('../selector-query').createSelectorQueryFactory>} selectorQueries
 * @property {import('../app-config').AppConfig} config
 * @property {() => Record<string, unknown>} launchOptions
 * @property {() => Record<string, unknown>} enterOptions
 * @property {ReturnType<import('./files').createFileSystem>} files
 * @property {import('../types').ChatPort | null} chat
 * @property {ReturnType<import('./privacy').createPrivacy>} privacy
 * @property {{ appId: string }} account
 * @property {(level: string, args: unknown[]) => void} log
 * @property {(record: PageRecord, name: string, args: unknown[]) => unknown} callPage
 * @property {Record<string, Set<Function>>} appEvents
 * @property {{ share: Record<string, unknown>, tabBar: Record<string, unknown>, analytics: unknown[] }} state
 */

/**
 * @param {WxContext} ctx
 */
function createWx(ctx) {
  const { router, ui, system, storage, later } = ctx;

  /** @param {unknown} o */
  const obj = (o) => /** @type {Record<string, unknown>} */ (o && typeof o === 'object' ? o : {});

  /**
   * Runs a route change and turns its validation errors into API failures.
   * @param {() => Promise<PageRecord>} start
   * @param {(record: PageRecord) => Record<string, unknown>} [result]
   */
  const route = (start, result) => {
    /**
     * Route errors fail the call with WeChat's message, and are logged too: pages often pass a fail callback
     * that ignores them, and a test then wants to see why. Anything else (a page that throws while it opens)
     * also counts as an exception of the app.
     * @param {unknown} err
     * @returns {never}
     */
    const failed = (err) => {
      if (err instanceof RouteError) {
        ctx.log('warn', [err.message]);
        throw { errMsg: err.message };
      }
      ctx.report(err, 'opening a page');
      throw err;
    };
    let pending;
    try {
      pending = start();
    } catch (err) {
      return failed(err);
    }
    return pending.then((record) => (result ? result(record) : {}), failed);
  };

  // The page code runs for: the one being opened (its onLoad runs before it is on the stack), else the top one.
  const current = () => router.byId(router.activePageId()) || router.current();

  /** @param {string} api */
  const tabPageOnly = (api) => {
    const page = current();
    if (!page || !page.isTab) throw new ApiError('not TabBar page');
    return api;
  };

  /**
   * @param {string} kind
   * @returns {Set<Function>}
   */
  const listeners = (kind) => {
    if (!ctx.appEvents[kind]) ctx.appEvents[kind] = new Set();
    return ctx.appEvents[kind];
  };

  /**
   * A chainable stand-in for wx.createAnimation(): records steps, exports them. Like the real Animation it carries
   * `option` ({ transition: { duration, timingFunction, delay }, transformOrigin }), which apps read and change, and
   * each exported step has its own `option.transition` (j-component's render reads it).
   */
  const createAnimation = (/** @type {unknown} */ options) => {
    const o = /** @type {Record<string, unknown>} */ (options && typeof options === 'object' ? options : {});
    const option = {
      transition: {
        duration: o.duration ?? 400,
        timingFunction: o.timingFunction ?? 'linear',
        delay: o.delay ?? 0,
      },
      transformOrigin: o.transformOrigin ?? '50% 50% 0',
    };
    /** @type {unknown[]} */
    const actions = [];
    /** @type {unknown[]} */
    let animates = [];
    /** @type {Record<string, unknown>} */
    const animation = {
      option,
      /** @this {unknown} */
      export() {
        return { actions: actions.splice(0) };
      },
      /** @this {unknown} @param {unknown} stepOption */
      step(stepOption) {
        const so = /** @type {Record<string, unknown>} */ (
          stepOption && typeof stepOption === 'object' ? stepOption : {}
        );
        const transition = {
          duration: so.duration ?? option.transition.duration,
          timingFunction: so.timingFunction ?? option.transition.timingFunction,
          delay: so.delay ?? option.transition.delay,
        };
        actions.push({
          animates,
          option: { transformOrigin: so.transformOrigin ?? option.transformOrigin, transition },
        });
        animates = [];
        return this;
      },
    };
    // Own methods, as the real object's: an animation kept in data (deep-copied by setData) keeps them.
    for (const name of ANIMATION_METHODS) {
      animation[name] = function transform(/** @type {unknown[]} */ ...args) {
        animates.push({ type: name, args });
        return this;
      };
    }
    return animation;
  };

  /**
   * Raw implementations. Async ones return result fields (or a Promise of them) and throw ApiError to fail.
   * @type {Record<string, Function>}
   */
  const impl = {
    // route
    /** @param {unknown} o */
    navigateTo(o) {
      const opts = obj(o);
      const channel = new EventChannel();
      const events = obj(opts.events);
      for (const [name, fn] of Object.entries(events))
        if (typeof fn === 'function') channel.on(name, /** @type {(...a: unknown[]) => void} */ (fn));
      return route(
        () => router.navigateTo(String(opts.url ?? ''), channel),
        () => ({ eventChannel: channel }),
      );
    },
    /** @param {unknown} o */
    redirectTo: (o) => route(() => router.redirectTo(String(obj(o).url ?? ''))),
    /** @param {unknown} o */
    navigateBack: (o) => route(() => router.navigateBack(Number(obj(o).delta ?? 1))),
    /** @param {unknown} o */
    switchTab: (o) => route(() => router.switchTab(String(obj(o).url ?? ''))),
    /** @param {unknown} o */
    reLaunch: (o) => route(() => router.reLaunch(String(obj(o).url ?? ''))),

    // storage
    ...storage,

    // interaction
    showToast: ui.showToast,
    hideToast: ui.hideToast,
    showLoading: ui.showLoading,
    hideLoading: ui.hideLoading,
    showModal: ui.showModal,
    showActionSheet: ui.showActionSheet,

    // device and system
    getSystemInfoSync: system.getSystemInfoSync,
    getSystemInfo: system.getSystemInfo,
    getSystemInfoAsync: system.getSystemInfoAsync,
    getWindowInfo: system.getWindowInfo,
    getDeviceInfo: system.getDeviceInfo,
    getAppBaseInfo: system.getAppBaseInfo,
    getSystemSetting: system.getSystemSetting,
    getAppAuthorizeSetting: system.getAppAuthorizeSetting,
    getMenuButtonBoundingClientRect: system.getMenuButtonBoundingClientRect,
    /** @param {unknown} o */
    setClipboardData(o) {
      const res = system.setClipboardData(/** @type {{ data?: unknown }} */ (obj(o)));
      ui.showToast({ title: '内容已复制', icon: 'none', duration: 1500 });
      return res;
    },
    getClipboardData: system.getClipboardData,
    /** @param {unknown} o */
    scanCode(o) {
      const types = obj(o).scanType;
      const wantsQr = !Array.isArray(types) || types.includes('qrCode');
      const text = ctx.chat && wantsQr ? ctx.chat.scan() : null;
      if (text !== null) {
        return {
          result: text,
          scanType: 'QR_CODE',
          charSet: 'UTF-8',
          rawData: toBase64(encode(text, 'utf8')),
          path: '',
        };
      }
      ctx.log('warn', [
        ctx.chat
          ? 'wx.scanCode: no QR code on the projector (chat.project(server, selector)), answered as cancelled'
          : 'wx.scanCode: no camera in the headless runtime, answered as cancelled (mock it with mockWxMethod)',
      ]);
      return system.scanCode();
    },
    // No album or camera: picking answers as if the person cancelled; a test picks a file with mockWxMethod.
    ...Object.fromEntries(
      ['chooseMedia', 'chooseImage'].map((name) => [
        name,
        () => {
          ctx.log('warn', [
            `wx.${name}: nothing to pick from in the headless runtime, answered as cancelled (mock it with mockWxMethod)`,
          ]);
          throw new ApiError('cancel');
        },
      ]),
    ),
    /** @param {unknown} o */
    chooseMessageFile(o) {
      const opts = obj(o);
      const count = Number(opts.count);
      if (!Number.isInteger(count) || count < 1 || count > 100)
        throw new ApiError('parameter error: parameter.count should be an integer from 1 to 100');
      const type = String(opts.type ?? 'all');
      if (!['all', 'video', 'image', 'file'].includes(type))
        throw new ApiError(`parameter error: parameter.type should be one of all, video, image, file`);
      const extension = Array.isArray(opts.extension) ? opts.extension.map((e) => String(e)) : null;
      const picked = ctx.chat ? ctx.chat.pickFiles({ count, type, extension }) : null;
      if (!picked) {
        ctx.log('warn', [
          ctx.chat
            ? 'wx.chooseMessageFile: the pick was cancelled (no file of the chat matches, or the test chose to cancel)'
            : 'wx.chooseMessageFile: this app is in no chat (startServer({ chat })), answered as cancelled (or mock it with mockWxMethod)',
        ]);
        throw new ApiError('cancel');
      }
      return {
        tempFiles: picked.map((f) => ({
          path: ctx.files.addTempFile(f.bytes, f.name),
          size: f.bytes.length,
          name: f.name,
          type: fileKind(f.name),
          time: Math.floor(f.time / 1000),
        })),
      };
    },
    /** @param {unknown} o */
    shareFileMessage(o) {
      const opts = obj(o);
      if (typeof opts.filePath !== 'string' || !opts.filePath)
        throw new ApiError('parameter error: parameter.filePath should be String');
      const bytes = ctx.files.readBytes(opts.filePath);
      const name = typeof opts.fileName === 'string' && opts.fileName ? opts.fileName : baseName(opts.filePath);
      if (!ctx.chat) {
        ctx.log('warn', ['wx.shareFileMessage: this app is in no chat (startServer({ chat }))']);
        throw new ApiError('cancel');
      }
      ctx.chat.shareFile({ name, bytes });
      return {};
    },
    getFileSystemManager: () => ctx.files.manager,
    // privacy (held calls: ./privacy.js)
    requirePrivacyAuthorize: () => ({}),
    getPrivacySetting: () => ctx.privacy.setting(),
    openPrivacyContract() {
      ctx.log('info', ['wx.openPrivacyContract: WeChat would open the privacy guide the admin console holds']);
      return {};
    },
    /** @param {unknown} fn */
    onNeedPrivacyAuthorization: (fn) => ctx.privacy.onNeed(fn),
    /** @param {unknown} fn */
    offNeedPrivacyAuthorization: (fn) => ctx.privacy.offNeed(fn),
    /** @param {unknown} buffer */
    arrayBufferToBase64: (buffer) => toBase64(new Uint8Array(/** @type {ArrayBuffer} */ (buffer))),
    /** @param {unknown} text */
    base64ToArrayBuffer: (text) => fromBase64(String(text)).slice().buffer,
    getNetworkType: system.getNetworkType,
    vibrateShort: system.vibrateShort,
    vibrateLong: system.vibrateLong,
    hideKeyboard: system.hideKeyboard,
    getSetting: () => ({ authSetting: {}, subscriptionsSetting: { mainSwitch: true } }),

    // app and launch
    getLaunchOptionsSync: () => ctx.launchOptions(),
    getEnterOptionsSync: () => ctx.enterOptions(),
    // No experiment is running for this app here: WeChat then answers an empty object (the keys stay undefined).
    getExptInfoSync: () => ({}),
    // The data a third-party platform gives its apps (ext.json's `ext`); an app no platform deploys has none: `{}`
    // (apps read `wx.getExtConfigSync().subDomain` at launch, as EastWorld's wechat-app-mall does).
    getExtConfigSync: () => ({}),
    getExtConfig: () => ({ extConfig: {} }),
    getAccountInfoSync: () => ({
      miniProgram: { appId: ctx.account.appId, envVersion: 'develop', version: '' },
      plugin: {},
    }),
    getUpdateManager: () => ({
      applyUpdate() {},
      /** @param {(res: { hasUpdate: boolean }) => void} cb */
      onCheckForUpdate(cb) {
        later(() => cb({ hasUpdate: false }));
      },
      onUpdateReady() {},
      onUpdateFailed() {},
    }),
    /** @param {unknown} name */
    canIUse(name) {
      const api = String(name || '').split('.')[0];
      return Object.prototype.hasOwnProperty.call(impl, api) || api === 'env';
    },
    /** @param {() => void} fn */
    nextTick(fn) {
      later(fn);
    },
    getRealtimeLogManager: () => logManager(),
    getLogManager: () => logManager(),
    /** @param {string} name @param {unknown} data */
    reportAnalytics: (name, data) => void ctx.state.analytics.push({ name, data }),
    /** @param {string} name @param {unknown} data */
    reportEvent: (name, data) => void ctx.state.analytics.push({ name, data }),
    reportMonitor: () => undefined,
    setEnableDebug: () => ({}),
    loadFontFace: () => ({}),
    setKeepScreenOn: () => ({}),
    setBackgroundColor: () => ({}),
    setBackgroundTextStyle: () => ({}),

    // navigation bar
    /** @param {unknown} o */
    setNavigationBarTitle(o) {
      const page = current();
      if (page) page.navigationBarTitle = String(obj(o).title ?? '');
      return {};
    },
    setNavigationBarColor: () => ({}),
    showNavigationBarLoading: () => ({}),
    hideNavigationBarLoading: () => ({}),
    hideHomeButton: () => ({}),

    // tab bar
    /** @param {unknown} o */
    setTabBarBadge(o) {
      tabPageOnly('setTabBarBadge');
      const { index, text } = obj(o);
      ctx.state.tabBar[`badge${Number(index)}`] = String(text ?? '');
      return {};
    },
    /** @param {unknown} o */
    removeTabBarBadge(o) {
      tabPageOnly('removeTabBarBadge');
      delete ctx.state.tabBar[`badge${Number(obj(o).index)}`];
      return {};
    },
    /** @param {unknown} o */
    showTabBarRedDot(o) {
      tabPageOnly('showTabBarRedDot');
      ctx.state.tabBar[`dot${Number(obj(o).index)}`] = true;
      return {};
    },
    /** @param {unknown} o */
    hideTabBarRedDot(o) {
      tabPageOnly('hideTabBarRedDot');
      delete ctx.state.tabBar[`dot${Number(obj(o).index)}`];
      return {};
    },
    /** @param {unknown} o */
    setTabBarItem(o) {
      tabPageOnly('setTabBarItem');
      const { index, ...rest } = obj(o);
      ctx.state.tabBar[`item${Number(index)}`] = rest;
      return {};
    },
    /** @param {unknown} o */
    setTabBarStyle(o) {
      tabPageOnly('setTabBarStyle');
      const { color, selectedColor, backgroundColor, borderStyle } = obj(o);
      /** @type {Record<string, string>} */
      const style = {};
      for (const [k, v] of Object.entries({ color, selectedColor, backgroundColor, borderStyle }))
        if (v !== undefined) style[k] = String(v);
      ctx.state.tabBar.style = { .../** @type {object} */ (ctx.state.tabBar.style || {}), ...style };
      return {};
    },
    showTabBar: () => (tabPageOnly('showTabBar'), (ctx.state.tabBar.hidden = false), {}),
    hideTabBar: () => (tabPageOnly('hideTabBar'), (ctx.state.tabBar.hidden = true), {}),

    // page
    /** @param {unknown} o */
    pageScrollTo(o) {
      const page = current();
      const top = Number(obj(o).scrollTop ?? 0);
      if (page) {
        page.scrollTop = Math.max(0, top);
        ctx.callPage(page, 'onPageScroll', [{ scrollTop: page.scrollTop }]);
      }
      return {};
    },
    startPullDownRefresh() {
      const page = current();
      if (page) ctx.callPage(page, 'onPullDownRefresh', []);
      return {};
    },
    stopPullDownRefresh: () => ({}),
    /** @param {unknown} o */
    showShareMenu(o) {
      Object.assign(ctx.state.share, { shown: true }, obj(o));
      const page = current();
      if (page) page.shareMenu = { ...page.shareMenu, shown: true, withShareTicket: !!obj(o).withShareTicket };
      return {};
    },
    hideShareMenu() {
      ctx.state.share.shown = false;
      const page = current();
      if (page) page.shareMenu = { ...page.shareMenu, shown: false };
      return {};
    },
    /** @param {unknown} o */
    updateShareMenu(o) {
      Object.assign(ctx.state.share, obj(o));
      const page = current();
      if (page && 'withShareTicket' in obj(o))
        page.shareMenu = { ...page.shareMenu, withShareTicket: !!obj(o).withShareTicket };
      return {};
    },
    createSelectorQuery: () => ctx.selectorQueries.create(null),
    /**
     * @param {{ createIntersectionObserver?: (o: unknown) => unknown } | undefined} component
     * @param {unknown} options
     */
    createIntersectionObserver(component, options) {
      if (!component || typeof component.createIntersectionObserver !== 'function') {
        throw new Error('wx.createIntersectionObserver: pass the component (this) as the first argument');
      }
      return component.createIntersectionObserver(options);
    },
    createAnimation,

    // app-wide events
    ...Object.fromEntries(
      [
        'AppShow',
        'AppHide',
        'Error',
        'UnhandledRejection',
        'ThemeChange',
        'MemoryWarning',
        'PageNotFound',
        'NetworkStatusChange',
        'WindowResize',
        'KeyboardHeightChange',
      ].flatMap((kind) => [
        [`on${kind}`, /** @type {(fn: Function) => void} */ ((fn) => void listeners(kind).add(fn))],
        [
          `off${kind}`,
          /** @type {(fn?: Function) => void} */ (
            (fn) => void (fn ? listeners(kind).delete(fn) : listeners(kind).clear())
          ),
        ],
      ]),
    ),
  };

  const logManager = () => {
    /** @type {Record<string, unknown>} */
    const m = {};
    for (const level of ['log', 'info', 'warn', 'error', 'debug'])
      m[level] = (/** @type {unknown[]} */ ...args) => ctx.log(level, args);
    m.setFilterMsg = () => undefined;
    m.addFilterMsg = () => undefined;
    m.in = () => m;
    return m;
  };

  /**
   * The callable form of an API (callbacks/Promise for async ones).
   * @param {string} name
   * @param {Function} fn
   * @returns {Function}
   */
  const wrap = (name, fn) => {
    if (isSyncApi(name)) {
      return (/** @type {unknown[]} */ ...args) => {
        try {
          return fn(...args);
        } catch (err) {
          if (err instanceof ApiError) throw new Error(`${name}:fail ${err.reason}`);
          throw err;
        }
      };
    }
    // A call WeChat's privacy check holds (./privacy.js) answers once the user has answered the notice.
    return (/** @type {unknown} */ options) =>
      deliver(name, options, () => ctx.privacy.gate(name, () => fn(options)), later, ctx.report);
  };

  /** @type {Record<string, Function>} */
  const api = {};
  for (const [name, fn] of Object.entries(impl)) api[name] = wrap(name, fn);

  /** @type {Map<string, Function>} */
  const mocks = new Map();
  /** @type {Map<string, Function>} */
  const missing = new Map();

  /**
   * @param {string} name
   * @param {{ result?: unknown, fn?: Function, args?: unknown[] }} mock
   */
  function mock(name, mock) {
    const origin = api[name] || unsupportedApi(name);
    const extra = mock.args || [];
    const fn = mock.fn;
    let replacement;
    if (fn) {
      const self = { origin };
      replacement = isSyncApi(name)
        ? (/** @type {unknown[]} */ ...args) => fn.apply(self, [...args, ...extra])
        : (/** @type {unknown} */ options) =>
            deliver(name, options, () => fn.apply(self, [options, ...extra]), later, ctx.report);
    } else {
      const result = mock.result;
      const copy = () => (result === undefined ? undefined : JSON.parse(JSON.stringify(result)));
      replacement = isSyncApi(name)
        ? () => copy()
        : (/** @type {unknown} */ options) =>
            deliver(
              name,
              options,
              () => {
                const r = copy();
                const errMsg = r && typeof r === 'object' ? /** @type {{ errMsg?: unknown }} */ (r).errMsg : undefined;
                if (typeof errMsg === 'string' && errMsg.includes(':fail')) throw r;
                return r;
              },
              later,
              ctx.report,
            );
    }
    mocks.set(name, replacement);
  }

  /** @param {string} name */
  function restore(name) {
    mocks.delete(name);
  }

  /** Pages (by id) that already got the warning for a feature, so it is said once per page. */
  /** @type {Map<string, Set<number>>} */
  const warned = new Map();
  /**
   * Says once per page that a native feature is not supported: `unsupported: <feature> (…)`.
   * @param {string} feature
   * @param {string} [detail]
   */
  const unsupported = (feature, detail = '') => {
    const id = router.activePageId();
    let pages = warned.get(feature);
    if (!pages) warned.set(feature, (pages = new Set()));
    if (pages.has(id)) return;
    pages.add(id);
    ctx.log('warn', [`unsupported: ${feature}${detail ? ` (${detail})` : ''}`]);
  };

  /**
   * The Promise of an unsupported API (called without callbacks) rejects as the real one fails, but one nobody
   * catches is not reported again as an unhandled rejection: the `unsupported:` warning already said why.
   * @param {unknown} out
   */
  const quietFailure = (out) => {
    if (out && typeof (/** @type {Promise<unknown>} */ (out).catch) === 'function')
      /** @type {Promise<unknown>} */ (out).catch(() => undefined);
    return out;
  };

  /**
   * An unsupported call answering fail: through its callbacks, or as a Promise that rejects (quietly: the warning
   * said why).
   * @param {string} name @param {unknown} options
   */
  const failing = (name, options) =>
    quietFailure(
      deliver(
        name,
        options,
        () => {
          throw new ApiError(UNSUPPORTED_FAIL);
        },
        later,
        ctx.report,
      ),
    );

  /**
   * What a call returns: the APIs that start a transfer return its task when given callbacks (`RequestTask`,
   * `DownloadTask`, `UploadTask`, `SocketTask`; `wx.cloud.downloadFile`/`uploadFile` too, as their reference says),
   * so `task.onProgressUpdate(…)` works; here the task is inert.
   * @param {string} name @param {unknown} options @param {unknown} result
   */
  const withTask = (name, options, result) =>
    result === undefined && TASK_APIS.has(name) && hasCallbacks(options) ? inertObject() : result;

  /**
   * A real API the runtime does not implement: answers as DevTools does without a device, with a warning naming it.
   * `create…`/`get…Manager`/`get…Context` return an inert object, `…Sync` undefined, `on…`/`off…` nothing, the rest
   * fail (`NAME:fail not supported in the headless runtime`, through callbacks or a rejected Promise).
   * @param {string} name
   */
  function unsupportedApi(name) {
    let fn = missing.get(name);
    if (!fn) {
      const detail = 'not available without a device in the headless runtime; mock it with mockWxMethod in tests';
      if (/^create|^get\w*(Manager|Context|Recorder|System)$/.test(name)) {
        fn = () => {
          unsupported(`wx.${name}`, detail);
          return inertObject();
        };
      } else if (/Sync$/.test(name) || /^(on|off)[A-Z]/.test(name)) {
        fn = () => {
          unsupported(`wx.${name}`, detail);
          return undefined;
        };
      } else {
        fn = (/** @type {unknown} */ options) => {
          unsupported(`wx.${name}`, detail);
          return withTask(name, options, failing(name, options));
        };
      }
      missing.set(name, fn);
    }
    return fn;
  }

  /** `wx.cloud`: cloud development needs WeChat's servers; every call answers fail with a warning. */
  const cloud = inertObject();
  /**
   * A cloud call answering fail (through its callbacks, or a rejected Promise without them), with the warning.
   * @param {string} name
   * @param {unknown} options
   */
  const cloudFail = (name, options) => {
    unsupported('wx.cloud', 'cloud development needs WeChat servers');
    return failing(`cloud.${name}`, options);
  };
  for (const name of ['callFunction', 'uploadFile', 'downloadFile', 'getTempFileURL', 'deleteFile', 'callContainer']) {
    cloud[name] = (/** @type {unknown} */ options) => withTask(name, options, cloudFail(name, options));
  }
  // `init` keeps what it was given as `wx.cloud.config`, where Tencent's own client SDK for wx.cloud
  // (@cloudbase/wx-cloud-client-sdk, `init(wx.cloud)`) reads the environment (`config.env`) to build its gateway.
  cloud.init = (/** @type {unknown} */ options) => {
    unsupported('wx.cloud', 'cloud development needs WeChat servers');
    cloud.config = options && typeof options === 'object' ? { ...options } : {};
  };
  /**
   * `db.collection(name)` and what chains from it (`where`, `orderBy`, `doc`, `aggregate`, …, each the query again):
   * the operations that reach the database (`get`, `count`, `add`, `update`, `set`, `remove`, an aggregate's `end`)
   * answer fail, so `db.collection('x').get().then(…)` is a Promise that rejects, as the real one without a server.
   */
  const cloudQuery = () => {
    const query = inertObject();
    for (const name of ['get', 'count', 'add', 'update', 'set', 'remove', 'end']) {
      query[name] = (/** @type {unknown} */ options) => cloudFail(`database.${name}`, options);
    }
    return query;
  };
  cloud.database = () => {
    unsupported('wx.cloud', 'cloud development needs WeChat servers');
    const db = inertObject();
    db.collection = cloudQuery;
    return db;
  };
  cloud.Cloud = function Cloud() {
    return cloud;
  };

  const worklet = createWorklet(() => unsupported('wx.worklet', 'worklet animations need the skyline renderer'));
  const skylineRouter = createRouter(() =>
    unsupported('wx.router', 'custom route animations need the skyline renderer'),
  );

  /** Values mini program code assigned to `wx` (apps patch it; the assignment wins over the API until restored). */
  /** @type {Map<string, unknown>} */
  const assigned = new Map();
  /** @param {string} name */
  const known = (name) =>
    name in api || name === 'env' || name === 'cloud' || KNOWN_APIS.has(name) || assigned.has(name);
  /** @param {string} name */
  const valueOf = (name) => {
    const mocked = mocks.get(name);
    if (mocked) return mocked;
    if (assigned.has(name)) return assigned.get(name);
    if (name === 'env') return { USER_DATA_PATH };
    if (name === 'cloud') return cloud;
    if (name === 'worklet') {
      unsupported('wx.worklet', 'worklet animations need the skyline renderer');
      return worklet;
    }
    if (name === 'router') return skylineRouter;
    if (name in api) return api[name];
    // A real API the runtime lacks answers as without a device; a name WeChat does not have is undefined.
    return KNOWN_APIS.has(name) ? unsupportedApi(name) : undefined;
  };

  const wx = new Proxy(/** @type {Record<string, unknown>} */ ({}), {
    get(_t, name) {
      if (typeof name !== 'string' || NOT_API.has(name)) return undefined;
      return valueOf(name);
    },
    has(_t, name) {
      return typeof name === 'string' && known(name);
    },
    ownKeys() {
      return [...new Set([...Object.keys(api), 'env', 'cloud', ...assigned.keys()])];
    },
    getOwnPropertyDescriptor(_t, name) {
      if (typeof name === 'string' && (name in api || name === 'env' || name === 'cloud' || assigned.has(name))) {
        return { configurable: true, enumerable: true, writable: true, value: valueOf(name) };
      }
      return undefined;
    },
    set(_t, name, value) {
      if (typeof name === 'string') assigned.set(name, value);
      return true;
    },
    defineProperty(_t, name, desc) {
      if (typeof name === 'string')
        assigned.set(name, 'value' in desc ? desc.value : desc.get ? desc.get() : undefined);
      return true;
    },
    deleteProperty(_t, name) {
      if (typeof name === 'string') assigned.delete(name);
      return true;
    },
  });

  return {
    wx,
    api,
    mock,
    restore,
    unsupported,
    isImplemented: (/** @type {string} */ name) => name in api,
  };
}

module.exports = { createWx };
