// @ts-check
const path = require('path');
const fs = require('fs');
const { CheckError, lineOf } = require('./errors');

/**
 * Reads and parses a JSON file, failing with the line of a syntax error.
 * @param {string} projectRoot
 * @param {string} file absolute
 * @returns {any}
 */
function readJson(projectRoot, file) {
  const text = fs.readFileSync(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    // Node's message may carry no position; TypeScript's JSON parser reports where the syntax breaks.
    const ts = require('typescript');
    const diagnostic = ts.parseConfigFileTextToJson(file, text).error;
    const line = diagnostic && diagnostic.start !== undefined ? lineOf(text, diagnostic.start) : 1;
    throw new CheckError(path.relative(projectRoot, file), line, `invalid JSON: ${msg}`);
  }
}

/**
 * Line of `"key"` in a JSON file's text, for pointing at a bad entry.
 * @param {string} file
 * @param {string} needle
 */
function lineOfKey(file, needle) {
  const text = fs.readFileSync(file, 'utf8');
  const at = text.indexOf(JSON.stringify(needle));
  return at < 0 ? 1 : lineOf(text, at);
}

/**
 * Where the mini program runtime looks for a `usingComponents` value: relative to the using file, `/…` from the
 * mini program root, and npm package paths in miniprogram_npm (built by packNpm).
 * @param {string} mpRoot
 * @param {string} fromJson absolute path of the using .json
 * @param {string} value
 */
function resolveComponent(mpRoot, fromJson, value) {
  if (value.startsWith('/')) return path.join(mpRoot, value);
  if (value.startsWith('.')) return path.join(path.dirname(fromJson), value);
  return path.join(mpRoot, 'miniprogram_npm', value);
}

/**
 * @param {string} base path without extension
 */
function hasScript(base) {
  return fs.existsSync(`${base}.ts`) || fs.existsSync(`${base}.js`);
}

/**
 * Validates app.json and every page's and component's JSON: each page has its files, each usingComponents path
 * resolves to a component (json + wxml + script), tab bar pages are pages of the main package, subpackage roots exist.
 * @param {string} projectRoot
 * @param {string} mpRoot
 */
function checkAppJson(projectRoot, mpRoot) {
  const appFile = path.join(mpRoot, 'app.json');
  if (!fs.existsSync(appFile)) throw new CheckError(path.relative(projectRoot, appFile), 1, 'app.json is missing');
  const app = readJson(projectRoot, appFile);
  const relApp = path.relative(projectRoot, appFile);
  if (!Array.isArray(app.pages) || app.pages.length === 0)
    throw new CheckError(relApp, 1, '"pages" must list at least one page');

  /** @type {{ route: string; where: string }[]} */
  const pages = app.pages.map((/** @type {string} */ route) => ({ route, where: 'pages' }));
  const subpackages = app.subpackages || app.subPackages || [];
  for (const sub of subpackages) {
    const rootDir = path.join(mpRoot, sub.root);
    if (!sub.root || !fs.existsSync(rootDir) || !fs.statSync(rootDir).isDirectory()) {
      throw new CheckError(relApp, lineOfKey(appFile, sub.root), `subpackage root "${sub.root}" does not exist`);
    }
    for (const p of sub.pages || [])
      pages.push({ route: path.posix.join(sub.root, p), where: `subpackage ${sub.root}` });
  }

  /** @type {Set<string>} */
  const checkedComponents = new Set();
  let resolved = 0;

  /**
   * @param {string} jsonFile absolute
   * @param {Record<string, string> | undefined} using
   */
  const checkUsing = (jsonFile, using) => {
    for (const [tag, value] of Object.entries(using || {})) {
      if (typeof value !== 'string' || value.startsWith('plugin://')) continue;
      const base = resolveComponent(mpRoot, jsonFile, value);
      const ok = fs.existsSync(`${base}.json`) && fs.existsSync(`${base}.wxml`) && hasScript(base);
      if (!ok) {
        throw new CheckError(
          path.relative(projectRoot, jsonFile),
          lineOfKey(jsonFile, value),
          `usingComponents "${tag}": "${value}" does not resolve to a component (looked for ${path.relative(projectRoot, base)}.json/.wxml/.js|.ts${value.startsWith('.') || value.startsWith('/') ? '' : '; npm components come from miniprogram_npm, built by `npm install`'})`,
        );
      }
      resolved++;
      if (!checkedComponents.has(base)) {
        checkedComponents.add(base);
        const comp = readJson(projectRoot, `${base}.json`);
        checkUsing(`${base}.json`, comp.usingComponents);
      }
    }
  };

  checkUsing(appFile, app.usingComponents);

  for (const { route, where } of pages) {
    const base = path.join(mpRoot, route);
    const missing = ['.json', '.wxml'].filter((ext) => !fs.existsSync(base + ext));
    if (!hasScript(base)) missing.push('.ts');
    if (missing.length) {
      throw new CheckError(
        relApp,
        lineOfKey(
          appFile,
          route.replace(/^.*?\//, (m) => (where === 'pages' ? m : '')),
        ),
        `page "${route}" (${where}) is missing ${missing.join(', ')}`,
      );
    }
    const json = readJson(projectRoot, `${base}.json`);
    checkUsing(`${base}.json`, json.usingComponents);
  }

  const mainPages = new Set(app.pages);
  const tabs = (app.tabBar && app.tabBar.list) || [];
  for (const tab of tabs) {
    if (!mainPages.has(tab.pagePath)) {
      throw new CheckError(
        relApp,
        lineOfKey(appFile, tab.pagePath),
        `tab bar page "${tab.pagePath}" is not a page of the main package`,
      );
    }
  }
  return { pages: pages.length, subpackages: subpackages.length, tabs: tabs.length, components: resolved };
}

module.exports = { checkAppJson, readJson, resolveComponent };
