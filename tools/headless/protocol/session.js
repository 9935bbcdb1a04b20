// @ts-check
/**
 * The automator protocol, as the official `miniprogram-automator` client speaks it: JSON frames
 * `{ id, method, params }` answered by `{ id, result }` or `{ id, error: { message } }`, and events
 * `{ method, params }` without an id (App.logAdded, App.exceptionThrown, App.bindingCalled).
 * One session per connection; the app itself lives in an {@link AppHolder} shared by every connection.
 * Transport-free (no Node API): the server (../server.js) feeds it text frames and sends what it returns.
 *
 * Methods that change the app (taps, input, setData, callMethod, wx calls, evaluate) answer after the
 * runtime settles (API callbacks delivered, route changes done), so a test sees their effect at once.
 */

const { compileDeclaration } = require('./functions');
const { createElementRegistry } = require('./elements');
const { createInteractions } = require('./interactions');
const { isSyncApi } = require('../runtime/wx/api');
const { toPlain } = require('../runtime/index');
const { createMeasure } = require('../runtime/layout');

/** @typedef {ReturnType<import('../runtime/index').createRuntime>} Runtime */
/** @typedef {import('../runtime/types').PageRecord} PageRecord */
/** @typedef {import('../runtime/types').ExpNode} ExpNode */

/**
 * What a session needs from whoever owns the app.
 * @typedef {object} AppHolder
 * @property {() => Promise<Runtime>} get The running app, launching it first if needed.
 * @property {() => Promise<void>} exit Closes the app (the next `get` launches a fresh one; storage survives).
 * @property {() => { SDKVersion: string, version: string }} info
 * @property {((runtime: Runtime) => Promise<string>) | null} screenshot A PNG as base64, when a renderer is available.
 * @property {(fn: (runtime: Runtime) => void) => () => void} [onLaunching] Calls `fn` with each new app before it
 *   launches (so a session reports the exceptions of its launch, e.g. a share card opened in a relaunched app);
 *   returns the unsubscribe function.
 */

const NOT_SUPPORTED = (/** @type {string} */ what) =>
  new Error(`${what} is not supported by the headless runtime (see docs/headless-devtools.md)`);

/**
 * @param {unknown} value
 * @param {string} path Like 'a.b[0].c'.
 */
function getPath(value, path) {
  let cur = value;
  for (const part of path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean)) {
    if (cur === null || cur === undefined) return undefined;
    cur = /** @type {Record<string, unknown>} */ (cur)[part];
  }
  return cur;
}

/**
 * A result as JSON carries it (undefined stays undefined, so the client sees undefined too).
 * @param {unknown} v
 */
const plain = (v) => (v === undefined ? undefined : toPlain(v));

/** @param {unknown} v */
const params = (v) => /** @type {Record<string, unknown>} */ (v && typeof v === 'object' ? v : {});

/**
 * @param {object} deps
 * @param {AppHolder} deps.holder
 * @param {(frame: string) => void} deps.send
 * @param {() => void} [deps.close] Closes this connection (Tool.close).
 */
function createSession({ holder, send, close }) {
  let logEnabled = false;
  /** @type {Set<string>} */
  const bindings = new Set();
  /** @type {Runtime | null} */
  let attached = null;
  /** @type {(() => void) | null} */
  let detach = null;
  /** @type {ReturnType<typeof createElementRegistry> | null} */
  let elements = null;
  /** @type {ReturnType<typeof createInteractions> | null} */
  let interactions = null;

  /** @param {string} method @param {unknown} data */
  const event = (method, data) => send(JSON.stringify({ method, params: data }));

  /** Attaches this session's listeners and element handles to an app. @param {Runtime} rt */
  function attach(rt) {
    if (rt === attached) return;
    if (detach) detach();
    attached = rt;
    elements = createElementRegistry(rt);
    interactions = createInteractions(rt.exparser, rt.tree);
    detach = rt.on((e) => {
      if (e.type === 'log' && logEnabled) event('App.logAdded', e.data);
      if (e.type === 'exception') event('App.exceptionThrown', e.data);
    });
  }
  // An app launched by someone else (App.exit then another session's call, a share card opened through the Node API)
  // reports what its launch throws to this session too.
  const unsubscribe = holder.onLaunching ? holder.onLaunching(attach) : () => undefined;

  /** The running app, with this session's listeners and element handles attached to it. */
  async function app() {
    const rt = await holder.get();
    attach(rt);
    return rt;
  }
  const els = () => /** @type {ReturnType<typeof createElementRegistry>} */ (elements);
  const act = () => /** @type {ReturnType<typeof createInteractions>} */ (interactions);

  /**
   * Names a declaration sent by the client can use.
   * @param {Runtime} rt
   */
  const scope = (rt) => () => {
    /** @type {Record<string, unknown>} */
    const names = { ...rt.globals };
    for (const name of bindings) {
      names[name] = (/** @type {unknown[]} */ ...args) => event('App.bindingCalled', { name, args: args.map(toPlain) });
    }
    return names;
  };

  /** @param {PageRecord} page */
  const pageInfo = (page) => ({ pageId: page.id, path: page.route, query: { ...page.query } });

  /**
   * @param {Runtime} rt
   * @param {ExpNode[]} scopes
   * @param {string} selector
   * @param {number} pageId
   * @param {boolean} all
   */
  function query(rt, scopes, selector, pageId, all) {
    if (typeof selector !== 'string') throw new Error('selector must be a string');
    for (const s of scopes) {
      const found = rt.tree.querySelectorAll(s, selector, !all);
      if (found.length) return found.map((n) => els().describe(n, pageId));
    }
    return [];
  }

  /**
   * Reads DOM-like properties (what `element.text()`, `size()`, `value()` ask for).
   * @param {Runtime} rt
   * @param {ExpNode} node
   * @param {string} name
   */
  function domProperty(rt, node, name) {
    if (name === 'innerText' || name === 'textContent') return rt.tree.text(node);
    if (node.__propPublic && node.__propPublic[name]) return toPlain(rt.tree.prop(node, name));
    const dom = /** @type {Record<string, unknown> | null} */ (/** @type {unknown} */ (node.$$ || null));
    if (!dom) return null;
    const v = dom[name];
    return v === undefined || typeof v === 'function' ? null : toPlain(v);
  }

  /**
   * @param {ExpNode} node
   * @param {string} name
   */
  function style(node, name) {
    const dom = /** @type {HTMLElement | null} */ (node.$$ && 'style' in node.$$ ? node.$$ : null);
    if (!dom || !dom.ownerDocument || !dom.ownerDocument.defaultView) return '';
    const dashed = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    const computed = dom.ownerDocument.defaultView.getComputedStyle(dom).getPropertyValue(dashed);
    return computed || dom.style.getPropertyValue(dashed) || '';
  }

  /**
   * @param {Runtime} rt
   * @param {string} method
   * @param {unknown[]} args
   */
  async function callWx(rt, method, args) {
    const fn = /** @type {Function} */ (/** @type {Record<string, unknown>} */ (rt.wx.wx)[method]);
    if (isSyncApi(method)) return fn(...args);
    const opts = params(args[0]);
    return new Promise((resolve, reject) => {
      fn({
        ...opts,
        /** @param {unknown} res */
        success: (res) => resolve(res),
        /** @param {{ errMsg?: string }} res */
        fail: (res) => reject(new Error((res && res.errMsg) || `${method}:fail`)),
      });
    });
  }

  /**
   * @param {Runtime} rt
   * @param {Record<string, unknown>} target
   * @param {string} method
   * @param {unknown[]} args
   * @param {string} what
   */
  async function callMethod(rt, target, method, args, what) {
    const fn = target[method];
    if (typeof fn !== 'function') throw new Error(`${what}.${method} is not a function`);
    const result = await fn.apply(target, args);
    await rt.settle();
    return { result: plain(result) };
  }

  /** @type {Record<string, (p: Record<string, unknown>) => Promise<unknown>>} */
  const handlers = {
    // ---------- Tool ----------
    'Tool.getInfo': async () => holder.info(),
    'Tool.close': async () => {
      if (close) setTimeout(close, 10);
      return {};
    },
    'Tool.getTestAccounts': async () => ({ accounts: [] }),
    'Tool.enableRemoteDebug': async () => {
      throw NOT_SUPPORTED('Tool.enableRemoteDebug (remote debugging on a phone)');
    },
    'Tool.native': async (p) => {
      const rt = await app();
      const method = String(p.method || '');
      const data = params(p.data);
      if (method === 'confirmModal' || method === 'cancelModal') {
        if (!rt.ui.answerModal(method === 'confirmModal')) throw new Error(`${method}: no modal is open`);
      } else if (method === 'switchTab') {
        // A tap on the tab bar: switch, then the page's onTabItemTap, as WeChat calls it for a tab tap.
        await callWx(rt, 'switchTab', [{ url: data.url }]);
        const page = rt.router.current();
        const list = rt.config.tabBar ? rt.config.tabBar.list : [];
        const index = page ? list.findIndex((t) => t.pagePath === page.route) : -1;
        if (page && index >= 0)
          rt.callPage(page, 'onTabItemTap', [{ index, pagePath: page.route, text: list[index].text }]);
      } else if (method === 'navigateLeft') await callWx(rt, 'navigateBack', [{ delta: 1 }]);
      else if (method === 'goHome') await callWx(rt, 'reLaunch', [{ url: `/${rt.config.entry}` }]);
      else throw NOT_SUPPORTED(`native().${method}`);
      await rt.settle();
      return {};
    },

    // ---------- App ----------
    'App.getPageStack': async () => {
      const rt = await app();
      return { pageStack: rt.router.stack.map(pageInfo) };
    },
    'App.getCurrentPage': async () => {
      const rt = await app();
      const page = rt.router.current();
      // No page (the launch page or a reLaunch target failed to open): an empty path, not an error, because the
      // official client's own reLaunch/navigateTo ask for the current page first, and must still work then.
      if (!page) return { pageId: 0, path: '', query: {} };
      return pageInfo(page);
    },
    'App.callWxMethod': async (p) => {
      const rt = await app();
      if (p.pluginId) throw NOT_SUPPORTED('plugin wx methods');
      const method = String(p.method || '');
      if (!method) throw new Error('method is required');
      const result = await callWx(rt, method, Array.isArray(p.args) ? p.args : []);
      await rt.settle();
      return { result: plain(result) };
    },
    'App.mockWxMethod': async (p) => {
      const rt = await app();
      if (p.pluginId) throw NOT_SUPPORTED('plugin wx methods');
      const method = String(p.method || '');
      if (!method) throw new Error('method is required');
      if (typeof p.functionDeclaration === 'string') {
        const fn = compileDeclaration(p.functionDeclaration, scope(rt));
        rt.wx.mock(method, { fn, args: Array.isArray(p.args) ? p.args : [] });
      } else if (Object.prototype.hasOwnProperty.call(p, 'result')) rt.wx.mock(method, { result: p.result });
      else rt.wx.restore(method);
      return {};
    },
    'App.callFunction': async (p) => {
      const rt = await app();
      const fn = compileDeclaration(String(p.functionDeclaration ?? ''), scope(rt));
      const result = await fn(...(Array.isArray(p.args) ? p.args : []));
      await rt.settle();
      return { result: plain(result) };
    },
    'App.captureScreenshot': async () => {
      const rt = await app();
      if (!holder.screenshot) {
        throw new Error(
          'App.captureScreenshot is not supported yet by the headless runtime: screenshots need a browser renderer (see docs/headless-devtools.md)',
        );
      }
      return { data: await holder.screenshot(rt) };
    },
    'App.exit': async () => {
      await holder.exit();
      return {};
    },
    'App.enableLog': async () => {
      logEnabled = true;
      return {};
    },
    'App.addBinding': async (p) => {
      const name = String(p.name || '');
      if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`invalid binding name "${name}"`);
      bindings.add(name);
      return {};
    },

    // ---------- Page ----------
    'Page.getElement': async (p) => {
      const rt = await app();
      const page = els().page(p.pageId);
      const found = query(rt, [/** @type {ExpNode} */ (page.root.shadowRoot)], String(p.selector), page.id, false);
      if (!found.length) throw new Error(`element "${String(p.selector)}" not found on ${page.route}`);
      return found[0];
    },
    'Page.getElements': async (p) => {
      const rt = await app();
      const page = els().page(p.pageId);
      return {
        elements: query(rt, [/** @type {ExpNode} */ (page.root.shadowRoot)], String(p.selector), page.id, true),
      };
    },
    'Page.getElementByXpath': async () => {
      throw NOT_SUPPORTED('XPath selectors');
    },
    'Page.getElementsByXpath': async () => {
      throw NOT_SUPPORTED('XPath selectors');
    },
    'Page.getData': async (p) => {
      await app();
      const page = els().page(p.pageId);
      const data = page.instance.data;
      return { data: plain(typeof p.path === 'string' && p.path ? getPath(data, p.path) : data) };
    },
    'Page.setData': async (p) => {
      const rt = await app();
      const page = els().page(p.pageId);
      page.instance.setData(params(p.data));
      await rt.settle();
      return {};
    },
    'Page.callMethod': async (p) => {
      const rt = await app();
      const page = els().page(p.pageId);
      return callMethod(
        rt,
        page.instance,
        String(p.method || ''),
        Array.isArray(p.args) ? p.args : [],
        `page ${page.route}`,
      );
    },
    'Page.getWindowProperties': async (p) => {
      const rt = await app();
      const page = els().page(p.pageId);
      const info = rt.system.getWindowInfo();
      const scroll = page.scrollTop;
      const height = Math.max(info.windowHeight, page.container.scrollHeight || 0);
      const win = {
        innerWidth: info.windowWidth,
        innerHeight: info.windowHeight,
        scrollX: 0,
        scrollY: scroll,
        pageXOffset: 0,
        pageYOffset: scroll,
        devicePixelRatio: info.pixelRatio,
        document: {
          title: page.navigationBarTitle || '',
          documentElement: {
            scrollWidth: info.windowWidth,
            scrollHeight: height,
            clientWidth: info.windowWidth,
            clientHeight: info.windowHeight,
            scrollTop: scroll,
            scrollLeft: 0,
          },
          body: { scrollWidth: info.windowWidth, scrollHeight: height, scrollTop: scroll, scrollLeft: 0 },
        },
      };
      const names = Array.isArray(p.names) ? p.names : [];
      return { properties: names.map((n) => toPlain(getPath(win, String(n))) ?? null) };
    },

    // ---------- Element ----------
    'Element.getElement': async (p) => {
      const rt = await app();
      const { node, page } = els().resolve(p);
      const found = query(rt, els().scopesOf(node), String(p.selector), page.id, false);
      if (!found.length) throw new Error(`element "${String(p.selector)}" not found in ${rt.tree.tagName(node)}`);
      return found[0];
    },
    'Element.getElements': async (p) => {
      const rt = await app();
      const { node, page } = els().resolve(p);
      return { elements: query(rt, els().scopesOf(node), String(p.selector), page.id, true) };
    },
    'Element.getDOMProperties': async (p) => {
      const rt = await app();
      const { node } = els().resolve(p);
      const names = Array.isArray(p.names) ? p.names : [];
      return { properties: names.map((n) => domProperty(rt, node, String(n))) };
    },
    'Element.getProperties': async (p) => {
      const rt = await app();
      const { node } = els().resolve(p);
      const names = Array.isArray(p.names) ? p.names : [];
      return { properties: names.map((n) => toPlain(rt.tree.prop(node, String(n))) ?? null) };
    },
    'Element.getAttributes': async (p) => {
      const rt = await app();
      const { node } = els().resolve(p);
      const attrs = rt.tree.attributes(node);
      const names = Array.isArray(p.names) ? p.names : [];
      return {
        attributes: names.map((n) => {
          const v = attrs.get(String(n));
          if (v === undefined || v === null || v === false) return null;
          return typeof v === 'object' ? JSON.stringify(v) : String(v);
        }),
      };
    },
    'Element.getStyles': async (p) => {
      await app();
      const { node } = els().resolve(p);
      const names = Array.isArray(p.names) ? p.names : [];
      return { styles: names.map((n) => style(node, String(n))) };
    },
    'Element.getWXML': async (p) => {
      const rt = await app();
      const { node } = els().resolve(p);
      return { wxml: rt.tree.wxml(node, p.type === 'outer') };
    },
    'Element.getOffset': async (p) => {
      const rt = await app();
      const { node, page } = els().resolve(p);
      const dom = /** @type {HTMLElement | null} */ (node.$$ && 'getBoundingClientRect' in node.$$ ? node.$$ : null);
      const info = rt.system.getWindowInfo();
      // The DOM's own layout where it has one (a browser), else the runtime's estimate (runtime/layout.js).
      const r = dom ? createMeasure({ width: info.windowWidth, height: info.windowHeight })(dom) : { left: 0, top: 0 };
      return { left: r.left, top: r.top + page.scrollTop };
    },
    'Element.tap': async (p) => {
      const rt = await app();
      const { node } = els().resolve(p);
      act().tap(node);
      await rt.settle();
      return {};
    },
    'Element.longpress': async (p) => {
      const rt = await app();
      const { node } = els().resolve(p);
      act().longpress(node);
      await rt.settle();
      return {};
    },
    'Element.touchstart': async (p) => touchHandler(p, 'touchstart'),
    'Element.touchmove': async (p) => touchHandler(p, 'touchmove'),
    'Element.touchend': async (p) => touchHandler(p, 'touchend'),
    'Element.touchcancel': async (p) => touchHandler(p, 'touchcancel'),
    'Element.triggerEvent': async (p) => {
      const rt = await app();
      const { node } = els().resolve(p);
      const type = String(p.type || '');
      if (!type) throw new Error('type is required');
      act().fire(node, type, p.detail === undefined ? {} : p.detail);
      await rt.settle();
      return {};
    },
    'Element.dispatchEvent': async (p) => {
      const rt = await app();
      const { node } = els().resolve(p);
      const type = String(p.eventName || '');
      if (!type) throw new Error('eventName is required');
      act().fire(node, type, p.detail === undefined ? {} : p.detail, {
        bubbles: true,
        touches: p.touches,
        changedTouches: p.changeTouches ?? p.changedTouches,
      });
      await rt.settle();
      return {};
    },
    'Element.callFunction': async (p) => {
      const rt = await app();
      const { node } = els().resolve(p);
      const name = String(p.functionName || '');
      const fn = act().functions[name];
      if (!fn) throw new Error(`Element.callFunction: "${name}" is not supported by the headless runtime`);
      const result = fn(node, Array.isArray(p.args) ? p.args : []);
      await rt.settle();
      return { result: plain(result) };
    },
    'Element.callContextMethod': async () => {
      throw NOT_SUPPORTED('context methods of native components (video, map, …)');
    },
    'Element.getData': async (p) => {
      const rt = await app();
      const { node } = els().resolve(p);
      const data = rt.exparser.Element.getMethodCaller(node).data;
      return { data: plain(typeof p.path === 'string' && p.path ? getPath(data, p.path) : data) };
    },
    'Element.setData': async (p) => {
      const rt = await app();
      const { node } = els().resolve(p);
      rt.exparser.Element.getMethodCaller(node).setData(params(p.data));
      await rt.settle();
      return {};
    },
    'Element.callMethod': async (p) => {
      const rt = await app();
      const { node } = els().resolve(p);
      const caller = /** @type {Record<string, unknown>} */ (
        /** @type {unknown} */ (rt.exparser.Element.getMethodCaller(node))
      );
      return callMethod(rt, caller, String(p.method || ''), Array.isArray(p.args) ? p.args : [], rt.tree.tagName(node));
    },
  };

  /**
   * @param {Record<string, unknown>} p
   * @param {'touchstart' | 'touchmove' | 'touchend' | 'touchcancel'} type
   */
  async function touchHandler(p, type) {
    const rt = await app();
    const { node } = els().resolve(p);
    act().touch(node, type, p);
    await rt.settle();
    return {};
  }

  /**
   * Handles one text frame; replies through `send`. Never throws.
   * @param {string} text
   */
  async function handle(text) {
    /** @type {unknown} */
    let msg;
    try {
      msg = JSON.parse(text);
    } catch (err) {
      send(
        JSON.stringify({
          id: null,
          error: { message: `invalid JSON frame: ${err instanceof Error ? err.message : String(err)}` },
        }),
      );
      return;
    }
    const m = params(msg);
    const id = typeof m.id === 'string' || typeof m.id === 'number' ? m.id : null;
    if (id === null || Array.isArray(msg)) {
      send(
        JSON.stringify({
          id: null,
          error: { message: 'invalid frame: expected an object with an "id" and a "method"' },
        }),
      );
      return;
    }
    const method = typeof m.method === 'string' ? m.method : '';
    const handler = Object.prototype.hasOwnProperty.call(handlers, method) ? handlers[method] : undefined;
    if (!handler) {
      send(
        JSON.stringify({
          id,
          error: { message: method ? `unknown method ${method}` : 'invalid frame: "method" must be a string' },
        }),
      );
      return;
    }
    try {
      const result = await handler(params(m.params));
      let body;
      try {
        body = JSON.stringify({ id, result: result ?? {} });
      } catch (err) {
        throw new Error(
          `${method}: the result cannot be sent as JSON (${err instanceof Error ? err.message : String(err)})`,
        );
      }
      send(body);
    } catch (err) {
      send(JSON.stringify({ id, error: { message: err instanceof Error ? err.message : String(err) } }));
    }
  }

  function dispose() {
    unsubscribe();
    if (detach) detach();
    detach = null;
    attached = null;
  }

  return { handle, dispose, methods: Object.keys(handlers) };
}

module.exports = { createSession };
