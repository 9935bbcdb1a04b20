// @ts-check
/**
 * app.json as the runtime needs it: every page (main package and subpackages), the tab bar, the window,
 * global usingComponents, with `@variables` from theme.json resolved (light theme).
 */

const paths = require('./paths');

/**
 * @typedef {object} TabItem
 * @property {string} pagePath
 * @property {string} text
 * @property {string} [iconPath]
 * @property {string} [selectedIconPath]
 */

/**
 * @typedef {object} AppConfig
 * @property {string[]} pages Every page route, main package first, then subpackages in order.
 * @property {{ root: string, pages: string[], independent: boolean }[]} subpackages
 * @property {string} entry The page the app opens on.
 * @property {Record<string, unknown>} window
 * @property {{ list: TabItem[], [key: string]: unknown } | null} tabBar
 * @property {Set<string>} tabPages
 * @property {Record<string, string>} usingComponents
 * @property {Record<string, unknown>} raw
 */

/**
 * @param {string} file
 * @param {string | null} text
 * @returns {Record<string, unknown>}
 */
function parseJson(file, text) {
  if (text === null) throw new Error(`${file} is missing`);
  try {
    const v = JSON.parse(text);
    if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error('not an object');
    return v;
  } catch (err) {
    throw new Error(`${file} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/**
 * Replaces '@name' strings with theme values, recursively.
 * @param {unknown} value
 * @param {Record<string, unknown>} vars
 * @returns {unknown}
 */
function applyTheme(value, vars) {
  if (typeof value === 'string' && value.startsWith('@')) {
    const v = vars[value.slice(1)];
    return v === undefined ? value : v;
  }
  if (Array.isArray(value)) return value.map((v) => applyTheme(v, vars));
  if (value && typeof value === 'object') {
    /** @type {Record<string, unknown>} */
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = applyTheme(v, vars);
    return out;
  }
  return value;
}

/**
 * @param {import('./types').RuntimeHost} host
 * @returns {AppConfig}
 */
function loadAppConfig(host) {
  const raw = parseJson('app.json', host.readFile('app.json'));
  /** @type {Record<string, unknown>} */
  let vars = {};
  if (typeof raw.themeLocation === 'string') {
    const theme = parseJson(raw.themeLocation, host.readFile(paths.normalize(raw.themeLocation)));
    vars = /** @type {Record<string, unknown>} */ (theme.light || {});
  }
  const cfg = /** @type {Record<string, unknown>} */ (applyTheme(raw, vars));
  const mainPages = Array.isArray(cfg.pages) ? cfg.pages.map((p) => paths.normalize(String(p))) : [];
  if (!mainPages.length) throw new Error('app.json: "pages" must list at least one page');
  const subsRaw = /** @type {unknown[]} */ (cfg.subpackages || cfg.subPackages || []);
  const subpackages = subsRaw.map((s, i) => {
    const sp = /** @type {Record<string, unknown>} */ (s || {});
    if (typeof sp.root !== 'string') throw new Error(`app.json: subpackages[${i}].root must be a string`);
    const root = paths.normalize(sp.root);
    const pages = Array.isArray(sp.pages) ? sp.pages.map((p) => paths.join(root, String(p))) : [];
    return { root, pages, independent: !!sp.independent };
  });
  const pages = mainPages.concat(...subpackages.map((s) => s.pages));
  const tabBarRaw = /** @type {Record<string, unknown> | undefined} */ (cfg.tabBar);
  /** @type {AppConfig['tabBar']} */
  let tabBar = null;
  if (tabBarRaw && Array.isArray(tabBarRaw.list)) {
    const list = tabBarRaw.list.map((item) => {
      const it = /** @type {Record<string, unknown>} */ (item);
      return { ...it, pagePath: paths.normalize(String(it.pagePath)), text: String(it.text ?? '') };
    });
    tabBar = { ...tabBarRaw, list };
  }
  const entry = typeof cfg.entryPagePath === 'string' ? paths.normalize(cfg.entryPagePath) : mainPages[0];
  return {
    pages,
    subpackages,
    entry,
    window: /** @type {Record<string, unknown>} */ (cfg.window || {}),
    tabBar,
    tabPages: new Set(tabBar ? tabBar.list.map((t) => t.pagePath) : []),
    usingComponents: /** @type {Record<string, string>} */ (cfg.usingComponents || {}),
    raw: cfg,
  };
}

module.exports = { loadAppConfig, applyTheme, parseJson };
