// @ts-check
/**
 * The extended libraries this machine can supply (app.json `useExtendedLib`, see runtime/extended-libs.js), for the
 * hosts that read a project from disk (node-host.js; RegLab's browser preview compiles with them too). WeChat's
 * base library carries weui; here it is the `weui-miniprogram` npm package's `miniprogram_dist`, the build its
 * authors publish, mounted at `miniprogram_npm/weui-miniprogram` inside the project without writing there: every
 * project path goes through {@link projectFile}, and the compilers (wcc, wcsc), which read the files themselves,
 * run in a {@link stageProject} folder that links the project's entries and the mounted library side by side.
 *
 * A library is mounted only when app.json asks for it and the project has no `miniprogram_npm/<package>` of its
 * own (DevTools refuses that pair as a conflict; here the project's own copy wins). Without `useExtendedLib` a
 * `weui-miniprogram/…` path resolves to nothing, as in WeChat.
 */

const fs = require('fs');
const os = require('os');
const path = require('path');
const { createRequire } = require('module');
const { requestedLibs, mountPath, MOUNT_DIR } = require('./runtime/extended-libs');

/** The npm package folder (inside it) that holds each library this machine supplies, by useExtendedLib name. */
const SUPPLIED = /** @type {Record<string, { packageName: string, dist: string }>} */ ({
  weui: { packageName: 'weui-miniprogram', dist: 'miniprogram_dist' },
});

/**
 * @typedef {object} Mount
 * @property {string} name The useExtendedLib key ('weui').
 * @property {string} at Project path of the mount ('miniprogram_npm/weui-miniprogram').
 * @property {string} dir Absolute folder whose files appear there.
 * @property {string} version The package version supplied.
 */

/**
 * Where an installed package's folder is, or null when it is not installed.
 * @param {string} packageName
 */
function packageDir(packageName) {
  try {
    return path.dirname(createRequire(__filename).resolve(`${packageName}/package.json`));
  } catch {
    return null;
  }
}

/**
 * The libraries to mount for the mini program at `root` (the folder holding app.json).
 * @param {string} root
 * @returns {Mount[]}
 */
function extendedLibMounts(root) {
  /** @type {Record<string, unknown>} */
  let appJson;
  try {
    appJson = JSON.parse(fs.readFileSync(path.join(root, 'app.json'), 'utf8'));
  } catch {
    return [];
  }
  if (!appJson || typeof appJson !== 'object') return [];
  /** @type {Mount[]} */
  const out = [];
  for (const lib of requestedLibs(appJson)) {
    const supplied = SUPPLIED[lib.name];
    const at = mountPath(lib);
    if (!supplied || fs.existsSync(path.join(root, ...at.split('/')))) continue;
    const pkg = packageDir(supplied.packageName);
    if (!pkg) continue;
    const version = String(JSON.parse(fs.readFileSync(path.join(pkg, 'package.json'), 'utf8')).version);
    out.push({ name: lib.name, at, dir: path.join(pkg, supplied.dist), version });
  }
  return out;
}

/**
 * The absolute file behind a project path ('pages/a/index.wxml', 'miniprogram_npm/weui-miniprogram/cell/cell.js').
 * @param {string} root
 * @param {Mount[]} mounts
 * @param {string} rel
 */
function projectFile(root, mounts, rel) {
  for (const m of mounts) {
    if (rel === m.at || rel.startsWith(`${m.at}/`)) return path.join(m.dir, ...rel.slice(m.at.length).split('/'));
  }
  return path.join(root, ...rel.split('/'));
}

/**
 * Every file of the mounted libraries, as project paths with their absolute files.
 * @param {Mount[]} mounts
 * @returns {{ rel: string, abs: string }[]}
 */
function mountedFiles(mounts) {
  /** @type {{ rel: string, abs: string }[]} */
  const out = [];
  /** @param {string} dir @param {string} rel */
  const walk = (dir, rel) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const abs = path.join(dir, entry.name);
      const childRel = `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(abs, childRel);
      else out.push({ rel: childRel, abs });
    }
  };
  for (const m of mounts) walk(m.dir, m.at);
  return out;
}

/**
 * A folder that shows the project with its mounted libraries, for compilers that read the files themselves (wcc,
 * wcsc): symbolic links to the project's entries, and to each library in a `miniprogram_npm` of links to the
 * project's own packages. Nothing is written into the project; `dispose()` removes the folder.
 * @param {string} root
 * @param {Mount[]} mounts
 * @returns {{ dir: string, dispose(): void }}
 */
function stageProject(root, mounts) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-stage-'));
  const npmDir = path.join(dir, MOUNT_DIR);
  for (const name of fs.readdirSync(root)) {
    if (name === MOUNT_DIR && mounts.length) continue;
    fs.symlinkSync(path.join(root, name), path.join(dir, name));
  }
  if (mounts.length) {
    fs.mkdirSync(npmDir);
    const own = path.join(root, MOUNT_DIR);
    if (fs.existsSync(own))
      for (const name of fs.readdirSync(own)) fs.symlinkSync(path.join(own, name), path.join(npmDir, name));
    for (const m of mounts) fs.symlinkSync(m.dir, path.join(dir, ...m.at.split('/')));
  }
  return { dir, dispose: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Runs `fn` with the folder a compiler should run in: the project itself, or, when libraries are mounted, a
 * {@link stageProject} folder (removed afterwards).
 * @template T
 * @param {string} root
 * @param {Mount[]} mounts
 * @param {(dir: string) => T} fn
 * @returns {T}
 */
function inProjectView(root, mounts, fn) {
  if (!mounts.length) return fn(root);
  const stage = stageProject(root, mounts);
  try {
    return fn(stage.dir);
  } finally {
    stage.dispose();
  }
}

module.exports = { extendedLibMounts, projectFile, mountedFiles, stageProject, inProjectView, SUPPLIED };
