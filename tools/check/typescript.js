// @ts-check
const path = require('path');
const { spawnSync } = require('child_process');
const { CheckError } = require('./errors');

/**
 * Runs `tsc --noEmit` for each tsconfig and fails on the first diagnostic with its file and line.
 * @param {string} projectRoot
 * @param {string[]} tsconfigs paths relative to the project root
 */
function checkTypeScript(projectRoot, tsconfigs) {
  const tsc = path.join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  for (const config of tsconfigs) {
    const run = spawnSync(process.execPath, [tsc, '-p', config, '--noEmit', '--pretty', 'false'], {
      cwd: projectRoot,
      encoding: 'utf8',
      maxBuffer: 32 * 1024 * 1024,
    });
    if (run.status === 0) continue;
    const out = `${run.stdout}${run.stderr}`;
    const m = out.match(/^(.+?)\((\d+),(\d+)\): error (TS\d+: .*)$/m);
    if (m) {
      // tsc prints paths relative to its working directory, the project root.
      const file = path.relative(projectRoot, path.resolve(projectRoot, m[1]));
      throw new CheckError(file, Number(m[2]), m[4]);
    }
    throw new CheckError(config, 1, out.trim().split('\n')[0] || `tsc exited with ${run.status}`);
  }
  return { projects: tsconfigs.length };
}

module.exports = { checkTypeScript };
