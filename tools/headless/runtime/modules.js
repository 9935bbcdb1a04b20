// @ts-check
/**
 * The mini program's CommonJS module system: each runtime has its own module cache (a fresh app per
 * launch), modules see the mini program globals (`wx`, `Component`, `getApp`, …) as free variables, and
 * `require` resolves as WeChat does: './x' and '../x' relative, '/x' from the project root, a bare name
 * relative first and then through the nearest `miniprogram_npm` folder (so does a './x' that names no file).
 * `.ts` files are accepted where WeChat DevTools would compile them (the host transpiles them).
 */

const paths = require('./paths');

/** The names a module sees as free variables, in the order the host's compiled function takes them. */
const MODULE_PARAMS = [
  'require',
  'module',
  'exports',
  'wx',
  'App',
  'Page',
  'Component',
  'Behavior',
  'getApp',
  'getCurrentPages',
  'requirePlugin',
  'console',
  'setTimeout',
  'setInterval',
  'clearTimeout',
  'clearInterval',
  '__wxConfig',
  'global',
];

/**
 * A module's code as a function of MODULE_PARAMS, for the hosts' `compileModule`. WeChat wraps a module in a function
 * of `require`, `module` and `exports` only; `App`, `wx`, `getApp`, … are globals there, so a module may declare its
 * own (`const App = getApp()`, as EastWorld's wechat-app-mall does): as parameters of the same function that would be
 * "Identifier 'App' has already been declared". The globals are parameters of an outer function instead, which the
 * module's own declarations shadow. The code starts on the first line, so stack traces keep its line numbers.
 * @param {string[]} params MODULE_PARAMS
 * @param {string} code
 * @param {string} sourceURL
 * @returns {import('./types').ModuleFactory}
 */
function moduleFunction(params, code, sourceURL) {
  const own = params.slice(0, 3);
  const outer = new Function(
    ...params.slice(3),
    `return function (${own.join(', ')}) {${code}\n};\n//# sourceURL=${sourceURL}`,
  );
  return (...args) => outer(...args.slice(3))(...args.slice(0, 3));
}

const EXTENSIONS = ['.js', '.ts'];

/**
 * ES module syntax (`import x from`, `import 'x'`, `export …`) at the start of a line or of a statement, as minified
 * modules write it (`…highlight.default=highlight;export default function(){…}`): DevTools compiles such .js.
 */
const ESM =
  /(^|[;})\]])\s*(import(\s+[\w{*]|\s*[{*'"])|export\s*(default\b|const\b|let\b|var\b|function\b|class\b|async\b|\{|\*))/m;
/** @param {string} source */
const isEsModule = (source) => ESM.test(source);

/**
 * @param {import('./types').RuntimeHost} host
 * @param {Record<string, unknown>} globals Values for every MODULE_PARAMS name after the first three.
 */
function createModules(host, globals) {
  /** @type {Map<string, { exports: unknown, loaded: boolean }>} */
  const cache = new Map();

  /**
   * The file a request names, or null.
   * @param {string} base A project path without extension, or with .js/.ts.
   */
  function asFile(base) {
    if (/\.(js|ts)$/.test(base) && host.exists(base)) return base;
    for (const ext of EXTENSIONS) if (host.exists(base + ext)) return base + ext;
    for (const ext of EXTENSIONS) if (host.exists(`${base}/index${ext}`)) return `${base}/index${ext}`;
    return null;
  }

  /**
   * @param {string} from The requiring file ('' for the project root).
   * @param {string} request
   * @returns {string | null}
   */
  function resolve(from, request) {
    const relative = asFile(paths.resolveRelative(from || 'x', request));
    if (relative || request.startsWith('/') || request.startsWith('../')) return relative;
    // A bare name, and also './name' when no such file exists, is then looked for as a package in the nearest
    // miniprogram_npm, walking up to the root, as DevTools' resolver does (miniprogram-ci's code analysis,
    // resolvePath): the official demo's `import … from './threejs-miniprogram'` works once 构建 npm has run.
    let dir = paths.dirname(from);
    for (;;) {
      const found = asFile(paths.join(dir, 'miniprogram_npm', request));
      if (found) return found;
      if (dir === '') return null;
      dir = paths.dirname(dir);
    }
  }

  /**
   * Executes a module (once) and returns its exports.
   * @param {string} file A resolved project path with extension.
   * @returns {unknown}
   */
  function load(file) {
    const hit = cache.get(file);
    if (hit) return hit.exports;
    const mod = { exports: /** @type {unknown} */ ({}), loaded: false };
    cache.set(file, mod);
    const factory = host.compileModule(file, MODULE_PARAMS);
    const req = requireFrom(file);
    try {
      factory(req, mod, mod.exports, ...MODULE_PARAMS.slice(3).map((name) => globals[name]));
    } catch (err) {
      cache.delete(file);
      throw err;
    }
    mod.loaded = true;
    return mod.exports;
  }

  /**
   * @param {string} from
   * @returns {(request: string) => unknown}
   */
  function requireFrom(from) {
    /** @param {string} request */
    const req = (request) => {
      if (typeof request !== 'string') throw new Error(`require args must be a string, got ${typeof request}`);
      const file = resolve(from, request);
      if (!file) {
        // WeChat's message: the module it looked for (relative to the requiring file), then what was asked.
        const wanted = paths.resolveRelative(from || 'x', request.replace(/\.js$/, ''));
        throw new Error(`module '${wanted}.js' is not defined, require args is '${request}' (from ${from || '/'})`);
      }
      return load(file);
    };
    // `require.async` (subpackage async loading): every package is local here, so it loads at once.
    req.async = (/** @type {string} */ request) => new Promise((resolve) => resolve(req(request)));
    return req;
  }

  return { resolve, load, requireFrom, cache };
}

module.exports = { createModules, MODULE_PARAMS, isEsModule, moduleFunction };
