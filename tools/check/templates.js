// @ts-check
const path = require('path');
const fs = require('fs');
const { CheckError } = require('./errors');

/**
 * Every file under `root` with the extension, as paths relative to root (miniprogram_npm included: DevTools compiles it too).
 * @param {string} root
 * @param {string} ext
 * @returns {string[]}
 */
function listFiles(root, ext) {
  /** @type {string[]} */
  const out = [];
  /** @param {string} dir */
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(ext)) out.push(path.relative(root, full).split(path.sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/**
 * Compiles every .wxml under the mini program root with WeChat's real wcc (package miniprogram-compiler), all at once
 * as DevTools does (templates import each other). Fails with the file and line wcc reports.
 * @param {string} projectRoot
 * @param {string} mpRoot the mini program root
 */
function compileWxml(projectRoot, mpRoot) {
  const compiler = require('miniprogram-compiler');
  const files = listFiles(mpRoot, '.wxml');
  const wxsList = listFiles(mpRoot, '.wxs');
  try {
    compiler.wxmlToJs(mpRoot, { wxmlList: files, wxsList, maxBuffer: 64 * 1024 * 1024 });
  } catch (err) {
    const text = String(err instanceof Error ? err.message : err);
    const m = text.match(/([^\s：:]+\.wxml):(\d+):(\d+):\s*(.*)/);
    if (m) throw new CheckError(rel(projectRoot, mpRoot, m[1]), Number(m[2]), `wcc: ${m[4].trim()}`);
    throw new CheckError(path.relative(projectRoot, mpRoot), 1, `wcc: ${text.trim()}`);
  }
  return { files: files.length };
}

/**
 * Compiles every .wxss with WeChat's real wcsc. Fails with the file and line wcsc reports.
 * @param {string} projectRoot
 * @param {string} mpRoot
 */
function compileWxss(projectRoot, mpRoot) {
  // The package's wxssToJs swallows wcsc's error (it returns, not throws, an Error); call its wcsc runner directly.
  const wcsc = require('miniprogram-compiler/src/wcsc');
  const files = listFiles(mpRoot, '.wxss');
  const result = wcsc(
    mpRoot,
    files.map((f) => f.slice(0, -'.wxss'.length)),
    { maxBuffer: 64 * 1024 * 1024 },
  );
  if (result instanceof Error) {
    const text = result.message;
    const m = text.match(/([^\s：:]+\.wxss)\((\d+):(\d+)\):\s*(.*)/);
    if (m) throw new CheckError(rel(projectRoot, mpRoot, m[1]), Number(m[2]), `wcsc: ${m[4].trim()}`);
    throw new CheckError(path.relative(projectRoot, mpRoot), 1, `wcsc: ${text.trim()}`);
  }
  return { files: files.length };
}

/**
 * @param {string} projectRoot
 * @param {string} mpRoot
 * @param {string} file relative to mpRoot
 */
function rel(projectRoot, mpRoot, file) {
  return path.relative(projectRoot, path.join(mpRoot, file));
}

module.exports = { compileWxml, compileWxss, listFiles };
