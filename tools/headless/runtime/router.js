// @ts-check
/**
 * The page stack and its lifecycles, in the order WeChat runs them:
 * - open a page: created → attached → onLoad(query) → onShow (+ pageLifetimes.show) → ready → onReady
 * - navigateTo: A.onHide, B opens;  redirectTo: A.onUnload, B opens;  navigateBack: top pages onUnload, new top onShow
 * - switchTab: non-tab pages onUnload (top first); the current tab onHide; the target tab onShow if alive, else opens;
 *   tab pages stay alive (hidden) when you leave them, until reLaunch
 * - reLaunch: every page onUnload, then the target opens
 * The stack holds at most 10 pages. Errors are thrown with WeChat's `api:fail reason` messages.
 */

const paths = require('./paths');

const MAX_STACK = 10;

/** @typedef {import('./types').PageRecord} PageRecord */
/** @typedef {import('./types').ExpNode} ExpNode */

class RouteError extends Error {}

/** A navigateTo event channel, shared by the opener and the opened page. */
class EventChannel {
  constructor() {
    /** @type {Map<string, { fn: (...args: unknown[]) => void, once: boolean }[]>} */
    this.listeners = new Map();
  }
  /** @param {string} name @param {(...args: unknown[]) => void} fn */
  on(name, fn) {
    const list = this.listeners.get(name) || [];
    list.push({ fn, once: false });
    this.listeners.set(name, list);
  }
  /** @param {string} name @param {(...args: unknown[]) => void} fn */
  once(name, fn) {
    const list = this.listeners.get(name) || [];
    list.push({ fn, once: true });
    this.listeners.set(name, list);
  }
  /** @param {string} name @param {(...args: unknown[]) => void} [fn] */
  off(name, fn) {
    if (!fn) this.listeners.delete(name);
    else
      this.listeners.set(
        name,
        (this.listeners.get(name) || []).filter((l) => l.fn !== fn),
      );
  }
  /** @param {string} name @param {...unknown} args */
  emit(name, ...args) {
    const list = this.listeners.get(name) || [];
    this.listeners.set(
      name,
      list.filter((l) => !l.once),
    );
    for (const l of list) l.fn(...args);
  }
}

/**
 * @param {object} deps
 * @param {import('./types').RuntimeHost} deps.host
 * @param {import('./app-config').AppConfig} deps.config
 * @param {ReturnType<import('./components').createComponentRegistry>} deps.registry
 * @param {ReturnType<import('./tree').createTree>} deps.tree
 * @param {HTMLElement} deps.pagesRoot
 * @param {(fn: Function | undefined, self: unknown, args: unknown[], label: string) => unknown} deps.safeCall
 * @param {(info: { id: number, route: string, query: Record<string, string>, channel: EventChannel | null }) => void} deps.setPendingPage
 * @param {<T>(p: Promise<T>) => Promise<T>} deps.track Makes the runtime's settle() wait for a route change.
 * @param {(record: PageRecord) => void} [deps.onPageCreated]
 * @param {(route: string) => void} [deps.onOpening] Called as a page starts to open (its id is active).
 */
function createRouter(deps) {
  const { host, config, registry, tree, pagesRoot, safeCall, setPendingPage, track, onPageCreated, onOpening } = deps;
  const { jComponent, exparser } = host.framework;
  /** @type {PageRecord[]} */
  const stack = [];
  /** The id of the page being opened (its onLoad runs before it is on the stack), or 0. */
  let opening = 0;
  let openingRoute = '';
  /**
   * The page being opened once its instance exists: WeChat puts it on the page stack before its lifetimes run, so
   * `getCurrentPages()` in its `attached` or `onLoad` ends with it (apps read their query and the previous page,
   * `pages[pages.length - 2]`, there).
   * @type {PageRecord | null}
   */
  let openingRecord = null;
  /** The page being unloaded (its onUnload and detached lifetimes run after it left the stack), or null. */
  /** @type {PageRecord | null} */
  let closing = null;
  /** Live tab pages by route, on the stack or hidden beside it. @type {Map<string, PageRecord>} */
  const tabAlive = new Map();
  /** @type {Map<number, PageRecord>} */
  const byId = new Map();
  let nextId = 1;
  /** Serialises route changes, as the real router does. */
  let queue = Promise.resolve();

  /** @param {string} route */
  const exists = (route) => config.pages.includes(route);

  /**
   * @param {string} api
   * @param {string} url
   */
  function target(api, url) {
    if (typeof url !== 'string' || !url)
      throw new RouteError(`${api}:fail parameter error: parameter.url should be String`);
    const top = stack[stack.length - 1];
    const { route, query } = paths.parseUrl(url, top ? top.route : '');
    if (!exists(route)) throw new RouteError(`${api}:fail page "${route}" is not found`);
    return { route, query };
  }

  /**
   * @param {PageRecord} record
   * @param {string} name
   * @param {unknown[]} [args]
   */
  const callPage = (record, name, args = []) => {
    const fn = /** @type {Function | undefined} */ (record.instance[name]);
    if (typeof fn === 'function') safeCall(fn, record.instance, args, `${record.route}#${name}`);
  };

  /** @param {PageRecord} record */
  function show(record) {
    record.state = 'shown';
    record.container.style.display = '';
    callPage(record, 'onShow');
    safeCall(
      () => record.root.triggerPageLifeTime && record.root.triggerPageLifeTime('show', []),
      null,
      [],
      `${record.route}#pageLifetimes.show`,
    );
  }

  /** @param {PageRecord} record */
  function hide(record) {
    if (record.state !== 'shown') return;
    record.state = 'hidden';
    callPage(record, 'onHide');
    safeCall(
      () => record.root.triggerPageLifeTime && record.root.triggerPageLifeTime('hide', []),
      null,
      [],
      `${record.route}#pageLifetimes.hide`,
    );
    record.container.style.display = 'none';
  }

  /** @param {PageRecord} record */
  function unload(record) {
    if (record.state === 'unloaded') return;
    const outer = closing;
    closing = record;
    try {
      callPage(record, 'onUnload');
      record.state = 'unloaded';
      safeCall(() => exparser.Element.pretendDetached(record.root), null, [], `${record.route}#detached`);
      const bar = record.tabBar && /** @type {ExpNode} */ (record.tabBar._exparserNode);
      if (bar) safeCall(() => exparser.Element.pretendDetached(bar), null, [], 'custom-tab-bar#detached');
    } finally {
      closing = outer;
    }
    record.container.remove();
    byId.delete(record.id);
    if (tabAlive.get(record.route) === record) tabAlive.delete(record.route);
  }

  /**
   * @param {ExpNode} node
   * @param {(n: ExpNode) => void} fn Called children first (ready fires bottom-up).
   */
  function eachComponentBottomUp(node, fn) {
    for (const c of node.childNodes || []) eachComponentBottomUp(c, fn);
    if (node.shadowRoot && node.shadowRoot !== node) eachComponentBottomUp(node.shadowRoot, fn);
    if (node.triggerLifeTime && !node.__virtual && node.shadowRoot) fn(node);
  }

  /**
   * Creates, attaches and shows a page (onLoad → onShow → ready → onReady).
   * @param {string} route
   * @param {Record<string, string>} query
   * @param {EventChannel | null} channel
   * @returns {PageRecord}
   */
  function open(route, query, channel) {
    const started = Date.now();
    const id = nextId;
    nextId += 1;
    const outer = opening;
    const outerRoute = openingRoute;
    const outerRecord = openingRecord;
    opening = id;
    openingRoute = route;
    try {
      // Loading the page's code counts as that page (an API its module calls warns for it, not for the last page).
      const componentId = registry.ensure(route, { isPage: true });
      if (onOpening) onOpening(route);
      return openAs(id, componentId, route, query, channel, started);
    } finally {
      opening = outer;
      openingRoute = outerRoute;
      openingRecord = outerRecord;
    }
  }

  /**
   * WeChat's custom tab bar (app.json `tabBar.custom`): each tab page gets its own instance of the app's
   * `custom-tab-bar/index` component, drawn below the page, which the page's `getTabBar()` answers.
   * @returns {{ _exparserNode: ExpNode, dom: HTMLElement } | null}
   */
  function customTabBar() {
    if (!config.tabBar || config.tabBar.custom !== true) return null;
    const path = registry.resolveComponentPath('app', '/custom-tab-bar');
    if (!path) return null;
    return jComponent.create(registry.ensure(path, { tagName: 'custom-tab-bar' })) || null;
  }

  /**
   * @param {number} id
   * @param {string} componentId
   * @param {string} route
   * @param {Record<string, string>} query
   * @param {EventChannel | null} channel
   * @param {number} started
   * @returns {PageRecord}
   */
  function openAs(id, componentId, route, query, channel, started) {
    setPendingPage({ id, route, query: { ...query }, channel });
    let created;
    let tabBar = null;
    try {
      created = jComponent.create(componentId);
      if (created && config.tabPages.has(route)) tabBar = customTabBar();
    } finally {
      setPendingPage({ id: 0, route: '', query: {}, channel: null });
    }
    if (!created) throw new Error(`${route}: component ${componentId} is not registered`);
    const root = created._exparserNode;
    const container = host.document.createElement('div');
    container.className = 'headless-page';
    container.setAttribute('data-page-id', String(id));
    created.dom.setAttribute('data-route', route);
    container.appendChild(created.dom);
    if (tabBar) container.appendChild(tabBar.dom);
    pagesRoot.appendChild(container);
    /** @type {PageRecord} */
    const record = {
      id,
      route,
      query: { ...query },
      root,
      instance: exparser.Element.getMethodCaller(root),
      container,
      isTab: config.tabPages.has(route),
      tabBar: tabBar ? exparser.Element.getMethodCaller(tabBar._exparserNode) : null,
      state: 'loading',
      scrollTop: 0,
      stats: { setDataCount: 0, setDataBytes: 0, renderMs: 0 },
      openerChannel: channel || undefined,
    };
    root.__headlessPage = record;
    openingRecord = record;
    byId.set(id, record);
    if (record.isTab) tabAlive.set(route, record);
    // Query parameters also fill page properties of the same name.
    for (const [k, v] of Object.entries(query)) {
      if (exparser.Component.hasPublicProperty(root, k)) {
        safeCall(() => tree.setProp(root, k, v), null, [], `${route}#properties.${k}`);
      }
    }
    safeCall(() => exparser.Element.pretendAttached(root), null, [], `${route}#attached`);
    if (tabBar)
      safeCall(() => exparser.Element.pretendAttached(tabBar._exparserNode), null, [], 'custom-tab-bar#attached');
    callPage(record, 'onLoad', [{ ...query }]);
    show(record);
    for (const top of tabBar ? [root, tabBar._exparserNode] : [root])
      eachComponentBottomUp(top, (n) =>
        safeCall(() => n.triggerLifeTime && n.triggerLifeTime('ready', []), null, [], `${route}#ready`),
      );
    callPage(record, 'onReady');
    record.stats.renderMs = Date.now() - started;
    if (onPageCreated) onPageCreated(record);
    return record;
  }

  /**
   * Runs a route change after those already queued.
   * @template T
   * @param {() => T} fn
   * @returns {Promise<T>}
   */
  function enqueue(fn) {
    const run = track(queue.then(() => new Promise((resolve) => setTimeout(resolve, 0))).then(fn));
    queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  return {
    stack,
    tabAlive,
    RouteError,
    EventChannel,
    MAX_STACK,
    /** @param {number} id */
    byId: (id) => byId.get(id) || null,
    current: () => stack[stack.length - 1] || null,
    /** What `getCurrentPages()` answers: the stack, then the page being opened (see openingRecord). */
    pages: () => (openingRecord && !stack.includes(openingRecord) ? [...stack, openingRecord] : stack),
    /** @param {string} url */
    validate: (/** @type {string} */ api, /** @type {string} */ url) => target(api, url),
    /**
     * Opens the first page (app launch).
     * @param {string} route
     * @param {Record<string, string>} query
     */
    launch(route, query) {
      const record = open(route, query, null);
      stack.push(record);
      return record;
    },
    /**
     * @param {string} url
     * @param {EventChannel | null} channel
     */
    navigateTo(url, channel) {
      const t = target('navigateTo', url);
      if (config.tabPages.has(t.route)) throw new RouteError('navigateTo:fail can not navigateTo a tabbar page');
      if (stack.length >= MAX_STACK) throw new RouteError('navigateTo:fail webview count limit exceed');
      return enqueue(() => {
        // Checked again when it runs: navigations queued together must not pass the limit either.
        if (stack.length >= MAX_STACK) throw new RouteError('navigateTo:fail webview count limit exceed');
        const top = stack[stack.length - 1];
        if (top) hide(top);
        let record;
        try {
          record = open(t.route, t.query, channel);
        } catch (err) {
          if (top) show(top);
          throw err;
        }
        stack.push(record);
        return record;
      });
    },
    /** @param {string} url */
    redirectTo(url) {
      const t = target('redirectTo', url);
      if (config.tabPages.has(t.route)) throw new RouteError('redirectTo:fail can not redirectTo a tabbar page');
      return enqueue(() => {
        const top = stack.pop();
        if (top) unload(top);
        const record = open(t.route, t.query, null);
        stack.push(record);
        return record;
      });
    },
    /** @param {number} delta */
    navigateBack(delta) {
      const n = Math.min(Math.max(1, Math.floor(Number(delta) || 1)), stack.length - 1);
      if (stack.length <= 1) throw new RouteError('navigateBack:fail cannot navigate back at first page.');
      return enqueue(() => {
        for (let i = 0; i < n; i += 1) {
          const top = stack.pop();
          if (top) unload(top);
        }
        const top = stack[stack.length - 1];
        show(top);
        return top;
      });
    },
    /** @param {string} url */
    switchTab(url) {
      const t = target('switchTab', url.split('?')[0]);
      if (!config.tabPages.has(t.route)) throw new RouteError('switchTab:fail can not switch to no-tabBar page');
      return enqueue(() => {
        const top = stack[stack.length - 1];
        if (top && top.route === t.route && stack.length === 1) return top;
        while (stack.length) {
          const p = /** @type {PageRecord} */ (stack.pop());
          if (p.isTab) hide(p);
          else unload(p);
        }
        const alive = tabAlive.get(t.route);
        let record;
        if (alive) {
          record = alive;
          show(record);
        } else {
          record = open(t.route, {}, null);
        }
        stack.push(record);
        return record;
      });
    },
    /** @param {string} url */
    reLaunch(url) {
      const t = target('reLaunch', url);
      return enqueue(() => {
        while (stack.length) unload(/** @type {PageRecord} */ (stack.pop()));
        for (const p of [...tabAlive.values()]) unload(p);
        const record = open(t.route, t.query, null);
        stack.push(record);
        return record;
      });
    },
    /** The page code runs for now: the one being opened or unloaded, else the top of the stack (0 when none). */
    activePageId() {
      if (opening) return opening;
      if (closing) return closing.id;
      const top = stack[stack.length - 1];
      return top ? top.id : 0;
    },
    /** The route of the page being opened or unloaded now, or ''. */
    changingRoute() {
      if (opening) return openingRoute;
      return closing ? closing.route : '';
    },
    /** The route of that page ('' when none). */
    activeRoute() {
      if (opening) return openingRoute;
      if (closing) return closing.route;
      const top = stack[stack.length - 1];
      return top ? top.route : '';
    },
    /** Unloads every page (app exit). */
    destroy() {
      while (stack.length) unload(/** @type {PageRecord} */ (stack.pop()));
      for (const p of [...tabAlive.values()]) unload(p);
    },
    tree,
  };
}

module.exports = { createRouter, RouteError, EventChannel, MAX_STACK };
