// @ts-check
/**
 * Light and dark, as WeChat's `darkmode`: the system setting decides (here the browser's prefers-color-scheme), or the
 * preview's switch forces one. The chosen theme picks the theme.json variables for `@name` values in app.json and page
 * json, what wx reports as `theme`, and (through styles.js) which `prefers-color-scheme` rules of the WXSS apply.
 */

/**
 * Replaces '@name' values with theme.json variables, recursively.
 * @param {unknown} value
 * @param {Record<string, string>} vars
 * @returns {unknown}
 */
function themed(value, vars) {
  if (typeof value === 'string') return value.startsWith('@') && value.slice(1) in vars ? vars[value.slice(1)] : value;
  if (Array.isArray(value)) return value.map((v) => themed(v, vars));
  if (value && typeof value === 'object') {
    /** @type {Record<string, unknown>} */
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = themed(v, vars);
    return out;
  }
  return value;
}

const MODE_KEY = 'rlw:theme';

/**
 * @param {Window} win
 * @param {string | null} requested  `theme` from the URL: 'light', 'dark' or null
 */
function createThemeState(win, requested) {
  const mql = win.matchMedia('(prefers-color-scheme: dark)');
  /** @type {'system' | 'light' | 'dark'} */
  let mode = 'system';
  if (requested === 'light' || requested === 'dark') mode = requested;
  else {
    const saved = win.localStorage.getItem(MODE_KEY);
    if (saved === 'light' || saved === 'dark') mode = saved;
  }
  const lang = new URLSearchParams(win.location.search).get('lang') === 'en' ? 'en' : 'zh_CN';
  /** @type {Set<() => void>} */
  const listeners = new Set();
  /** @returns {'light' | 'dark'} */
  const current = () => (mode === 'system' ? (mql.matches ? 'dark' : 'light') : mode);
  const mark = () => {
    win.document.documentElement.dataset.rlwTheme = current();
  };
  mark();
  mql.addEventListener('change', () => {
    if (mode !== 'system') return;
    mark();
    for (const fn of listeners) fn();
  });
  return {
    current,
    mode: () => mode,
    /** @returns {'light' | 'dark' | null} */
    forced: () => (mode === 'system' ? null : mode),
    language: () => lang,
    /** @param {Record<string, Record<string, string>> | null} themeJson */
    vars: (themeJson) => (themeJson && themeJson[current()]) || {},
    /** @param {'system' | 'light' | 'dark'} next */
    set(next) {
      mode = next;
      if (next === 'system') win.localStorage.removeItem(MODE_KEY);
      else win.localStorage.setItem(MODE_KEY, next);
      mark();
      for (const fn of listeners) fn();
    },
    /** @param {() => void} fn */
    onChange(fn) {
      listeners.add(fn);
    },
  };
}

module.exports = { themed, createThemeState };
