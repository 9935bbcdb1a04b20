// @ts-check
/**
 * The headless runtime's host in a browser (see tools/headless/runtime/types.js, RuntimeHost): project files come from
 * the compiled app the server ships (`window.__RL_APP__`, see ../compile.js), templates from the real wcc output, and
 * wx storage lives in localStorage, so the learner's progress survives a reload as it survives a restart in WeChat.
 *
 * WXSS is deliberately not readable here (`readFile('x.wxss')` is null): the preview styles pages with the real wcsc
 * output instead (styles.js), so the runtime's own WXSS transform stays out of the page.
 */

/**
 * @typedef {object} CompiledApp  what /app.js puts on window.__RL_APP__
 * @property {Record<string, unknown>} appJson
 * @property {Record<string, Record<string, string>> | null} theme
 * @property {Record<string, string>} json     text of every .json file
 * @property {Record<string, string>} scripts  CommonJS code by path with extension
 * @property {string[]} wxmlFiles
 * @property {string[]} assets
 * @property {() => (path: string) => unknown} wxml   returns wcc's $gwx
 * @property {() => (path: string) => ((suffix?: string, opt?: object) => void) | undefined} wxss
 */

const { moduleFunction } = require('../../headless/runtime/modules');

const STORAGE_KEY = 'rlw:wx-storage';

/**
 * A Map that writes itself to localStorage (debounced) whenever it changes.
 * @param {Storage | null} backing
 * @param {string} key
 * @returns {Map<string, string>}
 */
function persistentMap(backing, key) {
  /** @type {[string, string][]} */
  let initial = [];
  if (backing) {
    try {
      const raw = backing.getItem(key);
      const parsed = raw ? JSON.parse(raw) : [];
      if (Array.isArray(parsed))
        initial = parsed.filter((e) => Array.isArray(e) && e.length === 2).map((e) => [String(e[0]), String(e[1])]);
    } catch {
      initial = [];
    }
  }
  let timer = 0;
  class PersistentMap extends Map {
    save() {
      if (!backing || timer) return;
      timer = window.setTimeout(() => {
        timer = 0;
        try {
          backing.setItem(key, JSON.stringify([...this.entries()]));
        } catch {
          // Quota or privacy mode: storage stays in memory for this visit.
        }
      }, 0);
    }
    /** @param {string} k @param {string} v */
    set(k, v) {
      super.set(k, v);
      this.save();
      return this;
    }
    /** @param {string} k */
    delete(k) {
      const had = super.delete(k);
      this.save();
      return had;
    }
    clear() {
      super.clear();
      this.save();
    }
  }
  return new PersistentMap(initial);
}

/**
 * @param {CompiledApp} app
 * @param {{ framework: import('../../headless/runtime/types').RuntimeHost['framework'], document: Document,
 *   storage?: Storage | null }} opts
 * @returns {import('../../headless/runtime/types').RuntimeHost}
 */
function createBrowserHost(app, opts) {
  const wxml = new Set(app.wxmlFiles);
  /** @type {((p: string) => unknown) | null} */
  let gwx = null;
  return {
    readFile: (p) => (Object.prototype.hasOwnProperty.call(app.json, p) ? app.json[p] : null),
    exists: (p) =>
      Object.prototype.hasOwnProperty.call(app.json, p) ||
      Object.prototype.hasOwnProperty.call(app.scripts, p) ||
      wxml.has(p),
    compileModule(p, params) {
      const code = app.scripts[p];
      if (code === undefined) throw new Error(`${p} is not part of the compiled app`);
      return moduleFunction(params, code, `miniprogram/${p}`);
    },
    getTemplate(p) {
      if (!wxml.has(p)) return null;
      if (!gwx) gwx = app.wxml();
      return /** @type {import('../../headless/runtime/types').TemplateFunction} */ (gwx(p));
    },
    framework: opts.framework,
    document: opts.document,
    storage: { items: persistentMap(opts.storage === undefined ? window.localStorage : opts.storage, STORAGE_KEY) },
  };
}

module.exports = { createBrowserHost, persistentMap, STORAGE_KEY };
