// @ts-check
/**
 * Runs the headless runtime in Node: a jsdom document for exparser to render into (installed before the
 * framework loads, which decides then whether it has a DOM), project files read from disk, templates
 * compiled by the real wcc (miniprogram-compiler, once per project and file set), TypeScript transpiled
 * by esbuild (cached by path and modification time). Code is compiled with `new Function` in the caller's
 * realm (under Jest that is the test's sandbox, whose `window`, `Array` and `Object` the framework must share),
 * with a `sourceURL` so stack traces name the file.
 */

const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const Module = require('module');
const { createRequire } = Module;
const { createRuntime, baseLibrary } = require('./runtime/index');
const { createMemoryStorage } = require('./runtime/wx/storage');
const { isEsModule, moduleFunction } = require('./runtime/modules');
const { patchExparser } = require('./runtime/exparser-patch');
const { extendedLibMounts, projectFile, mountedFiles, inProjectView } = require('./extended-lib');

/**
 * Compiled code kept across processes (each Jest test file is a fresh module registry): `.cache/headless` two
 * folders up, which is this repository's git-ignored .cache, or node_modules/.cache/headless when this folder is
 * installed as a package. HEADLESS_CACHE_DIR moves it.
 */
const CACHE_DIR = process.env.HEADLESS_CACHE_DIR || path.resolve(__dirname, '..', '..', '.cache', 'headless');

/** @typedef {import('./runtime/types').RuntimeHost} RuntimeHost */

/**
 * Resolves a package installed as a dependency of another package (j-component comes with
 * miniprogram-simulate, jsdom with jest-environment-jsdom), whether or not npm hoisted it.
 * @param {string} name
 * @param {string} via
 */
function resolveVia(name, via) {
  const req = createRequire(__filename);
  try {
    return req.resolve(name);
  } catch {
    const base = path.dirname(req.resolve(`${via}/package.json`));
    return req.resolve(name, { paths: [base] });
  }
}

/** @type {{ window: Window & typeof globalThis, document: Document } | null} */
let dom = null;

/**
 * Makes `window`, `document` and the DOM classes exparser and j-component use global (once per process;
 * an existing DOM, as in a jsdom test environment, is used as it is).
 */
function installDom() {
  if (dom) return dom;
  const g = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (globalThis));
  if (typeof g.document === 'object' && g.document && typeof g.window === 'object') {
    dom = {
      window: /** @type {Window & typeof globalThis} */ (g.window),
      document: /** @type {Document} */ (g.document),
    };
  } else {
    const { JSDOM } = require(resolveVia('jsdom', 'jest-environment-jsdom'));
    const jsdom = new JSDOM('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>', {
      pretendToBeVisual: true,
    });
    const w = jsdom.window;
    g.window = w;
    g.document = w.document;
    for (const name of [
      'navigator',
      'Node',
      'Element',
      'HTMLElement',
      'Text',
      'Event',
      'CustomEvent',
      'TouchEvent',
      'getComputedStyle',
    ]) {
      if (g[name] === undefined)
        g[name] = typeof w[name] === 'function' && name === 'getComputedStyle' ? w[name].bind(w) : w[name];
    }
    dom = { window: w, document: w.document };
  }
  const g2 = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (globalThis));
  if (g2.Touch === undefined) {
    g2.Touch = class Touch {
      /** @param {Record<string, unknown>} init */
      constructor(init = {}) {
        Object.assign(this, { identifier: 0, pageX: 0, pageY: 0, clientX: 0, clientY: 0, target: null }, init);
      }
    };
  }
  // Tells wcc-generated templates to produce the tree format j-component reads.
  /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (dom.window)).__webview_engine_version__ = 0.02;
  return dom;
}

/** @type {import('./runtime/types').RuntimeHost['framework'] | null} */
let framework = null;

/**
 * The parts of Node's module system (undocumented, stable since Node 0.x) that load a module from a given source.
 * @typedef {{ new (id: string, parent: unknown): { filename: string, paths: string[], loaded: boolean,
 *   _compile(source: string, file: string): void }, _cache: Record<string, unknown>,
 *   _nodeModulePaths(dir: string): string[] }} NodeModules
 */

/** j-component and miniprogram-exparser, loaded after the DOM exists. */
function loadFramework() {
  if (framework) return framework;
  installDom();
  const jPath = resolveVia('j-component', 'miniprogram-simulate');
  const exPath = createRequire(__filename).resolve('miniprogram-exparser', { paths: [path.dirname(jPath)] });
  const jSrc = path.join(path.dirname(jPath), 'src');
  // exparser with a component instance in data (runtime/exparser-patch.js): the patched module goes into Node's
  // require cache first, so j-component's own require of it gets it. Under Jest (whose module registry is not
  // Node's) tools/jest-exparser-transform.js patches it instead.
  const cache = /** @type {{ cache: Record<string, unknown> }} */ (/** @type {unknown} */ (require)).cache;
  const node = /** @type {NodeModules} */ (/** @type {unknown} */ (Module));
  if (cache === node._cache && !cache[exPath]) {
    const patched = new node(exPath, module);
    patched.filename = exPath;
    patched.paths = node._nodeModulePaths(path.dirname(exPath));
    patched._compile(patchExparser(fs.readFileSync(exPath, 'utf8')), exPath);
    patched.loaded = true;
    cache[exPath] = patched;
  }
  framework = {
    jComponent: require(jPath),
    exparser: require(exPath),
    internals: {
      render: require(path.join(jSrc, 'render', 'render.js')),
      transform: require(path.join(jSrc, 'template', 'transform.js')),
      utils: require(path.join(jSrc, 'tool', 'utils.js')),
    },
  };
  return framework;
}

/** @type {Map<string, { key: string, code: string }>} */
const transpiled = new Map();
/** @type {Map<string, { key: string, fn: import('./runtime/types').ModuleFactory }>} */
const compiled = new Map();
/** @type {Map<string, { key: string, gwx: (p: string) => unknown }>} */
const templates = new Map();

/**
 * Compiles TypeScript, or JavaScript written as an ES module, to CommonJS as DevTools does.
 * @param {string} file Absolute path.
 * @param {string} source
 */
function transpile(file, source) {
  const st = fs.statSync(file);
  const key = `${st.mtimeMs}:${st.size}`;
  const hit = transpiled.get(file);
  if (hit && hit.key === key) return hit.code;
  const esbuild = require('esbuild');
  const options = {
    loader: /** @type {'ts' | 'js'} */ (file.endsWith('.ts') ? 'ts' : 'js'),
    format: /** @type {const} */ ('cjs'),
    target: 'es2020',
    sourcefile: file,
    sourcemap: /** @type {const} */ ('inline'),
  };
  const code = diskCached(
    'ts',
    [esbuild.version, JSON.stringify(options), source],
    () => esbuild.transformSync(source, options).code,
  );
  transpiled.set(file, { key, code });
  return code;
}

/**
 * Returns what `make` returns for these inputs, from the disk cache when it has it.
 * @param {string} kind
 * @param {string[]} inputs
 * @param {() => string} make
 */
function diskCached(kind, inputs, make) {
  const hash = crypto.createHash('sha1');
  for (const part of inputs) hash.update(part).update('\0');
  const file = path.join(CACHE_DIR, kind, `${hash.digest('hex')}.js`);
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    // not cached yet
  }
  const out = make();
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, out);
    fs.renameSync(tmp, file);
  } catch {
    // A read-only checkout just compiles every time.
  }
  return out;
}

/**
 * Every .wxml, .wxs and .json file under root (miniprogram_npm included, node_modules not) and in the extended
 * libraries mounted there, with modification times.
 * @param {string} root
 * @param {import('./extended-lib').Mount[]} mounts
 */
function templateFiles(root, mounts) {
  /** @type {{ rel: string, mtime: number }[]} */
  const out = [];
  /** @param {string} dir */
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(abs);
      else if (/\.(wxml|wxs|json)$/.test(entry.name))
        out.push({ rel: path.relative(root, abs).split(path.sep).join('/'), mtime: fs.statSync(abs).mtimeMs });
    }
  };
  walk(root);
  for (const f of mountedFiles(mounts)) {
    if (/\.(wxml|wxs|json)$/.test(f.rel)) out.push({ rel: f.rel, mtime: fs.statSync(f.abs).mtimeMs });
  }
  return out.sort((a, b) => (a.rel < b.rel ? -1 : 1));
}

/**
 * The wcc `$gwx` of a project, compiled again only when a template changed. wcc compiles a project's templates as
 * one set, so a mounted extended library's are compiled with them, in a staged folder that shows both.
 * @param {string} root
 * @param {import('./extended-lib').Mount[]} mounts
 */
function compileTemplates(root, mounts) {
  const files = templateFiles(root, mounts);
  const key = files.map((f) => `${f.rel}@${f.mtime}`).join('|');
  const hit = templates.get(root);
  if (hit && hit.key === key) return hit.gwx;
  const compiler = require('miniprogram-compiler');
  const compilerVersion = JSON.parse(
    fs.readFileSync(createRequire(__filename).resolve('miniprogram-compiler/package.json'), 'utf8'),
  ).version;
  // wcc reads the templates, WXS modules and each file's usingComponents: all of them make the key.
  const inputs = [
    String(compilerVersion),
    ...files.map((f) => `${f.rel}\n${fs.readFileSync(projectFile(root, mounts, f.rel), 'utf8')}`),
  ];
  const code = diskCached('wcc', inputs, () =>
    inProjectView(root, mounts, (dir) =>
      compiler.wxmlToJs(dir, {
        wxmlList: files.filter((f) => f.rel.endsWith('.wxml')).map((f) => f.rel),
        wxsList: files.filter((f) => f.rel.endsWith('.wxs')).map((f) => f.rel),
        maxBuffer: 256 * 1024 * 1024,
      }),
    ),
  );
  // A local __WXML_GLOBAL__ keeps two projects' compiled templates apart (wcc caches by template index there).
  // WXS support defines non-configurable `nv_*` properties on the built-in prototypes unless its global says it did:
  // a second project in this process (a corpus run, another endpoint) says so, or it would fail with
  // "Cannot redefine property: nv_length".
  const factory = new Function(
    `var __WXML_GLOBAL__ = Object.prototype.hasOwnProperty.call(Function.prototype, 'nv_length') ? { wxs_nf_init: true } : undefined;\n${code}\n//# sourceURL=${path.join(root, 'wcc-templates.js')}`,
  );
  const gwx = /** @type {(p: string) => unknown} */ (factory());
  templates.set(root, { key, gwx });
  return gwx;
}

/**
 * A host over a mini program folder on disk.
 * @param {{ root: string, storage?: import('./runtime/types').StorageBackend }} opts
 * @returns {RuntimeHost}
 */
function createNodeHost(opts) {
  const root = path.resolve(opts.root);
  const fw = loadFramework();
  const { document } = installDom();
  /** @type {((p: string) => unknown) | null} */
  let gwx = null;
  // app.json's useExtendedLib: the libraries WeChat would supply, mounted at miniprogram_npm/<package>.
  const mounts = extendedLibMounts(root);
  /** @param {string} p */
  const abs = (p) => projectFile(root, mounts, p);
  /** @param {string} p */
  const exists = (p) => {
    try {
      return fs.statSync(abs(p)).isFile();
    } catch {
      return false;
    }
  };
  return {
    readFile(p) {
      try {
        return fs.readFileSync(abs(p), 'utf8');
      } catch {
        return null;
      }
    },
    exists,
    compileModule(p, params) {
      const file = abs(p);
      const st = fs.statSync(file);
      const key = `${st.mtimeMs}:${st.size}`;
      const hit = compiled.get(file);
      if (hit && hit.key === key) return hit.fn;
      const source = fs.readFileSync(file, 'utf8');
      const code = p.endsWith('.ts') || isEsModule(source) ? transpile(file, source) : source;
      const fn = moduleFunction(params, code, file);
      compiled.set(file, { key, fn });
      return fn;
    },
    compileStyle(stylePath) {
      return exists(stylePath) ? compileStyleFile(abs(stylePath)) : null;
    },
    getTemplate(wxmlPath) {
      if (!exists(wxmlPath)) return null;
      if (!gwx) gwx = compileTemplates(root, mounts);
      const fn = gwx(wxmlPath);
      return typeof fn === 'function' ? /** @type {import('./runtime/types').TemplateFunction} */ (fn) : null;
    },
    framework: fw,
    document,
    storage: opts.storage || createMemoryStorage(),
  };
}

/**
 * Where a project keeps its mini program (project.config.json's miniprogramRoot), and its AppID and base library.
 * @param {string} projectDir
 */
function readProject(projectDir) {
  const dir = path.resolve(projectDir);
  /** @type {Record<string, unknown>} */
  let cfg = {};
  try {
    cfg = JSON.parse(fs.readFileSync(path.join(dir, 'project.config.json'), 'utf8'));
  } catch {
    cfg = {};
  }
  const root = path.join(dir, typeof cfg.miniprogramRoot === 'string' ? cfg.miniprogramRoot : '');
  return {
    root,
    appId: typeof cfg.appid === 'string' ? cfg.appid : 'touristappid',
    sdkVersion: baseLibrary(typeof cfg.libVersion === 'string' ? cfg.libVersion : undefined),
    name: typeof cfg.projectname === 'string' ? decodeURIComponent(cfg.projectname) : '',
  };
}

/** Runtimes alive in this process; an unhandled rejection is reported to the newest. */
const live = new Set();
/** @param {unknown} reason */
const onRejection = (reason) => {
  const all = [...live];
  const rt = /** @type {ReturnType<typeof createRuntime> | undefined} */ (all[all.length - 1]);
  if (rt) rt.report(reason, 'unhandled promise rejection');
};

/**
 * Creates (does not launch) a runtime for a project folder (default: the current folder).
 * @param {{ project?: string, quiet?: boolean, storage?: import('./runtime/types').StorageBackend,
 *   launch?: import('./runtime/index').RuntimeOptions['launch'], files?: import('./runtime/wx/files').FileStore,
 *   chat?: import('./runtime/types').ChatPort | null, consent?: import('./runtime/wx/privacy').Consent }} [opts]
 */
function createProjectRuntime(opts = {}) {
  const project = readProject(opts.project || process.cwd());
  const host = createNodeHost({ root: project.root, storage: opts.storage });
  const runtime = createRuntime(host, {
    quiet: opts.quiet,
    launch: opts.launch,
    appId: project.appId,
    appName: project.name,
    sdkVersion: project.sdkVersion,
    files: opts.files,
    chat: opts.chat,
    consent: opts.consent,
  });
  if (live.size === 0) process.on('unhandledRejection', onRejection);
  live.add(runtime);
  const destroy = runtime.destroy;
  runtime.destroy = () => {
    destroy();
    live.delete(runtime);
    if (live.size === 0) process.off('unhandledRejection', onRejection);
  };
  return { runtime, host, project };
}

/**
 * A style written in .less, .scss or .sass compiled to CSS, as DevTools' compiler plugins do
 * (project.config.json `setting.useCompilerPlugins`: "less", "sass"); `@import`s are read from disk as it goes.
 * @param {string} file absolute path
 * @returns {string | null}
 */
function compileStyleFile(file) {
  if (/\.s[ac]ss$/.test(file)) {
    /** @type {{ compile(file: string, o: object): { css: string } }} */
    const sass = createRequire(__filename)('sass');
    try {
      return sass.compile(file, { style: 'expanded' }).css;
    } catch (err) {
      throw new Error(`${file}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return compileLessFile(file);
}

/**
 * A `.less` style compiled to CSS, as DevTools' less plugin does (its `@import`s read from disk as it goes).
 * @param {string} file absolute path
 * @returns {string | null}
 */
function compileLessFile(file) {
  /** @type {{ render(src: string, o: object, cb: (e: Error | null, out?: { css: string }) => void): void }} */
  const less = createRequire(__filename)('less');
  /** @type {string | null} */
  let css = null;
  // less renders synchronously with syncImport.
  less.render(
    fs.readFileSync(file, 'utf8'),
    { filename: file, syncImport: true },
    (/** @type {Error | null} */ err, /** @type {{ css: string } | undefined} */ out) => {
      if (err) throw new Error(`${file}: ${err.message}`);
      css = out ? out.css : null;
    },
  );
  return css;
}

module.exports = { installDom, loadFramework, createNodeHost, createProjectRuntime, readProject, compileStyleFile };
