// @ts-check
/**
 * The browser preview's entry: starts the headless runtime (tools/headless/runtime, the same one the automator tests
 * drive) in this page, over j-component and miniprogram-exparser, with the app compiled by wcc/wcsc (window.__RL_APP__),
 * and draws the phone around it (shell.js). Pages render into the phone's window; taps, typing, toasts, dialogs,
 * navigation, the tab bar and the theme behave as in WeChat.
 *
 * The URL says what to open: `#/pages/lesson/index?id=x` (default: the app's first page). Query options:
 * `bare=1` (only the phone, for screenshots), `theme=light|dark` (force the theme), `lang=en` (system language).
 * `window.__RLW__` lets scripts (screenshots, the e2e test, App.captureScreenshot) wait for the page and read state.
 */

const jComponent = require('j-component');
const jUtils = require('j-component/src/tool/utils');
const jRender = require('j-component/src/render/render');
const jTransform = require('j-component/src/template/transform');
const exparser = require('miniprogram-exparser');
const { createRuntime } = require('../../headless/runtime/index');
const { isBuiltin } = require('../../headless/runtime/builtins');
const { installWxss, transformInlineRpx } = require('./styles');
const { withBuiltinViews } = require('./builtins');
const { installPointer } = require('./pointer');
const { createShell } = require('./shell');
const { createBrowserHost } = require('./browser-host');
const { createThemeState, themed } = require('./theme');
const { installVantIcons } = require('./vant-icons');
const { installDevice, windowInfo } = require('./device');

/** @typedef {import('./browser-host').CompiledApp} CompiledApp */
/** @typedef {import('../../headless/runtime/types').PageRecord} PageRecord */

const params = new URLSearchParams(window.location.search);
const desk = /** @type {HTMLElement} */ (document.getElementById('rlw-desk') || document.body);
if (params.get('bare') === '1') document.body.classList.add('rlw-bare');

/** @param {unknown} err */
function showFatal(err) {
  const pre = document.createElement('pre');
  pre.className = 'rlw-error';
  pre.setAttribute('role', 'alert');
  pre.textContent = err instanceof Error ? `${err.message}\n\n${err.stack || ''}` : String(err);
  (document.querySelector('.rlw-phone') || document.body).appendChild(pre);
}

/** The launch target from the hash: `#/pages/x/index?a=1`. */
function launchTarget() {
  const hash = decodeURIComponent(window.location.hash.replace(/^#\/?/, ''));
  if (!hash) return null;
  const q = hash.indexOf('?');
  const path = q < 0 ? hash : hash.slice(0, q);
  /** @type {Record<string, string>} */
  const query = {};
  if (q >= 0) for (const [k, v] of new URLSearchParams(hash.slice(q + 1))) query[k] = v;
  return { path, query };
}

/**
 * Starts everything. Returns the control object published as window.__RLW__.
 * @param {CompiledApp} app
 */
async function start(app) {
  const w = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (window));
  // wcc-generated templates produce the tree format j-component reads when this is set (as in simulate).
  w.__webview_engine_version__ = 0.02;
  // rpx in inline styles (style="width: 100rpx"), converted as wcsc converts stylesheets.
  /** @type {{ transformRpx: (s: string) => string }} */ (jUtils).transformRpx = transformInlineRpx;

  const pages = new Set(
    /** @type {string[]} */ ([
      .../** @type {string[]} */ (app.appJson.pages || []),
      .../** @type {{ root: string, pages?: string[] }[]} */ (
        app.appJson.subpackages || app.appJson.subPackages || []
      ).flatMap((s) => (s.pages || []).map((p) => `${s.root.replace(/\/+$/, '')}/${p}`)),
    ]),
  );
  const styles = installWxss(window, app.wxss, (p) => pages.has(p));
  installVantIcons(document);
  const theme = createThemeState(window, params.get('theme'));
  styles.manager.setScheme(theme.forced());

  const shell = createShell(document, desk, {
    onBack: () => runtime.wx.api.navigateBack({ delta: 1 }),
    onHome: () => runtime.wx.api.reLaunch({ url: `/${runtime.config.entry}` }),
    onTab: (i) => {
      const tab = runtime.config.tabBar && runtime.config.tabBar.list[i];
      if (!tab) return;
      // A tap on the tab bar: switch, then the page's onTabItemTap, as WeChat calls it (also on the current tab).
      runtime.wx.api.switchTab({
        url: `/${tab.pagePath}`,
        success: () => {
          const p = runtime.router.current();
          if (p && p.route === tab.pagePath) {
            runtime.callPage(p, 'onTabItemTap', [{ index: i, pagePath: tab.pagePath, text: tab.text }]);
          }
        },
      });
    },
  });

  // j-component as the runtime sees it: built-ins get their browser views, pages and components their WXSS (wcsc) and
  // the `is` attribute WeChat puts on a component's host element (which `:host` rules select).
  const jc =
    /** @type {{ register(def: Record<string, unknown>): string, behavior(d: Record<string, unknown>): string }} */ (
      /** @type {unknown} */ (jComponent)
    );
  const views = withBuiltinViews(
    jc,
    {
      pick: (req) => shell.pick(req),
      resolveSrc: (src) =>
        /^(https?:|data:|blob:)/.test(src) ? src : `/mp/${src.replace(/^\/+/, '').replace(/^(\.\.\/)+/, '')}`,
      warn: (m) => console.warn(`[preview] ${m}`),
      setProp: (node, name, value) =>
        runtime.tree.setProp(/** @type {import('../../headless/runtime/types').ExpNode} */ (node), name, value),
    },
    isBuiltin,
  );
  const framework = Object.create(views);
  /** Components whose template also takes page and app classes (options.addGlobalClass / styleIsolation). */
  const globalClass = new Set();
  const registerElement = exparser.registerElement;
  // j-component always registers with addGlobalClass: false; WeChat honours the component's option (vant sets it),
  // so page styles that target vant's inner classes apply here as on a phone.
  exparser.registerElement = (/** @type {{ is: string, options?: Record<string, unknown> }} */ def) => {
    if (globalClass.has(def.is) && def.options) def.options = { ...def.options, addGlobalClass: true };
    return registerElement.call(exparser, def);
  };
  framework.register = (/** @type {Record<string, unknown>} */ def) => {
    const path = typeof def.path === 'string' ? def.path : '';
    if (path && !isBuiltin(String(def.id))) {
      const options = /** @type {{ classPrefix?: string, addGlobalClass?: boolean, styleIsolation?: string }} */ (
        def.options || {}
      );
      if (options.addGlobalClass || options.styleIsolation === 'apply-shared' || options.styleIsolation === 'shared') {
        globalClass.add(String(def.id));
      }
      const prefix = String(options.classPrefix || '');
      styles.write(path, prefix);
      if (!pages.has(path)) {
        const marker = jc.behavior({
          lifetimes: {
            /** @this {{ _exparserNode: { $$?: HTMLElement } }} */
            created() {
              const dom = this._exparserNode.$$;
              if (dom && dom.setAttribute) dom.setAttribute('is', path);
            },
          },
        });
        def = { ...def, behaviors: [.../** @type {unknown[]} */ (def.behaviors || []), marker] };
      }
    }
    return views.register(def);
  };

  const host = createBrowserHost(app, {
    framework: {
      jComponent: framework,
      exparser,
      internals: { render: jRender, transform: jTransform, utils: jUtils },
    },
    document,
  });
  // The runtime injects a minimal display table for built-ins unless one is there; preview.css has WeChat's own.
  if (!document.querySelector('style[data-wxss="builtins"]')) {
    const placeholder = document.createElement('style');
    placeholder.setAttribute('data-wxss', 'builtins');
    document.head.appendChild(placeholder);
  }
  const target = launchTarget();
  const runtime = createRuntime(host, { launch: target || undefined, quiet: false });
  const pagesRoot = /** @type {HTMLElement} */ (document.getElementById(`headless-${runtime.tag}`));
  pagesRoot.classList.add('rlw-pages');
  // Built-in components look as app.json's "style" says: "v2" is WeChat's newer built-in style, else the legacy one.
  if (app.appJson.style === 'v2') pagesRoot.classList.add('rlw-style-v2');
  shell.window.insertBefore(pagesRoot, shell.overlay);
  installPointer(pagesRoot, exparser);

  /** @type {{ message: string, where?: string }[]} */
  const exceptions = [];
  runtime.on((e) => {
    if (e.type === 'exception') exceptions.push({ message: String(e.data.message), where: String(e.data.where || '') });
  });

  const ui = createUiBridge(runtime, shell, theme, app);
  theme.onChange(() => styles.manager.setScheme(theme.forced()));
  if (!document.body.classList.contains('rlw-bare')) desk.appendChild(createControls(runtime, theme));

  await runtime.launch();
  await runtime.settle();

  const control = {
    runtime,
    exceptions,
    /** Resolves when the runtime is idle and the page has been drawn. */
    async idle() {
      await runtime.settle();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(undefined))));
      ui.sync();
      await document.fonts.ready;
    },
    route: () => {
      const p = runtime.router.current();
      return p ? p.route : '';
    },
    stack: () => runtime.router.stack.map((p) => ({ route: p.route, query: { ...p.query } })),
    /** @param {Record<string, unknown>} data  sets data on the current page (App.captureScreenshot replays state) */
    setPageData(data) {
      const p = runtime.router.current();
      if (p) p.instance.setData(data);
    },
  };
  return control;
}

/**
 * Keeps the shell in step with the runtime: the navigation bar and tab bar of the page on top, toasts and dialogs
 * (shown by the runtime's wx, answered here by the person), page scrolling, the theme, the address bar.
 * @param {ReturnType<typeof createRuntime>} runtime
 * @param {ReturnType<typeof createShell>} shell
 * @param {ReturnType<typeof createThemeState>} theme
 * @param {CompiledApp} app
 */
function createUiBridge(runtime, shell, theme, app) {
  const api = /** @type {Record<string, Function>} */ (runtime.wx.api);
  /** @type {Map<number, { color?: { frontColor?: string, backgroundColor?: string }, loading?: boolean }>} */
  const navState = new Map();
  // The page being opened (wx calls from its onLoad apply to it), else the top of the stack.
  const top = () => runtime.router.byId(runtime.router.activePageId()) || runtime.router.current();

  // What the runtime's wx records without drawing, drawn here.
  /**
   * @param {string} name
   * @param {(o: Record<string, unknown>) => void} before
   */
  const tap = (name, before) => {
    const original = api[name];
    if (typeof original !== 'function') return;
    api[name] = (/** @type {Record<string, unknown>} */ o = {}) => {
      before(o || {});
      return original(o);
    };
  };
  /** @param {(s: { color?: { frontColor?: string, backgroundColor?: string }, loading?: boolean }) => void} fn */
  const editNav = (fn) => {
    const p = top();
    if (!p) return;
    const s = navState.get(p.id) || {};
    fn(s);
    navState.set(p.id, s);
  };
  tap('setNavigationBarColor', (o) =>
    editNav((s) => {
      s.color = { frontColor: String(o.frontColor || ''), backgroundColor: String(o.backgroundColor || '') };
    }),
  );
  tap('showNavigationBarLoading', () => editNav((s) => (s.loading = true)));
  tap('hideNavigationBarLoading', () => editNav((s) => (s.loading = false)));
  tap('pageScrollTo', (o) => {
    const p = top();
    if (p)
      p.container.scrollTo({ top: Number(o.scrollTop) || 0, behavior: Number(o.duration) === 0 ? 'auto' : 'smooth' });
  });
  /** @type {Map<string, Record<string, unknown>>} */
  const pageJson = new Map();
  /** @param {string} route */
  const jsonOf = (route) => {
    let j = pageJson.get(route);
    if (!j) {
      try {
        j = JSON.parse(app.json[`${route}.json`] || '{}');
      } catch {
        j = {};
      }
      pageJson.set(route, /** @type {Record<string, unknown>} */ (j));
    }
    return /** @type {Record<string, unknown>} */ (j);
  };

  installDevice(api, {
    page: () => {
      const p = top();
      if (!p) return { isTab: false, customNav: false };
      const win = /** @type {Record<string, unknown>} */ (app.appJson.window || {});
      const style = jsonOf(p.route).navigationStyle || win.navigationStyle;
      return { isTab: p.isTab, customNav: style === 'custom' };
    },
    theme: () => theme.current(),
    language: () => theme.language(),
  });

  /** @type {WeakSet<HTMLElement>} */
  const scrollWatched = new WeakSet();
  /** Pages whose bottom was reached (onReachBottom fires once per arrival). @type {WeakSet<PageRecord>} */
  const atBottom = new WeakSet();
  /** @param {PageRecord} p */
  const watchScroll = (p) => {
    if (scrollWatched.has(p.container)) return;
    scrollWatched.add(p.container);
    p.container.classList.add('rlw-page-frame');
    // vh / vw in the page's WXSS measure this page's window (see styles.js).
    const win = /** @type {Record<string, unknown>} */ (app.appJson.window || {});
    const custom = (jsonOf(p.route).navigationStyle || win.navigationStyle) === 'custom';
    const size = windowInfo({ isTab: p.isTab, customNav: custom });
    p.container.style.setProperty('--rlw-vh', `${size.windowHeight / 100}px`);
    p.container.style.setProperty('--rlw-vw', `${size.windowWidth / 100}px`);
    p.container.addEventListener('scroll', () => {
      p.scrollTop = p.container.scrollTop;
      runtime.callPage(p, 'onPageScroll', [{ scrollTop: p.container.scrollTop }]);
      const near = p.container.scrollTop + p.container.clientHeight >= p.container.scrollHeight - 50;
      if (near && !atBottom.has(p)) runtime.callPage(p, 'onReachBottom', []);
      if (near) atBottom.add(p);
      else atBottom.delete(p);
    });
  };

  /** @type {unknown} */
  let lastModal = null;
  /** @type {unknown} */
  let lastSheet = null;
  /** @type {unknown} */
  let lastToast = null;
  let lastKey = '';

  const sync = () => {
    const p = top();
    const vars = theme.vars(app.theme);
    const win = /** @type {Record<string, unknown>} */ (themed(app.appJson.window || {}, vars));
    if (p) {
      watchScroll(p);
      const pj = /** @type {Record<string, unknown>} */ (themed(jsonOf(p.route), vars));
      const merged = { ...win, ...pj };
      const s = navState.get(p.id) || {};
      const stack = runtime.router.stack;
      shell.setNavBar({
        title: p.navigationBarTitle !== undefined ? p.navigationBarTitle : String(merged.navigationBarTitleText || ''),
        backgroundColor:
          (s.color && s.color.backgroundColor) || String(merged.navigationBarBackgroundColor || '#000000'),
        textStyle:
          (s.color && s.color.frontColor
            ? s.color.frontColor.toLowerCase() === '#ffffff'
              ? 'white'
              : 'black'
            : null) || (merged.navigationBarTextStyle === 'black' ? 'black' : 'white'),
        loading: !!s.loading,
        back: stack.length > 1,
        home: stack.length === 1 && !p.isTab && p.route !== runtime.config.entry,
        custom: merged.navigationStyle === 'custom',
      });
      const bg = String(merged.backgroundColor || '');
      shell.window.style.backgroundColor = bg;
      const tb = /** @type {Record<string, unknown> | undefined} */ (themed(app.appJson.tabBar, vars));
      if (tb && Array.isArray(tb.list)) {
        const st = runtime.state.tabBar;
        /** @type {Record<number, string>} */
        const badges = {};
        const list = /** @type {import('./shell').TabItem[]} */ (tb.list).map((item, i) => {
          if (st[`badge${i}`] !== undefined) badges[i] = String(st[`badge${i}`]);
          else if (st[`dot${i}`]) badges[i] = '';
          return { ...item, .../** @type {object} */ (st[`item${i}`] || {}) };
        });
        const selected = p.isTab ? list.findIndex((t) => t.pagePath.replace(/^\//, '') === p.route) : -1;
        // wx.setTabBarStyle overrides app.json's colours.
        const style = { ...tb, .../** @type {Record<string, unknown>} */ (st.style || {}) };
        const key = JSON.stringify([list, badges, selected, st.hidden, style]);
        if (key !== lastKey) {
          lastKey = key;
          shell.setTabBar({
            list,
            color: String(style.color || '#7A7E83'),
            selectedColor: String(style.selectedColor || '#3cc51f'),
            backgroundColor: String(style.backgroundColor || '#ffffff'),
            borderStyle: String(style.borderStyle || 'black'),
            selected,
            // With tabBar.custom the app's custom-tab-bar component (below the page) is the tab bar, not WeChat's.
            visible: p.isTab && !st.hidden && tb.custom !== true,
            badges,
          });
        }
      }
      const hash = `#/${p.route}${Object.keys(p.query).length ? `?${new URLSearchParams(p.query)}` : ''}`;
      if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
    }

    // Toast and loading share one slot, as on a phone.
    const state = runtime.ui.state;
    const toast = state.loading || state.toast;
    if (toast !== lastToast) {
      lastToast = toast;
      if (!toast) shell.hideToast();
      else {
        const o = /** @type {Record<string, unknown>} */ (toast);
        shell.showToast({
          title: String(o.title ?? ''),
          icon: o.icon === undefined ? undefined : String(o.icon),
          image: o.image ? String(o.image) : undefined,
          mask: !!o.mask,
          loading: toast === state.loading,
          duration: toast === state.loading ? 0 : Number(o.duration ?? 1500) + 1000,
        });
      }
    }
    if (state.modal && state.modal !== lastModal) {
      const modal = state.modal;
      lastModal = modal;
      const o = /** @type {Record<string, unknown>} */ (modal.options);
      shell
        .showModal({
          title: String(o.title || ''),
          content: String(o.content || ''),
          showCancel: o.showCancel !== false,
          cancelText: String(o.cancelText || '取消'),
          cancelColor: o.cancelColor ? String(o.cancelColor) : undefined,
          confirmText: String(o.confirmText || '确定'),
          confirmColor: o.confirmColor ? String(o.confirmColor) : undefined,
          editable: !!o.editable,
          placeholderText: o.placeholderText ? String(o.placeholderText) : undefined,
        })
        .then((res) => {
          if (runtime.ui.state.modal === modal) runtime.ui.answerModal(res.confirm, res.content);
        });
    }
    if (state.actionSheet && state.actionSheet !== lastSheet) {
      const sheet = state.actionSheet;
      lastSheet = sheet;
      const o = /** @type {Record<string, unknown>} */ (sheet.options);
      shell
        .showActionSheet({
          itemList: /** @type {string[]} */ (o.itemList || []).map(String),
          itemColor: o.itemColor ? String(o.itemColor) : undefined,
          alertText: o.alertText ? String(o.alertText) : undefined,
        })
        .then((i) => {
          if (runtime.ui.state.actionSheet === sheet) runtime.ui.answerActionSheet(i < 0 ? null : i);
        });
    }
  };

  const loop = () => {
    if (runtime.isDestroyed()) return;
    try {
      sync();
    } catch (err) {
      console.error('[preview]', err);
    }
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  theme.onChange(() => {
    lastKey = '';
    sync();
  });
  return { sync };
}

/**
 * The panel beside the phone: theme, system language, current page, reset.
 * @param {ReturnType<typeof createRuntime>} runtime
 * @param {ReturnType<typeof createThemeState>} theme
 */
function createControls(runtime, theme) {
  const panel = document.createElement('aside');
  panel.className = 'rlw-controls';
  panel.setAttribute('aria-label', '预览设置 Preview settings');
  panel.innerHTML = `
    <h2>预览 Preview</h2>
    <fieldset><legend>主题 Theme</legend>
      <label><input type="radio" name="rlw-theme" value="system"> 跟随系统 System</label>
      <label><input type="radio" name="rlw-theme" value="light"> 浅色 Light</label>
      <label><input type="radio" name="rlw-theme" value="dark"> 深色 Dark</label>
    </fieldset>
    <fieldset><legend>系统语言 System language</legend>
      <label><input type="radio" name="rlw-lang" value="zh_CN"> 中文</label>
      <label><input type="radio" name="rlw-lang" value="en"> English</label>
    </fieldset>
    <fieldset><legend>当前页面 Page</legend>
      <div class="rlw-route" aria-live="polite"></div>
    </fieldset>
    <fieldset class="rlw-errors" hidden><legend>错误 Errors</legend>
      <ol class="rlw-error-list" aria-live="polite"></ol>
    </fieldset>
    <button type="button" class="rlw-reset">清除数据并重启 Clear data and restart</button>
  `;
  for (const input of Array.from(panel.querySelectorAll('input[name="rlw-theme"]'))) {
    const el = /** @type {HTMLInputElement} */ (input);
    el.checked = el.value === theme.mode();
    el.addEventListener('change', () => theme.set(/** @type {'system' | 'light' | 'dark'} */ (el.value)));
  }
  for (const input of Array.from(panel.querySelectorAll('input[name="rlw-lang"]'))) {
    const el = /** @type {HTMLInputElement} */ (input);
    el.checked = el.value === theme.language();
    el.addEventListener('change', () => {
      const url = new URL(window.location.href);
      if (el.value === 'en') url.searchParams.set('lang', 'en');
      else url.searchParams.delete('lang');
      window.location.assign(url.toString());
    });
  }
  // Exceptions thrown by the mini program's code (also in the browser console), newest last.
  const errorBox = /** @type {HTMLElement} */ (panel.querySelector('.rlw-errors'));
  const errorList = /** @type {HTMLElement} */ (panel.querySelector('.rlw-error-list'));
  runtime.on((e) => {
    if (e.type !== 'exception') return;
    const li = document.createElement('li');
    li.textContent = `${String(e.data.where || '')}: ${String(e.data.message)}`;
    errorList.appendChild(li);
    while (errorList.children.length > 20) errorList.firstElementChild?.remove();
    errorBox.hidden = false;
  });
  const routeEl = /** @type {HTMLElement} */ (panel.querySelector('.rlw-route'));
  const showRoute = () => {
    const p = runtime.router.current();
    const text = p ? `${p.route}${Object.keys(p.query).length ? `?${new URLSearchParams(p.query)}` : ''}` : '';
    if (routeEl.textContent !== text) routeEl.textContent = text;
    if (!runtime.isDestroyed()) window.setTimeout(showRoute, 250);
  };
  showRoute();
  /** @type {HTMLButtonElement} */ (panel.querySelector('.rlw-reset')).addEventListener('click', () => {
    window.localStorage.removeItem('rlw:wx-storage');
    window.location.hash = '';
    window.location.reload();
  });
  return panel;
}

/** @type {CompiledApp | undefined} */
const compiled = /** @type {{ __RL_APP__?: CompiledApp }} */ (/** @type {unknown} */ (window)).__RL_APP__;
const buildError = /** @type {{ __RL_BUILD_ERROR__?: string }} */ (/** @type {unknown} */ (window)).__RL_BUILD_ERROR__;
const ready = compiled
  ? start(compiled)
  : Promise.reject(new Error(buildError || 'The compiled mini program (/app.js) did not load; see the server output.'));
/** @type {Record<string, unknown>} */
const published = { ready };
/** @type {Record<string, unknown>} */ (/** @type {unknown} */ (window)).__RLW__ = published;
ready.then(
  (control) => Object.assign(published, control),
  (err) => {
    published.failed = err instanceof Error ? err.message : String(err);
    console.error(err);
    showFatal(err);
  },
);
