// @ts-check
/**
 * The headless mini program runtime: `App`, `getApp`, `getCurrentPages`, `Page`, `Component`, `Behavior`,
 * a `wx` that behaves like the real one where the product uses it, and a page stack with WeChat's
 * lifecycles, over j-component/exparser (the real component framework) and wcc-compiled templates.
 *
 * No Node API here: everything environment-specific comes from the host (see types.js), so the same
 * runtime runs in Node (../node-host.js, with jsdom) and in a browser.
 */

const { createTree } = require('./tree');
const { bindingUpdates } = require('./bindings');
const { wxsEvents } = require('./wxs-events');
const { patchJComponentCopy, isElement } = require('./exparser-patch');
const { registerBuiltins, BUILTIN_CSS } = require('./builtins');
const { loadAppConfig } = require('./app-config');
const { createModules } = require('./modules');
const { inertObject } = require('./inert');
const { createComponentRegistry, injectCss, styleSource, unsupportedReason } = require('./components');
const { createRouter } = require('./router');
const { createUi } = require('./wx/ui');
const { createSystem } = require('./wx/system');
const { createStorageApi, createMemoryStorage, byteLength } = require('./wx/storage');
const { createSelectorQueryFactory } = require('./selector-query');
const { createFileSystem, createFileStore } = require('./wx/files');
const { createPrivacy } = require('./wx/privacy');
const { createWx } = require('./wx/index');
const { UNSUPPORTED_FAIL } = require('./wx/api');
const { transformWxss } = require('./wxss');
const { globalStyleImports } = require('./extended-libs');
const paths = require('./paths');

/** @typedef {import('./types').PageRecord} PageRecord */
/** @typedef {import('./types').ExpNode} ExpNode */
/** @typedef {import('./types').RuntimeHost} RuntimeHost */

/**
 * @typedef {object} RuntimeOptions
 * @property {boolean} [quiet] Do not echo the mini program's console to the host console.
 * @property {{ path?: string, query?: Record<string, string>, scene?: number, shareTicket?: string }} [launch]
 *   Where the app opens (a share card opened from a chat gives its path, query, scene and shareTicket).
 * @property {string} [appId]
 * @property {string} [appName] The mini program's name (the default title of a share card).
 * @property {import('./wx/files').FileStore} [files] The app's files (USER_DATA_PATH, temp files); survives App.exit.
 * @property {import('./types').ChatPort | null} [chat] The simulated chat this app's user is in.
 * @property {import('./wx/privacy').Consent} [consent] Whether the user agreed to the privacy guide (kept across
 *   App.exit by the server).
 * @property {string} [sdkVersion] The base library version the app reports (project.config.json libVersion).
 */

/**
 * @typedef {object} RuntimeEvent
 * @property {'log' | 'exception' | 'route' | 'ui'} type
 * @property {Record<string, unknown>} data
 */

let runtimeCounter = 0;

/** setData calls one component may make without yielding before it counts as a render loop. */
const RENDER_LOOP_LIMIT = 2000;

/**
 * The project path of a component instance (its `is` without the runtime's `rt<N>:` prefix).
 * @param {unknown} instance
 */
const componentPath = (instance) => String(/** @type {{ is?: unknown }} */ (instance).is || '').replace(/^rt\d+:/, '');

/**
 * Serialisable copy of a value for logs and the protocol: functions dropped, a component instance (or node) as
 * `[Component <path>]` rather than its whole tree, a reference back to an enclosing object as `[Circular]`.
 * @param {unknown} v
 */
function toPlain(v) {
  if (v instanceof Error) return { name: v.name, message: v.message, stack: v.stack };
  if (v === undefined || typeof v === 'function' || typeof v === 'symbol') return null;
  /** @type {object[]} the objects enclosing the value being written */
  const enclosing = [];
  try {
    return JSON.parse(
      JSON.stringify(v, function replace(_key, value) {
        if (typeof value !== 'object' || value === null) return value;
        while (enclosing.length && enclosing[enclosing.length - 1] !== this) enclosing.pop();
        if (isElement(value)) return `[Component ${componentPath(value)}]`;
        if (enclosing.includes(value)) return '[Circular]';
        enclosing.push(value);
        return value;
      }),
    );
  } catch {
    return String(v);
  }
}

/** The base library the runtime implements, reported when a project names none. */
const DEFAULT_BASE_LIBRARY = '3.7.0';

/**
 * The base library version an app reports (`SDKVersion`): project.config.json's `libVersion` when it is a version
 * number; DevTools' "latest" (最新版本: whichever is newest) or no version is the runtime's own, as a number, for
 * apps and clients compare it (the official client refuses to connect to `latest`).
 * @param {string | undefined} libVersion
 */
function baseLibrary(libVersion) {
  return libVersion && /^\d+(\.\d+){1,2}$/.test(libVersion) ? libVersion : DEFAULT_BASE_LIBRARY;
}

/**
 * @param {RuntimeHost} host
 * @param {RuntimeOptions} [options]
 */
function createRuntime(host, options = {}) {
  runtimeCounter += 1;
  const tag = `rt${runtimeCounter}`;
  const { jComponent, exparser } = host.framework;
  const tree = createTree(exparser);
  // Handlers and `change:` observers bound to WXS functions run (before bindingUpdates, which then hands them only
  // the attributes an update sets).
  const runsWxsEvents = wxsEvents(host.framework, tree);
  // Before any component registers: template updates apply only the bindings that read changed data.
  bindingUpdates(host.framework);
  // A component instance in data stays that instance in this.data (Lin UI's tabpanel keeps its parent so).
  if (host.framework.internals && host.framework.internals.utils) patchJComponentCopy(host.framework.internals.utils);
  const document = host.document;
  const config = loadAppConfig(host);

  // ---------- events, errors, pending work ----------
  /** @type {Set<(e: RuntimeEvent) => void>} */
  const listeners = new Set();
  /** @param {RuntimeEvent['type']} type @param {Record<string, unknown>} data */
  const emit = (type, data) => {
    for (const fn of [...listeners]) fn({ type, data });
  };
  let pending = 0;
  let destroyed = false;
  /** @type {Set<ReturnType<typeof setTimeout>>} */
  const userTimers = new Set();
  /** @type {Map<ReturnType<typeof setTimeout>, boolean>} */
  const shortTimers = new Map();
  const hostConsole = console;

  /** @param {string} level @param {unknown[]} args */
  const log = (level, args) => {
    emit('log', { type: level, args: args.map(toPlain) });
    if (!options.quiet) {
      const fn =
        /** @type {Record<string, (...a: unknown[]) => void>} */ (/** @type {unknown} */ (hostConsole))[level] ||
        hostConsole.log;
      fn.call(hostConsole, '[mini program]', ...args);
    }
  };

  /** @type {Record<string, unknown> | null} */
  let app = null;
  /** @type {Record<string, Set<Function>>} */
  const appEvents = {};

  /** The route of the page whose code runs now (set once the router exists). @type {() => string} */
  let routerRoute = () => '';
  /** The route of a page being opened or unloaded now, or ''. @type {() => string} */
  let changingRoute = () => '';
  /** While a callback or timer runs: the route of the page that scheduled it (its page may be gone by then). */
  let scheduledBy = '';
  const activeRoute = () => changingRoute() || scheduledBy || routerRoute();
  /**
   * `fn`, run later on behalf of the page that runs now: exceptions it throws are that page's.
   * @template {unknown[]} A
   * @param {(...args: A) => void} fn
   * @returns {(...args: A) => void}
   */
  const onBehalf = (fn) => {
    const owner = activeRoute();
    return (...args) => {
      const outer = scheduledBy;
      scheduledBy = owner;
      try {
        fn(...args);
      } finally {
        scheduledBy = outer;
      }
    };
  };

  /**
   * Reports an exception thrown by mini program code: App.exceptionThrown, App.onError, wx.onError.
   * @param {unknown} err
   * @param {string} label
   */
  function report(err, label) {
    // The failure of an unsupported API that app code let through (an awaited Promise, a rethrown fail) is the
    // consequence of that feature, already said once per page ("unsupported: wx.X"): a warning, not an exception.
    const errMsg = err && typeof err === 'object' ? /** @type {{ errMsg?: unknown }} */ (err).errMsg : undefined;
    if (typeof errMsg === 'string' && errMsg.endsWith(UNSUPPORTED_FAIL)) {
      log('warn', [`${label}: ${errMsg}`]);
      return;
    }
    const message =
      err instanceof Error ? err.message : typeof err === 'object' ? JSON.stringify(toPlain(err)) : String(err);
    const stack = err instanceof Error ? err.stack || '' : '';
    // `route`: the page whose code was running (a page's detached lifetime during the next reLaunch is its own).
    const route = activeRoute();
    emit('exception', { message, stack, where: label, route });
    if (!options.quiet) hostConsole.error(`[mini program] ${label}:`, err);
    const text = `${message}\n${stack}`;
    if (app && typeof app.onError === 'function') {
      try {
        app.onError.call(app, text);
      } catch {
        // An error in onError itself is not reported again.
      }
    }
    for (const fn of appEvents.Error || []) {
      try {
        fn(text);
      } catch {
        // ignored, as above
      }
    }
  }

  /**
   * Calls mini program code, reporting (not throwing) its exceptions, and watching a returned Promise.
   * @param {Function | undefined} fn
   * @param {unknown} self
   * @param {unknown[]} args
   * @param {string} label
   */
  function safeCall(fn, self, args, label) {
    if (typeof fn !== 'function') return undefined;
    try {
      const out = fn.apply(self, args);
      if (out && typeof (/** @type {Promise<unknown>} */ (out).then) === 'function') {
        /** @type {Promise<unknown>} */ (out).then(undefined, (err) => report(err, label));
      }
      return out;
    } catch (err) {
      report(err, label);
      return undefined;
    }
  }

  /** Runs `fn` as a macrotask that `settle()` waits for. @param {() => void} fn */
  const later = (fn) => {
    pending += 1;
    setTimeout(
      onBehalf(() => {
        pending -= 1;
        if (!destroyed) safeCall(fn, null, [], 'callback');
      }),
      0,
    );
  };
  /**
   * Makes `settle()` wait for a promise.
   * @template T
   * @param {Promise<T>} p
   * @returns {Promise<T>}
   */
  const track = (p) => {
    pending += 1;
    const done = () => {
      pending -= 1;
    };
    p.then(done, done);
    return p;
  };

  // Timer ids are numbers, as in WeChat and browsers (apps put them in data: a Node Timeout object is circular).
  let timerSeq = 0;
  /** @type {Map<number, ReturnType<typeof setTimeout>>} */
  const timerHandles = new Map();
  /** @param {unknown} id */
  const handleOf = (id) => timerHandles.get(Number(id));
  const timers = {
    /** @param {Function} fn @param {number} [ms] @param {unknown[]} args */
    setTimeout(fn, ms = 0, ...args) {
      if (typeof fn !== 'function') throw new Error('setTimeout: callback must be a function');
      const short = Number(ms) <= 50;
      if (short) pending += 1;
      timerSeq += 1;
      const seq = timerSeq;
      const id = setTimeout(
        onBehalf(() => {
          userTimers.delete(id);
          timerHandles.delete(seq);
          if (shortTimers.delete(id)) pending -= 1;
          if (!destroyed) safeCall(fn, null, args, 'setTimeout callback');
        }),
        ms,
      );
      userTimers.add(id);
      timerHandles.set(seq, id);
      if (short) shortTimers.set(id, true);
      return seq;
    },
    /** @param {unknown} seq */
    clearTimeout(seq) {
      const id = handleOf(seq);
      if (!id) return;
      timerHandles.delete(Number(seq));
      if (shortTimers.delete(id)) pending -= 1;
      userTimers.delete(id);
      clearTimeout(id);
    },
    /** @param {Function} fn @param {number} [ms] @param {unknown[]} args */
    setInterval(fn, ms = 0, ...args) {
      if (typeof fn !== 'function') throw new Error('setInterval: callback must be a function');
      const id = setInterval(
        onBehalf(() => {
          if (!destroyed) safeCall(fn, null, args, 'setInterval callback');
        }),
        ms,
      );
      userTimers.add(id);
      timerSeq += 1;
      timerHandles.set(timerSeq, id);
      return timerSeq;
    },
    /** @param {unknown} seq */
    clearInterval(seq) {
      const id = handleOf(seq);
      if (!id) return;
      timerHandles.delete(Number(seq));
      userTimers.delete(id);
      clearInterval(id);
    },
  };

  const miniConsole = new Proxy(hostConsole, {
    get(target, name) {
      if (typeof name === 'string' && ['log', 'info', 'warn', 'error', 'debug'].includes(name)) {
        return (/** @type {unknown[]} */ ...args) => log(name, args);
      }
      return Reflect.get(target, name);
    },
  });

  // ---------- DOM ----------
  if (!document.querySelector('style[data-wxss="builtins"]')) injectCss(document, BUILTIN_CSS, 'builtins');
  // The global style of a supplied extended library (weui.wxss) applies as if app.wxss imported it first.
  const appCss = `${globalStyleImports(config.raw, host.exists)}${styleSource(host, 'app') || ''}`;
  if (appCss && !document.querySelector('style[data-wxss="app"]')) {
    injectCss(document, transformWxss(appCss, { file: 'app.wxss', readFile: host.readFile }), 'app');
  }
  const pagesRoot = document.createElement('div');
  pagesRoot.id = `headless-${tag}`;
  pagesRoot.className = 'headless-app';
  (document.body || document.documentElement).appendChild(pagesRoot);

  // ---------- framework pieces ----------
  /** @type {{ id: number, route: string, query: Record<string, string>, channel: unknown }} */
  let pendingPage = { id: 0, route: '', query: {}, channel: null };
  const stats = { setDataCount: 0, setDataBytes: 0 };

  const behavior = /** @type {{ behavior(d: Record<string, unknown>): string }} */ (
    /** @type {unknown} */ (jComponent)
  ).behavior.bind(jComponent);
  /**
   * Two instance methods answered as WeChat answers them where j-component's differ:
   * - `getRelationNodes(key)` takes the key as the component declared it (relation keys stay as written, see
   *   components.js) or any path naming the same component, and a declared relation with no node linked gives `[]`
   *   (exparser's answer; the typings say `TrivialInstance[]`), where j-component looks the path up among
   *   registered components only and gives `null` for one no page has created yet;
   * - `selectComponent(selector)` with no match gives `null` (j-component throws reading the missing node's methods;
   *   wux-weapp's `getCtx` tests for the null).
   * @param {import('./types').Instance} instance
   * @param {import('./types').ExpNode} node
   */
  function relationAndSelection(instance, node) {
    const own = componentPath(node);
    const expNode = /** @type {{ getRelationNodes?: (key: string) => import('./types').ExpNode[] | null,
      __behavior?: { relations?: Record<string, { target?: unknown }> } }} */ (/** @type {unknown} */ (node));
    instance.getRelationNodes = (/** @type {unknown} */ key) => {
      if (typeof key !== 'string' || !expNode.getRelationNodes) return null;
      // The key as declared; else a key written another way that names the same component.
      let nodes = expNode.getRelationNodes(key);
      const target = !nodes && own ? registry.resolveComponentPath(own, key) : null;
      if (target) {
        const id = registry.idFor(target);
        const declared = Object.entries(expNode.__behavior?.relations || {}).find(([, r]) => r && r.target === id);
        if (declared) nodes = expNode.getRelationNodes(declared[0]);
      }
      return nodes ? nodes.map((n) => exparser.Element.getMethodCaller(n)) : null;
    };
    const select = /** @type {(selector: unknown) => unknown} */ (instance.selectComponent);
    const root = /** @type {{ querySelector?: (s: string) => unknown } | null | undefined} */ (
      /** @type {unknown} */ (node.shadowRoot)
    );
    instance.selectComponent = (/** @type {unknown} */ selector) =>
      root && root.querySelector && !root.querySelector(String(selector)) ? null : select.call(instance, selector);
  }

  const commonBehavior = behavior({
    lifetimes: {
      /** @this {import('./types').Instance} */
      created() {
        const node = this._exparserNode;
        // `this.is` is the component's path, as in WeChat (exparser's own `is` carries this runtime's prefix).
        Object.defineProperty(this, 'is', { value: componentPath(this), configurable: true });
        const original = this.setData;
        let burst = 0;
        this.setData = function setData(data, cb) {
          // A render loop (an observer or lifetime that sets data which triggers it again) never yields: cut it off
          // with an error naming the component instead of running until Node is out of memory.
          if (burst === 0) queueMicrotask(() => (burst = 0));
          burst += 1;
          if (burst > RENDER_LOOP_LIMIT) {
            burst = 0;
            const name = componentPath(this);
            throw new Error(
              `render loop: ${name} called setData ${RENDER_LOOP_LIMIT} times without yielding; the headless runtime stopped it`,
            );
          }
          let bytes = 0;
          try {
            bytes = byteLength(JSON.stringify(data) || '');
          } catch {
            bytes = 0;
          }
          stats.setDataCount += 1;
          stats.setDataBytes += bytes;
          const page = tree.pageOf(node);
          if (page) {
            page.stats.setDataCount += 1;
            page.stats.setDataBytes += bytes;
          }
          // The framework calls the callback in a promise and only prints what it throws: report it as WeChat does.
          const callback =
            typeof cb === 'function'
              ? () => safeCall(cb, this, [], `${tree.pageOf(node)?.route || 'component'}#setData callback`)
              : cb;
          return original.call(this, data, callback);
        };
        this.createSelectorQuery = () => selectorQueries.create(node.shadowRoot || null);
        relationAndSelection(this, node);
        // The page a component is on ('pageId:N', as the page's own getPageId): the page being opened while its
        // template creates the component, the page the node is in afterwards.
        const openingId = pendingPage.id;
        this.getPageId = () => `pageId:${tree.pageOf(node)?.id ?? openingId}`;
        // "渲染当前组件的渲染后端" (the instance's `renderer`): this runtime draws as the webview backend does.
        // Components pick their template by it (weui's slideview renders nothing when it is neither).
        this.renderer = 'webview';
        // Instance methods of the real framework that need a renderer's animation engine: groupSetData runs its
        // callback (a batch of setData calls), animate/applyAnimatedStyle warn once and call back as if done.
        /** @param {unknown} cb */
        const callBack = (cb) => {
          if (typeof cb === 'function') later(() => cb());
        };
        // A component's own method of the same name wins (Wux's circle defines `animate(start, end, decrease)`), as
        // its methods shadow the framework's in WeChat.
        const own = (/** @type {string} */ name) => Object.prototype.hasOwnProperty.call(this, name);
        const framework = {
          /** @param {unknown} fn */
          groupSetData: (fn) => {
            if (typeof fn === 'function') fn.call(this);
          },
          /** @param {string} selector @param {unknown} _frames @param {number} _ms @param {unknown} cb */
          animate: (selector, _frames, _ms, cb) => {
            wxApi.unsupported('this.animate', `keyframe animation of ${selector} is not run by the headless runtime`);
            callBack(cb);
          },
          /** @param {unknown} _selector @param {unknown} opts @param {unknown} cb */
          clearAnimation: (_selector, opts, cb) => callBack(typeof opts === 'function' ? opts : cb),
          applyAnimatedStyle: () =>
            wxApi.unsupported('this.applyAnimatedStyle', 'worklet animation needs the skyline renderer'),
          /** @param {unknown} _selector @param {unknown} _ids @param {unknown} cb */
          clearAnimatedStyle: (_selector, _ids, cb) => callBack(cb),
        };
        for (const [name, fn] of Object.entries(framework)) if (!own(name)) this[name] = fn;
      },
    },
  });
  const pageBehavior = behavior({
    lifetimes: {
      /** @this {Record<string, unknown>} */
      created() {
        const info = pendingPage;
        this.route = info.route;
        this.__route__ = info.route;
        this.options = { ...info.query };
        this.__wxWebviewId__ = info.id;
        this.getOpenerEventChannel = () => info.channel;
        this.getPageId = () => `pageId:${info.id}`;
        // A tab page with app.json tabBar.custom answers its custom-tab-bar instance (runtime/router.js).
        this.getTabBar = () => router.byId(info.id)?.tabBar ?? null;
      },
    },
  });

  /** @type {Record<string, unknown>} */
  const globals = {};
  const modules = createModules(host, globals);
  const registry = createComponentRegistry({
    host,
    modules,
    config,
    tag,
    commonBehaviors: [commonBehavior],
    pageBehaviors: [pageBehavior],
    report,
    wxsEvents: runsWxsEvents,
  });

  /** @param {PageRecord} record @param {string} name @param {unknown[]} args */
  const callPage = (record, name, args) =>
    safeCall(
      /** @type {Function | undefined} */ (record.instance[name]),
      record.instance,
      args,
      `${record.route}#${name}`,
    );

  const shares = /** @type {{ route: string, from: string, content: unknown }[]} */ ([]);

  /** @type {import('./builtins').BuiltinServices} */
  const builtinServices = {
    navigate(openType, url, delta) {
      const fail = (/** @type {{ errMsg?: string }} */ e) => log('warn', [`<navigator> ${e.errMsg || ''}`]);
      const kinds = { navigate: 'navigateTo', redirect: 'redirectTo', switchTab: 'switchTab', reLaunch: 'reLaunch' };
      if (openType === 'navigateBack') wxApi.api.navigateBack({ delta, fail });
      else if (openType in kinds) wxApi.api[kinds[/** @type {keyof typeof kinds} */ (openType)]]({ url, fail });
      else if (openType !== 'exit')
        log('warn', [`<navigator open-type="${openType}"> is not supported by the headless runtime`]);
    },
    openType(node, openType) {
      const page = tree.pageOf(node);
      if (!page) return;
      if (openType === 'share') {
        // A share button on a page without onShareAppMessage shares nothing; say why.
        track(share('button', { id: node.id || '', dataset: node.dataset || {} })).catch((err) =>
          log('warn', [err instanceof Error ? err.message : String(err)]),
        );
        return;
      }
      if (openType === 'agreePrivacyAuthorization') {
        privacy.agreeTapped(node.id || '');
        exparser.Event.dispatchEvent(node, exparser.Event.create('agreeprivacyauthorization', {}, {}));
        return;
      }
      const event = openType.toLowerCase();
      log('warn', [`<button open-type="${openType}"> needs WeChat; the headless runtime answers it with a failure`]);
      exparser.Event.dispatchEvent(
        node,
        exparser.Event.create(event, { errMsg: `${openType}:fail not supported in the headless runtime` }, {}),
      );
    },
    warn: (message) => log('warn', [message]),
    later,
  };
  const unregisterBuiltins = registerBuiltins(host.framework, tree, (node) => {
    const page = tree.pageOf(node);
    return page && router.byId(page.id) === page ? builtinServices : null;
  });

  const router = createRouter({
    host,
    config,
    registry,
    tree,
    pagesRoot,
    safeCall,
    setPendingPage: (info) => {
      pendingPage = info;
    },
    // Native components no component defines (xr-frame, gesture handlers, live-pusher, …) or that the device draws
    // (ad, video, map, …): said, never silent.
    onOpening: (route) => {
      for (const feature of registry.unsupportedTags(route)) wxApi.unsupported(feature, unsupportedReason(feature));
    },
    track: (p) => {
      track(p).then(
        () =>
          emit('route', { stack: router.stack.map((r) => ({ pageId: r.id, path: r.route, query: { ...r.query } })) }),
        () => undefined,
      );
      return p;
    },
  });
  routerRoute = () => router.activeRoute();
  changingRoute = () => router.changingRoute();

  const ui = createUi();
  ui.setChangeListener((kind) => emit('ui', { kind }));
  ui.setWaitingListener((message) =>
    log('warn', [`${message} (answer it with mockWxMethod or native().confirmModal()/cancelModal())`]),
  );
  const system = createSystem({
    sdkVersion: baseLibrary(options.sdkVersion),
    hasTabBar: () => {
      const p = router.current();
      return !!(p && p.isTab);
    },
  });
  const storageBackend = host.storage || createMemoryStorage();
  const storage = createStorageApi(storageBackend);
  const selectorQueries = createSelectorQueryFactory({
    tree,
    pageScope: () => {
      // The page being opened (its onLoad/onReady run before it is on the stack), else the top one.
      const p = router.byId(router.activePageId()) || router.current();
      return p ? p.root.shadowRoot || null : null;
    },
    viewport: () => {
      const info = system.getWindowInfo();
      const p = router.current();
      return { width: info.windowWidth, height: info.windowHeight, scrollTop: p ? p.scrollTop : 0 };
    },
    later,
    unsupported: (feature, detail) => wxApi.unsupported(feature, detail),
  });
  const launchQuery = options.launch && options.launch.query ? { ...options.launch.query } : {};
  let launchPath = config.entry;
  if (options.launch && options.launch.path) launchPath = paths.parseUrl(options.launch.path).route;
  /** @param {{ path: string, query: Record<string, string>, scene?: number, shareTicket?: string }} o */
  const enterInfo = (o) => ({
    path: o.path,
    query: { ...o.query },
    scene: o.scene || 1001,
    ...(o.shareTicket ? { shareTicket: o.shareTicket } : {}),
    referrerInfo: {},
    forwardMaterials: [],
    apiCategory: 'default',
  });
  const launchOptions = () =>
    enterInfo({
      path: launchPath,
      query: launchQuery,
      scene: options.launch && options.launch.scene,
      shareTicket: options.launch && options.launch.shareTicket,
    });
  /** How the app was last entered (a warm entry from a chat card changes it; the launch options stay). */
  let enterOptions = launchOptions();
  const state = {
    share: /** @type {Record<string, unknown>} */ ({}),
    tabBar: /** @type {Record<string, unknown>} */ ({}),
    analytics: /** @type {unknown[]} */ ([]),
  };
  const files = createFileSystem(options.files || createFileStore(), {
    later,
    report,
    unsupported: (feature, detail) => wxApi.unsupported(feature, detail),
  });
  const privacy = createPrivacy({
    enabled: config.raw.__usePrivacyCheck__ === true,
    consent: options.consent || { agreed: false },
    appName: options.appName || '',
    log,
    call: (fn, args, label) => void safeCall(fn, null, args, label),
  });
  const wxApi = createWx({
    later,
    files,
    privacy,
    chat: options.chat || null,
    report,
    router,
    ui,
    system,
    storage,
    selectorQueries,
    config,
    launchOptions,
    enterOptions: () => ({ ...enterOptions, query: { ...enterOptions.query } }),
    account: { appId: options.appId || 'touristappid' },
    log,
    callPage,
    appEvents,
    state,
  });

  /** How long WeChat waits for onShareAppMessage's `promise` before it shares the card as returned. */
  const SHARE_PROMISE_MS = 3000;

  /**
   * Shares the current page as a card, as 转发 does: calls its `onShareAppMessage({ from, target })`, fills in
   * WeChat's defaults (title: the mini program's name; path: the page's route; imageUrl: '' where WeChat takes a
   * screenshot), waits up to 3 s for a returned `promise`, and sends the card into the chat. The menu's 转发 is
   * refused on a page without `onShareAppMessage` or after `wx.hideShareMenu()` (a share button still works there,
   * as in WeChat, as long as the page has the handler).
   * @param {'button' | 'menu'} from
   * @param {unknown} [target] the share button (id, dataset)
   * @returns {Promise<import('./types').ShareCard>}
   */
  async function share(from, target) {
    const page = router.current();
    if (!page) throw new Error('share: no page is open');
    if (typeof page.instance.onShareAppMessage !== 'function')
      throw new Error(`share: ${page.route} has no onShareAppMessage, so 转发 is greyed out`);
    if (from === 'menu' && page.shareMenu && page.shareMenu.shown === false)
      throw new Error(`share: ${page.route} called wx.hideShareMenu(), so the menu has no 转发`);
    const returned = callPage(page, 'onShareAppMessage', [{ from, target, webViewUrl: '' }]);
    /** @type {Record<string, unknown>} */
    let content = returned && typeof returned === 'object' ? { .../** @type {object} */ (returned) } : {};
    const promise = /** @type {{ then?: unknown }} */ (content.promise);
    if (promise && typeof promise.then === 'function') {
      const resolved = await Promise.race([
        /** @type {Promise<unknown>} */ (promise).then(
          (v) => v,
          (err) => void report(err, `${page.route}#onShareAppMessage promise`),
        ),
        new Promise((resolve) => setTimeout(() => resolve(undefined), SHARE_PROMISE_MS)),
      ]);
      if (resolved && typeof resolved === 'object') content = { ...content, .../** @type {object} */ (resolved) };
    }
    const text = (/** @type {unknown} */ v) => (typeof v === 'string' && v ? v : '');
    /** @type {import('./types').ShareCard} */
    const card = {
      title: text(content.title) || options.appName || '',
      path: text(content.path) || `/${page.route}`,
      imageUrl: text(content.imageUrl),
      from,
      withShareTicket: !!(page.shareMenu && page.shareMenu.withShareTicket),
    };
    shares.push({ route: page.route, from, content: toPlain(card) });
    if (options.chat) options.chat.shareCard(card);
    else log('warn', ['share: this app is in no chat (startServer({ chat })); the card is recorded in runtime.shares']);
    return card;
  }

  /**
   * Brings the app to the front again from a chat (a card opened while it runs): App.onHide, then onShow and
   * wx.onAppShow listeners with the new enter options, and a reLaunch to the card's page, as WeChat does.
   * @param {{ path: string, query: Record<string, string>, scene: number, shareTicket?: string }} entry
   */
  async function enter(entry) {
    if (app) safeCall(/** @type {Function | undefined} */ (app.onHide), app, [], 'App#onHide');
    for (const fn of [...(appEvents.AppHide || [])]) safeCall(fn, null, [], 'wx.onAppHide listener');
    enterOptions = enterInfo(entry);
    const opts = { ...enterOptions, query: { ...enterOptions.query } };
    if (app) safeCall(/** @type {Function | undefined} */ (app.onShow), app, [opts], 'App#onShow');
    for (const fn of [...(appEvents.AppShow || [])]) safeCall(fn, null, [opts], 'wx.onAppShow listener');
    const search = Object.entries(entry.query)
      .map(([k, v]) => `${k}=${v}`)
      .join('&');
    await new Promise((resolve, reject) =>
      wxApi.api.reLaunch({ url: `/${entry.path}${search ? `?${search}` : ''}`, success: resolve, fail: reject }),
    );
    await settle();
  }

  /** @param {Record<string, unknown>} opts */
  function App(opts) {
    if (app) throw new Error('App() may only be called once');
    app = opts && typeof opts === 'object' ? opts : {};
  }
  /** @param {{ allowDefault?: boolean }} [o] */
  const getApp = (o) => app || (o && o.allowDefault ? (app = {}) : undefined);
  const getCurrentPages = () => router.pages().map((r) => r.instance);

  Object.assign(globals, {
    wx: wxApi.wx,
    App,
    Page: registry.Page,
    Component: registry.Component,
    Behavior: registry.Behavior,
    getApp,
    getCurrentPages,
    // A plugin's interface (app.json `plugins`): WeChat downloads the plugin; here it is inert, said once per page.
    requirePlugin: (/** @type {string} */ name) => {
      wxApi.unsupported(`plugin://${name}`, unsupportedReason(`plugin://${name}`));
      return inertObject();
    },
    console: miniConsole,
    ...timers,
    // WeChat's \`global\`: one object per app that its modules share (not the host's global object).
    global: {},
    __wxConfig: {
      envVersion: 'develop',
      platform: 'devtools',
      pages: config.pages,
      entryPagePath: config.entry,
      tabBar: config.tabBar,
      global: { window: config.window },
      appLaunchInfo: launchOptions(),
      accountInfo: { appId: options.appId || 'touristappid' },
    },
  });

  // Exceptions exparser catches in handlers, lifetimes and observers.
  const errorListener = (/** @type {unknown} */ err, /** @type {{ message?: string, element?: ExpNode }} */ info) => {
    const page = info && info.element ? tree.pageOf(info.element) : null;
    const mine = page ? router.byId(page.id) === page : latest === tag && !destroyed;
    if (!mine) return undefined;
    report(err, (info && info.message) || 'component');
    return false;
  };
  exparser.addGlobalErrorListener(errorListener);
  latest = tag;

  /**
   * Starts the app: runs app.js/app.ts, onLaunch, onShow, then opens the entry page (null when it failed to open).
   * @returns {Promise<PageRecord | null>}
   */
  async function launch() {
    const file = modules.resolve('', '/app');
    if (!file) throw new Error('app.js or app.ts is missing');
    modules.load(file);
    if (!app) throw new Error(`${file} did not call App()`);
    const opts = launchOptions();
    safeCall(/** @type {Function | undefined} */ (app.onLaunch), app, [opts], 'App#onLaunch');
    safeCall(/** @type {Function | undefined} */ (app.onShow), app, [opts], 'App#onShow');
    let route = launchPath;
    if (!config.pages.includes(route)) {
      safeCall(
        /** @type {Function | undefined} */ (app.onPageNotFound),
        app,
        [{ path: route, query: launchQuery, isEntryPage: true }],
        'App#onPageNotFound',
      );
      route = config.entry;
    }
    /** @type {PageRecord | null} */
    let record = null;
    try {
      record = router.launch(route, launchQuery);
      emit('route', { stack: [{ pageId: record.id, path: record.route, query: { ...record.query } }] });
    } catch (err) {
      // As in DevTools, a launch page that fails is an exception of the app, not the end of it: the app stays up
      // (no page open) and a reLaunch to another page works.
      report(err, `opening ${route}`);
    }
    await settle();
    return record;
  }

  /**
   * Resolves once no tracked work is pending (API callbacks, route changes, short timers), or after maxMs.
   * @param {number} [maxMs]
   * @returns {Promise<boolean>} Whether the runtime became idle.
   */
  async function settle(maxMs = 3000) {
    const deadline = Date.now() + maxMs;
    let idle = 0;
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (pending <= 0) {
        idle += 1;
        if (idle >= 2) return true;
      } else idle = 0;
    }
    return false;
  }

  function destroy() {
    if (destroyed) return;
    try {
      router.destroy();
    } finally {
      destroyed = true;
      for (const id of userTimers) {
        clearTimeout(id);
        clearInterval(id);
      }
      userTimers.clear();
      timerHandles.clear();
      exparser.removeGlobalErrorListener(errorListener);
      unregisterBuiltins();
      pagesRoot.remove();
      listeners.clear();
      if (latest === tag) latest = '';
    }
  }

  return {
    tag,
    config,
    tree,
    router,
    ui,
    system,
    wx: wxApi,
    modules,
    registry,
    stats,
    shares,
    share,
    enter,
    files,
    /** @param {ExpNode} node */
    canvasPixels: (node) => selectorQueries.canvasPixels(node),
    /** Boxes the layout estimate laid out and styles it computed, since the runtime started. */
    layoutCounts: () => ({ ...selectorQueries.layoutCounts }),
    state,
    storage: storageBackend,
    exparser,
    launch,
    settle,
    destroy,
    report,
    safeCall,
    callPage,
    getApp,
    getCurrentPages,
    /** The value of each mini program global, for code the automator evaluates. */
    globals,
    /** @param {(e: RuntimeEvent) => void} fn */
    on(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    isDestroyed: () => destroyed,
  };
}

/** The tag of the runtime created last (exceptions without an element go to it). */
let latest = '';

module.exports = { createRuntime, toPlain, baseLibrary };
