// @ts-check
const path = require('path');
const { CheckError } = require('./errors');

const KB = 1024;
/**
 * Our own budget for the main package (WeChat allows 2 MB): what the first screen needs, so the tabs open fast.
 * The console engine and pages live in the console subpackage, loaded when a console page opens (preloaded by 实操).
 */
const MAIN_BUDGET = 400 * KB;
/** Our own budget for one subpackage (WeChat allows 2 MB). */
const SUB_BUDGET = 1024 * KB;

/**
 * Builds the upload package offline with miniprogram-ci's getCompiledResult, exactly as DevTools packs it
 * (TypeScript compiled, unused files dropped with ignoreUploadUnusedFiles), and measures the main package and
 * each subpackage. `project.attr()` normally asks WeChat's servers about the AppID; it is answered locally.
 * @param {string} projectRoot
 * @param {{ mainBudget?: number; subBudget?: number }} [budgets]
 */
async function buildUploadPackage(projectRoot, budgets = {}) {
  const ci = require('miniprogram-ci');
  // The compiler asks a WeChat server for the list of allowed file extensions and falls back to the list it ships;
  // answer "offline" at once so the check never touches the network.
  const request = require('miniprogram-ci/dist/utils/request');
  request.request = async () => {
    throw new Error('offline check: no network');
  };
  const project = new ci.Project({
    appid: 'wx0000000000000000',
    type: 'miniProgram',
    projectPath: projectRoot,
    privateKey: 'offline-check-never-uploads',
    ignores: ['node_modules/**/*'],
  });
  const attr = { ...ci.DefaultProjectAttr };
  project.attr = async () => attr;

  const quiet = silence();
  /** @type {Record<string, string | Buffer>} */
  let files;
  try {
    files = await ci.getCompiledResult({
      project,
      version: '0.0.0-check',
      // Compile settings come from project.config.json (es6, minify, ignoreUploadUnusedFiles, the TypeScript plugin), as in DevTools.
      setting: { useProjectConfig: true },
    });
  } catch (err) {
    quiet.restore();
    const msg = err instanceof Error ? err.message : String(err);
    const m = msg.match(/([\w./-]+\.(?:ts|js|json|wxml|wxss)):?(\d+)?/);
    throw new CheckError(
      m ? path.join('miniprogram', m[1]) : 'miniprogram',
      m && m[2] ? Number(m[2]) : 1,
      `miniprogram-ci: ${msg}`,
    );
  }
  quiet.restore();

  const appJson = JSON.parse(String(files['app.json']));
  const roots = (appJson.subpackages || appJson.subPackages || []).map((/** @type {{root: string}} */ s) =>
    s.root.replace(/\/?$/, '/'),
  );
  /** @type {Record<string, number>} */
  const subSizes = {};
  for (const r of roots) subSizes[r] = 0;
  let main = 0;
  for (const [name, content] of Object.entries(files)) {
    const size = Buffer.byteLength(content);
    const root = roots.find((/** @type {string} */ r) => name.startsWith(r));
    if (root) subSizes[root] += size;
    else main += size;
  }
  const mainBudget = budgets.mainBudget ?? MAIN_BUDGET;
  checkSizes({ main, subSizes }, { mainBudget, subBudget: budgets.subBudget ?? SUB_BUDGET });
  return { fileCount: Object.keys(files).length, files, main, subSizes, mainBudget };
}

/**
 * Fails when the main package or a subpackage is over its budget.
 * @param {{ main: number; subSizes: Record<string, number> }} sizes bytes of the main package and of each subpackage root
 * @param {{ mainBudget?: number; subBudget?: number }} [budgets]
 */
function checkSizes(sizes, budgets = {}) {
  const mainBudget = budgets.mainBudget ?? MAIN_BUDGET;
  const subBudget = budgets.subBudget ?? SUB_BUDGET;
  if (sizes.main > mainBudget) {
    throw new CheckError(
      'miniprogram/app.json',
      1,
      `main package is ${fmt(sizes.main)}, over our ${fmt(mainBudget)} budget: move code the first screen does not need into a subpackage`,
    );
  }
  for (const [root, size] of Object.entries(sizes.subSizes)) {
    if (size > subBudget)
      throw new CheckError(
        `miniprogram/${root}`,
        1,
        `subpackage ${root} is ${fmt(size)}, over our ${fmt(subBudget)} budget for one subpackage`,
      );
  }
}

/** @param {number} bytes */
function fmt(bytes) {
  return `${(bytes / KB).toFixed(1)} KB`;
}

/** miniprogram-ci logs its progress to the console; keep the report short. */
function silence() {
  const saved = { log: console.log, info: console.info, warn: console.warn, error: console.error };
  const noop = () => undefined;
  console.log = noop;
  console.info = noop;
  console.warn = noop;
  console.error = noop;
  return {
    restore() {
      Object.assign(console, saved);
    },
  };
}

module.exports = { buildUploadPackage, checkSizes, fmt, MAIN_BUDGET, SUB_BUDGET };
