// @ts-check
/**
 * Node side of the browser preview: turns the mini program folder into what the page needs, with the same compilers
 * WeChat uses. WXML goes through the real `wcc` and WXSS through the real `wcsc` (both from miniprogram-compiler), so
 * the page receives the generated JavaScript that a WeChat webview would run; TypeScript is transpiled file by file
 * with esbuild (as DevTools' `useCompilerPlugins: ["typescript"]` does), keeping each file a CommonJS module.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { createRequire } = require('module');
const { isEsModule } = require('../headless/runtime/modules');
const { compileStyleFile } = require('../headless/node-host');
const { extendedLibMounts, projectFile, mountedFiles, inProjectView } = require('../headless/extended-lib');
const { globalStyleImports } = require('../headless/runtime/extended-libs');

// Typed as Node's require (miniprogram-api-typings declares a global `require` of its own).
const nodeRequire = createRequire(__filename);

/** File kinds the preview ships to the page; everything else under the root is ignored. */
const ASSET_EXT = new Set(['.png', '.jpg', '.jpeg', '.gif', '.svg', '.webp']);

/**
 * @typedef {object} ProjectFiles
 * @property {string[]} wxml   paths relative to the root, posix, with extension
 * @property {string[]} wxs
 * @property {string[]} wxss
 * @property {string[]} preprocessed  styles written in .less, .scss or .sass (compiled when no .wxss is beside them, as DevTools does)
 * @property {string[]} json
 * @property {string[]} scripts  .ts and .js (no .d.ts)
 * @property {string[]} assets
 * @property {Map<string, { mtimeMs: number, size: number }>} stats  every listed file
 * @property {import('../headless/extended-lib').Mount[]} mounts  extended libraries (app.json useExtendedLib) supplied
 *   at miniprogram_npm/<package>: their files are listed under that path, read from the package (see {@link fileOf})
 */

/**
 * A file list with no files yet.
 * @param {import('../headless/extended-lib').Mount[]} [mounts]
 * @returns {ProjectFiles}
 */
function emptyProjectFiles(mounts = []) {
  return { wxml: [], wxs: [], wxss: [], preprocessed: [], json: [], scripts: [], assets: [], stats: new Map(), mounts };
}

/**
 * Lists the files of a mini program root, with the extended libraries app.json asks for (`useExtendedLib`), which
 * WeChat supplies, under their mount path. Follows symbolic links (a linked miniprogram_npm works), skips dot folders
 * and node_modules.
 * @param {string} root absolute path of the mini program root (the folder holding app.json)
 * @returns {ProjectFiles}
 */
function listProjectFiles(root) {
  const mounts = extendedLibMounts(root);
  const out = emptyProjectFiles(mounts);
  /**
   * @param {string} childRel
   * @param {fs.Stats} st
   */
  const add = (childRel, st) => {
    const name = path.posix.basename(childRel);
    const ext = path.extname(name).toLowerCase();
    let list = null;
    if (ext === '.wxml') list = out.wxml;
    else if (ext === '.wxs') list = out.wxs;
    else if (ext === '.wxss') list = out.wxss;
    else if (ext === '.less' || ext === '.scss' || ext === '.sass') list = out.preprocessed;
    else if (ext === '.json') list = out.json;
    else if ((ext === '.ts' && !name.endsWith('.d.ts')) || ext === '.js') list = out.scripts;
    else if (ASSET_EXT.has(ext)) list = out.assets;
    if (!list) return;
    list.push(childRel);
    out.stats.set(childRel, { mtimeMs: st.mtimeMs, size: st.size });
  };
  /** @param {string} rel */
  const walk = (rel) => {
    const abs = path.join(root, rel);
    for (const name of fs.readdirSync(abs).sort()) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const childRel = rel ? `${rel}/${name}` : name;
      const st = fs.statSync(path.join(abs, name));
      if (st.isDirectory()) walk(childRel);
      else add(childRel, st);
    }
  };
  walk('');
  // A supplied library's images are not served (/mp/ serves the project folder); its code, templates and styles are.
  for (const f of mountedFiles(mounts))
    if (!ASSET_EXT.has(path.extname(f.rel).toLowerCase())) add(f.rel, fs.statSync(f.abs));
  return out;
}

/**
 * The file behind a listed project path: in the project, or in a supplied extended library.
 * @param {string} root
 * @param {ProjectFiles} files
 * @param {string} rel
 */
function fileOf(root, files, rel) {
  return projectFile(root, files.mounts, rel);
}

/**
 * A string that changes whenever a file of the project is added, removed or modified.
 * @param {ProjectFiles} files
 */
function fingerprint(files) {
  const parts = [];
  for (const [p, s] of files.stats) parts.push(`${p}:${s.mtimeMs}:${s.size}`);
  return parts.join('|');
}

/** @param {string} name 'wcc' or 'wcsc' */
function compilerBinary(name) {
  const dir = path.dirname(nodeRequire.resolve('miniprogram-compiler/package.json'));
  const sub =
    process.platform === 'darwin'
      ? `mac/${name}`
      : process.platform === 'win32'
        ? `windows/${name}.exe`
        : `linux/${name}`;
  const bin = path.join(dir, 'bin', sub);
  try {
    fs.accessSync(bin, fs.constants.X_OK);
  } catch {
    // miniprogram-compiler ships its binaries without the executable bit and sets it at run time, as we do here.
    fs.chmodSync(bin, 0o755);
  }
  return bin;
}

/**
 * @param {string} bin
 * @param {string[]} args
 * @param {string} cwd
 */
function run(bin, args, cwd) {
  const res = spawnSync(bin, args, { cwd, maxBuffer: 256 * 1024 * 1024 });
  if (res.error) throw res.error;
  if (res.status !== 0) {
    const msg = `${res.stderr.toString()}${res.stdout.toString()}`.trim();
    throw new Error(`${path.basename(bin)} failed (exit ${res.status}): ${msg}`);
  }
  return res.stdout.toString();
}

/** Above this many bytes of arguments, wcc reads them from a file (Linux refuses one argument over 128 KB: E2BIG). */
const ARGS_FILE_THRESHOLD = 64 * 1024;

/**
 * Runs wcc with its arguments on the command line, or, when they are large (a big component library makes the
 * `-cc` argument hundreds of KB), from a file: `wcc --config-path FILE` takes one argument per line.
 * @param {string} bin
 * @param {string[]} args
 * @param {string} cwd
 */
function runWithArgsFile(bin, args, cwd) {
  if (args.reduce((n, a) => n + Buffer.byteLength(a) + 1, 0) < ARGS_FILE_THRESHOLD) return run(bin, args, cwd);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wcc-args-'));
  const file = path.join(dir, 'args');
  try {
    fs.writeFileSync(file, `${args.join('\n')}\n`);
    return run(bin, ['--config-path', file], cwd);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Reads a JSON file of the project (or of a supplied library, with `files`), or null when it is missing or not
 * valid JSON.
 * @param {string} root
 * @param {string} rel
 * @param {ProjectFiles} [files]
 * @returns {Record<string, unknown> | null}
 */
function readJson(root, rel, files) {
  try {
    return JSON.parse(fs.readFileSync(files ? fileOf(root, files, rel) : path.join(root, rel), 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Compiles every WXML (and WXS) file with the real wcc. Returns JavaScript that, run as a function body, returns `$gwx`
 * (call `$gwx('pages/x/index.wxml')` for a page's generate function), exactly as miniprogram-simulate uses it.
 * @param {string} root
 * @param {ProjectFiles} files
 * @returns {string}
 */
function compileWxml(root, files) {
  const app = readJson(root, 'app.json') || {};
  const globalUsing = /** @type {Record<string, string>} */ (app.usingComponents || {});
  // wcc needs, for each page and component, the tag names it uses as custom components.
  const componentArgs = [];
  let count = 0;
  for (const wxml of files.wxml) {
    const base = wxml.slice(0, -'.wxml'.length);
    const json = readJson(root, `${base}.json`, files);
    if (!json) continue;
    const keys = Object.keys({ ...globalUsing, .../** @type {object} */ (json.usingComponents || {}) });
    if (keys.length === 0) continue;
    componentArgs.push(wxml, String(keys.length), ...keys);
    count++;
  }
  const args = ['-d', '-cc', [String(count), ...componentArgs].join(' '), ...files.wxml, ...files.wxs, '-gn', '$gwx'];
  const out = inProjectView(root, files.mounts, (dir) => runWithArgsFile(compilerBinary('wcc'), args, dir));
  return `${out}\n;return $gwx;`;
}

/**
 * Decodes the JavaScript string-literal escapes that wcsc uses in its output (\xHH, \uHHHH, \n, \\ …).
 * @param {string} s
 */
function unescapeJs(s) {
  return s.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[\s\S])/g, (_m, e) => {
    if (e[0] === 'x' || e[0] === 'u') return String.fromCharCode(parseInt(e.slice(1), 16));
    if (e === 'n') return '\n';
    if (e === 'r') return '\r';
    if (e === 't') return '\t';
    return e;
  });
}

/**
 * Compiles every WXSS file with the real wcsc. Returns JavaScript that, run as a function body, returns a lookup
 * `(path) => rewritor` where path is './pages/x/index.wxss' and `rewritor(suffix)` writes the CSS (rpx converted by
 * `window.__transformRpx__`, class names prefixed with `suffix`) through `window.__styleSheetManager2__`. Running the
 * body also writes app.wxss, as the WeChat webview does.
 * @param {string} root
 * @param {ProjectFiles} files
 * @returns {string}
 */
function compileWxss(root, files) {
  // A style written in .less, .scss or .sass with no .wxss beside it is compiled to one, as DevTools' compiler
  // plugins do; wcsc then runs in a staging folder holding the project's .wxss files and those (and those of the
  // supplied extended libraries, and app.wxss with their global style imported first).
  /** @type {Map<string, string>} the .wxss to write, by the style it comes from */
  const sources = new Map();
  for (const style of files.preprocessed) {
    const wxss = style.replace(/\.(less|s[ac]ss)$/, '.wxss');
    if (!files.stats.has(wxss) && !sources.has(wxss)) sources.set(wxss, style);
  }
  const compiled = [...sources.keys()];
  // A supplied extended library's global style (weui.wxss) applies as if app.wxss imported it first.
  const imports = globalStyleImports(readJson(root, 'app.json') || {}, (p) => files.stats.has(p));
  const styles = [...files.wxss, ...compiled];
  if (imports && !styles.includes('app.wxss')) styles.push('app.wxss');
  const own = [];
  const imported = [];
  for (const wxss of styles) {
    const base = wxss.slice(0, -'.wxss'.length);
    if (wxss === 'app.wxss') continue;
    if (files.stats.has(`${base}.json`)) own.push(`./${wxss}`);
    else imported.push(`./${wxss}`);
  }
  const list = styles.includes('app.wxss') ? ['./app.wxss', ...own] : own;
  // A mini program without any WXSS (tutorial apps often have none): wcsc has nothing to do and would print its usage.
  if (list.length + imported.length === 0) return 'return function () { return undefined; };';
  const staged = compiled.length > 0 || files.mounts.length > 0 || imports !== '';
  const cwd = staged ? fs.mkdtempSync(path.join(os.tmpdir(), 'preview-wxss-')) : root;
  let out;
  try {
    if (cwd !== root) {
      /** @param {string} rel @param {string} text */
      const write = (rel, text) => {
        fs.mkdirSync(path.dirname(path.join(cwd, rel)), { recursive: true });
        fs.writeFileSync(path.join(cwd, rel), text);
      };
      for (const wxss of files.wxss) write(wxss, fs.readFileSync(fileOf(root, files, wxss), 'utf8'));
      if (imports)
        write(
          'app.wxss',
          `${imports}${files.stats.has('app.wxss') ? fs.readFileSync(path.join(root, 'app.wxss'), 'utf8') : ''}`,
        );
      for (const wxss of compiled) {
        write(wxss, compileStyleFile(path.join(root, /** @type {string} */ (sources.get(wxss)))) || '');
      }
    }
    out = run(compilerBinary('wcsc'), ['-pc', String(list.length), ...list, ...imported], cwd);
  } finally {
    if (cwd !== root) fs.rmSync(cwd, { recursive: true, force: true });
  }
  // Output: key=value pairs joined with '=' (values escape their own '=' as \x3d).
  const parts = out.split('=');
  /** @type {Record<string, string>} */
  const map = {};
  for (let i = 0; i + 1 < parts.length; i += 2) map[parts[i]] = parts[i + 1];
  if (map.comm === undefined) throw new Error(`wcsc output has no common part: ${out.slice(0, 200)}`);
  const entries = Object.keys(map)
    .filter((k) => k.endsWith('.wxss'))
    .map((k) => `${JSON.stringify(k)}: ${unescapeJs(map[k])}`);
  return `${unescapeJs(map.comm)};\nvar __wxssMap = {\n${entries.join(',\n')}\n};\nreturn function (p) { return __wxssMap[p]; };`;
}

/**
 * Transpiles the project's scripts to CommonJS (TypeScript through esbuild, file by file, as DevTools'
 * `useCompilerPlugins: ["typescript"]` does; JavaScript as is unless it is an ES module, which DevTools compiles too). Keys are paths from the root with their extension.
 * @param {string} root
 * @param {ProjectFiles} files
 * @returns {Record<string, string>}
 */
function compileScripts(root, files) {
  const esbuild = require('esbuild');
  /** @type {Record<string, string>} */
  const out = {};
  for (const rel of files.scripts) {
    const src = fs.readFileSync(fileOf(root, files, rel), 'utf8');
    if (rel.endsWith('.js') && !isEsModule(src)) {
      out[rel] = src;
      continue;
    }
    const res = esbuild.transformSync(src, {
      loader: rel.endsWith('.ts') ? 'ts' : 'js',
      format: 'cjs',
      target: 'es2020',
      sourcefile: `miniprogram/${rel}`,
      sourcemap: 'inline',
    });
    out[rel] = res.code;
  }
  return out;
}

/**
 * Resolves `@name` references of app.json / page json against theme.json (the `darkmode` mechanism).
 * @param {unknown} value
 * @param {Record<string, string>} vars
 * @returns {unknown}
 */
function applyTheme(value, vars) {
  if (typeof value === 'string') return value.startsWith('@') && value.slice(1) in vars ? vars[value.slice(1)] : value;
  if (Array.isArray(value)) return value.map((v) => applyTheme(v, vars));
  if (value && typeof value === 'object') {
    /** @type {Record<string, unknown>} */
    const o = {};
    for (const [k, v] of Object.entries(value)) o[k] = applyTheme(v, vars);
    return o;
  }
  return value;
}

/**
 * @typedef {object} PageEntry
 * @property {string} route         'pages/learn/index' or 'console/register/index'
 * @property {string | null} subpackage  the subpackage root, or null for the main package
 * @property {boolean} tab         listed in tabBar
 */

/**
 * Every page app.json declares, main package first, then subpackages (the same order DevTools lists them).
 * @param {Record<string, unknown>} appJson
 * @returns {PageEntry[]}
 */
function listPages(appJson) {
  const tabBar = /** @type {{ list?: { pagePath: string }[] } | undefined} */ (appJson.tabBar);
  const tabs = new Set((tabBar && tabBar.list ? tabBar.list : []).map((t) => t.pagePath));
  /** @type {PageEntry[]} */
  const out = [];
  for (const route of /** @type {string[]} */ (appJson.pages || [])) {
    out.push({ route, subpackage: null, tab: tabs.has(route) });
  }
  const subs = /** @type {{ root: string, pages?: string[] }[]} */ (appJson.subpackages || appJson.subPackages || []);
  for (const sub of subs) {
    const root = sub.root.replace(/\/+$/, '');
    for (const p of sub.pages || []) {
      const route = `${root}/${p}`;
      out.push({ route, subpackage: root, tab: tabs.has(route) });
    }
  }
  return out;
}

/**
 * @typedef {object} CompiledApp
 * @property {Record<string, unknown>} appJson
 * @property {Record<string, Record<string, string>> | null} theme  theme.json ({ light: {...}, dark: {...} })
 * @property {Record<string, string>} json    the text of every .json file, by path
 * @property {Record<string, string>} scripts  CommonJS source of every script, by path (with its .ts/.js extension)
 * @property {string[]} wxmlFiles
 * @property {string} wxml  function body returning $gwx
 * @property {string} wxss  function body returning the wxss lookup
 * @property {string[]} assets
 * @property {string} fingerprint
 */

/**
 * Compiles the mini program at `root` for the browser.
 * @param {string} root
 * @returns {CompiledApp}
 */
function compileApp(root) {
  const files = listProjectFiles(root);
  const appJson = readJson(root, 'app.json');
  if (!appJson) throw new Error(`No readable app.json in ${root}`);
  const themeRel = typeof appJson.themeLocation === 'string' ? appJson.themeLocation : 'theme.json';
  /** @type {Record<string, string>} */
  const json = {};
  for (const rel of files.json) json[rel] = fs.readFileSync(fileOf(root, files, rel), 'utf8');
  return {
    appJson,
    theme: /** @type {Record<string, Record<string, string>> | null} */ (readJson(root, themeRel)),
    json,
    scripts: compileScripts(root, files),
    wxmlFiles: files.wxml,
    wxml: compileWxml(root, files),
    wxss: compileWxss(root, files),
    assets: files.assets,
    fingerprint: fingerprint(files),
  };
}

/**
 * Serialises a compiled app as one script that sets `window.__RL_APP__`. Scripts stay strings (evaluated by the page's
 * module loader with a sourceURL, so DevTools shows each file under its own name); wcc and wcsc output become functions.
 * @param {CompiledApp} app
 */
function appToScript(app) {
  const data = {
    appJson: app.appJson,
    theme: app.theme,
    json: app.json,
    scripts: app.scripts,
    wxmlFiles: app.wxmlFiles,
    assets: app.assets,
  };
  // U+2028/2029 are valid in JSON but were not in older JS string literals; escape them and '</script' to be safe.
  const text = JSON.stringify(data)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
    .replace(/<\/script/gi, '<\\/script');
  return [
    `window.__RL_APP__ = ${text};`,
    // A local __WXML_GLOBAL__ (wcc keeps its template cache there) keeps two builds in one page apart.
    `window.__RL_APP__.wxml = function () {\nvar __WXML_GLOBAL__;\n${app.wxml}\n};`,
    `window.__RL_APP__.wxss = function () {\n${app.wxss}\n};`,
  ].join('\n');
}

module.exports = {
  emptyProjectFiles,
  listProjectFiles,
  fingerprint,
  compileWxml,
  compileWxss,
  compileScripts,
  compileApp,
  appToScript,
  applyTheme,
  listPages,
  unescapeJs,
};
