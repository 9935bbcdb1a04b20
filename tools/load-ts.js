// @ts-check
/**
 * Loads the mini program's TypeScript in Node for the figure scripts (bench-*, teacher-guide, privacy/bench):
 * bundled in memory by esbuild, so what they measure is the code the app runs. Either an entry file, or a few lines
 * of source resolved from the repository root (to re-export from several modules).
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const esbuild = require('esbuild');

const REPO = path.resolve(__dirname, '..');

/**
 * @param {string | { contents: string }} entry a path relative to the repository, or source to bundle
 * @returns {Record<string, any>} the module's exports (the caller knows their shape; the bundle has no types)
 */
function loadTs(entry) {
  const out = esbuild.buildSync({
    ...(typeof entry === 'string'
      ? { entryPoints: [path.join(REPO, entry)] }
      : { stdin: { contents: entry.contents, resolveDir: REPO, loader: 'ts' } }),
    bundle: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    logLevel: 'silent',
  });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'reglab-ts-')), 'bundle.js');
  fs.writeFileSync(file, out.outputFiles[0].text);
  return require(file);
}

module.exports = { loadTs, REPO };
