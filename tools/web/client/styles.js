// @ts-check
/**
 * WXSS in the page, the way the WeChat webview does it: the real wcsc output (compiled on the Node side) runs here and
 * writes its CSS through `window.__styleSheetManager2__`, with rpx turned into px by `window.__transformRpx__`.
 *
 * One browser document stands in for WeChat's one-webview-per-page, so:
 * - `page` (which wcsc writes as `body`) becomes the `<page>` element each page renders into;
 * - a page's own rules apply only inside that page (in WeChat they live in that page's webview);
 * - component stylesheets carry the component's class prefix (`prefix--name`, as exparser writes class names), so they
 *   stay isolated as in the real runtime; app.wxss applies to every page.
 */

/** Width of the simulated screen in CSS px; 750 rpx = this width. */
const SCREEN_WIDTH = 375;

/**
 * rpx → px as WeChat's wcsc runtime does it: floor, and never let a non-zero length vanish (1 px minimum; Android rule,
 * which is also what a desktop browser with DPR 1 gets).
 * @param {number} rpx
 * @param {number} [width]
 */
function transformRpx(rpx, width = SCREEN_WIDTH) {
  if (rpx === 0) return 0;
  const px = Math.floor((rpx / 750) * width + 1e-4);
  if (px === 0) return rpx < 0 ? -1 : 1;
  return px;
}

/**
 * Converts rpx inside an inline style (`style="width: 100rpx"`), as the base library does for templates.
 * @param {string} style
 */
function transformInlineRpx(style) {
  return viewportUnits(String(style).replace(/(-?\d*\.?\d+)rpx/gi, (_m, n) => `${transformRpx(Number(n))}px`));
}

/**
 * Splits a selector list at top-level commas (not inside parentheses or brackets).
 * @param {string} list
 */
function splitSelectors(list) {
  /** @type {string[]} */
  const out = [];
  let depth = 0;
  let cur = '';
  for (const c of list) {
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    if (c === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/**
 * Rewrites one selector written by wcsc. wcsc turns WXSS `page` into `body`; here the page is the `<page>` element the
 * runtime renders each page into. With `route`, the rule is limited to that page, without changing its specificity
 * (`:where`), so the cascade between app.wxss, the page's WXSS and components stays as in WeChat.
 * @param {string} selector
 * @param {string | null} route
 */
function adaptSelector(selector, route) {
  const lead = selector.match(/^\s*/)?.[0] ?? '';
  const trail = selector.match(/\s*$/)?.[0] ?? '';
  let s = selector.trim();
  if (!s) return selector;
  const scope = route ? `:where([data-route="${route}"])` : '';
  const bodyRe = /(^|[\s>+~(])body(?=$|[\s.:#[>+~)])/g;
  if (/^body(?=$|[\s.:#[>+~])/.test(s)) {
    s = `page${scope}${s.slice(4)}`;
  } else if (route) {
    s = `:where(page[data-route="${route}"]) ${s}`;
  }
  s = s.replace(bodyRe, '$1page');
  return lead + s + trail;
}

/**
 * Adapts a stylesheet written by wcsc to this single document (see adaptSelector).
 * @param {string} css
 * @param {string | null} [route]  the page a page stylesheet belongs to; null for app.wxss and components
 */
function adaptCss(css, route = null) {
  // Text before a '{' is a selector list or an at-rule prelude; declarations never precede '{'.
  let keyframes = 0;
  return css.replace(/([^{}]*)\{/g, (all, head) => {
    if (/^\s*@/.test(head)) {
      if (/^\s*@(-webkit-)?keyframes/.test(head)) keyframes = 1;
      return all;
    }
    if (keyframes) {
      // Keyframe selectors (from, to, 50%) stay as they are; the block ends at the next at-rule or rule list.
      if (/^\s*(from|to|[\d.]+%)(\s*,\s*(from|to|[\d.]+%))*\s*$/.test(head)) return all;
      keyframes = 0;
    }
    return `${splitSelectors(head)
      .map((sel) => adaptSelector(sel, route))
      .join(',')}{`;
  });
}

/**
 * Viewport units (vh, vw) measure the phone's window, not the browser's: in WeChat 100vh is the page's webview. The
 * preview sets --rlw-vh / --rlw-vw on each page's frame; declarations use them.
 * @param {string} text  declarations (inside a rule block) or an inline style
 */
function viewportUnits(text) {
  return text.replace(/(^|[^\w.-])(-?\d*\.?\d+)(vh|vw|vmin|vmax)\b/gi, (_m, pre, n, unit) => {
    const u = unit.toLowerCase();
    const v = u === 'vmin' ? 'vw' : u === 'vmax' ? 'vh' : u;
    return `${pre}calc(${n} * var(--rlw-${v}, 1${v}))`;
  });
}

/**
 * viewportUnits for every declaration block of a stylesheet (innermost blocks: rules and keyframe steps).
 * @param {string} css
 */
function viewportUnitsInCss(css) {
  return css.replace(/\{([^{}]*)\}/g, (_m, body) => `{${viewportUnits(body)}}`);
}

/**
 * Drops @font-face rules that load from the network (vant's icon font comes from a CDN): the preview makes no
 * requests outside localhost, and the icons are drawn another way (vant-icons.js).
 * @param {string} css
 */
function dropRemoteFonts(css) {
  return css.replace(/@font-face\s*\{[^}]*\}/gi, (rule) => (/url\(\s*['"]?(https?:)?\/\//i.test(rule) ? '' : rule));
}

/**
 * Forces `prefers-color-scheme` media features to one scheme (the preview's theme switch), or leaves them to the
 * browser (null).
 * @param {string} css
 * @param {'light' | 'dark' | null} scheme
 */
function forceColorScheme(css, scheme) {
  if (!scheme) return css;
  return css.replace(/\(\s*prefers-color-scheme\s*:\s*(light|dark)\s*\)/gi, (_m, want) =>
    want.toLowerCase() === scheme ? '(min-width: 0px)' : '(max-width: 0px) and (min-width: 1px)',
  );
}

/**
 * Receives CSS from wcsc's `setCssToHead` rewritors and keeps one <style> per (file, class prefix).
 */
class StyleSheetManager {
  /**
   * @param {Document} doc
   * @param {(path: string) => boolean} isPage  whether a path ('pages/learn/index') is a page of app.json
   */
  constructor(doc, isPage) {
    this.doc = doc;
    this.isPage = isPage;
    /** @type {Map<string, HTMLStyleElement>} */
    this.sheets = new Map();
    /** @type {Map<string, string>} CSS as wcsc wrote it, by key */
    this.raw = new Map();
    /** @type {'light' | 'dark' | null} */
    this.scheme = null;
  }

  /**
   * Forces the color scheme of every sheet (null: follow the browser).
   * @param {'light' | 'dark' | null} scheme
   */
  setScheme(scheme) {
    this.scheme = scheme;
    for (const key of this.raw.keys()) this.render(key);
  }

  /** @param {string} key */
  render(key) {
    const css = this.raw.get(key) ?? '';
    const sep = key.lastIndexOf(':');
    const file = sep < 0 ? key : key.slice(0, sep);
    const suffix = sep < 0 ? '' : key.slice(sep + 1);
    const path = file.replace(/^\.\//, '').replace(/\.wxss$/, '');
    const route = suffix === '' && this.isPage(path) ? path : null;
    const style = this.sheets.get(key);
    if (style) {
      style.textContent = forceColorScheme(viewportUnitsInCss(adaptCss(dropRemoteFonts(css), route)), this.scheme);
    }
  }

  /**
   * Called by wcsc's runtime: key is `${path}:${suffix}`, path is './pages/x/index.wxss'.
   * @param {string} key
   * @param {string} filePath
   */
  addItem(key, filePath) {
    if (this.sheets.has(key)) return;
    const style = this.doc.createElement('style');
    style.setAttribute('wxss:path', filePath || '');
    this.doc.head.appendChild(style);
    this.sheets.set(key, style);
  }

  /**
   * @param {string} key
   * @param {string} css
   */
  setCss(key, css) {
    if (!this.sheets.has(key)) this.addItem(key, key.replace(/:[^:]*$/, ''));
    this.raw.set(key, css);
    this.render(key);
  }
}

/**
 * Installs the hooks wcsc's runtime reads and runs the compiled WXSS module (which writes app.wxss and the `:host`
 * rules at once). Returns a function that writes a page's or component's CSS, once per (file, class prefix).
 * @param {Window & typeof globalThis} win
 * @param {() => (p: string) => ((suffix?: string, opt?: object) => void) | undefined} wxssModule
 * @param {(path: string) => boolean} isPage
 */
function installWxss(win, wxssModule, isPage) {
  const manager = new StyleSheetManager(win.document, isPage);
  const w = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (win));
  w.__styleSheetManager2__ = manager;
  w.__transformRpx__ = (/** @type {number} */ n) => transformRpx(n);
  w.__checkDeviceWidth__ = () => {};
  const lookup = wxssModule();
  /** @type {Set<string>} */
  const written = new Set();
  /**
   * @param {string} path  component or page path without extension, e.g. 'pages/learn/index'
   * @param {string} prefix  exparser class prefix ('' for pages)
   * @returns {boolean} whether the file has WXSS
   */
  const write = (path, prefix) => {
    const file = `./${path}.wxss`;
    const key = `${file}:${prefix}`;
    if (written.has(key)) return true;
    const rewritor = lookup(file);
    if (!rewritor) return false;
    written.add(key);
    rewritor(prefix ? `${prefix}--` : '', {});
    return true;
  };
  return { manager, write };
}

module.exports = {
  SCREEN_WIDTH,
  transformRpx,
  transformInlineRpx,
  adaptCss,
  adaptSelector,
  forceColorScheme,
  dropRemoteFonts,
  viewportUnits,
  viewportUnitsInCss,
  StyleSheetManager,
  installWxss,
};
