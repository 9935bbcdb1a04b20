// @ts-check
const path = require('path');
const { spawnSync } = require('child_process');
const { CheckError } = require('./errors');

/** The flags `strict: true` turns on (TypeScript 5.9); each can still be turned off one by one. */
const STRICT_FAMILY = [
  'noImplicitAny',
  'noImplicitThis',
  'strictNullChecks',
  'strictFunctionTypes',
  'strictBindCallApply',
  'strictPropertyInitialization',
  'strictBuiltinIteratorReturn',
  'useUnknownInCatchVariables',
  'alwaysStrict',
];

/**
 * How strict a project really is, from its resolved compiler options (after `extends`):
 * 'strict', 'strict except noImplicitAny', 'not strict (strictNullChecks on)', '... , JavaScript checked'.
 * @param {Record<string, unknown>} options
 */
function describeStrictness(options) {
  const explicitly = (/** @type {string} */ flag) => (options[flag] === undefined ? null : Boolean(options[flag]));
  let text;
  if (options.strict === true) {
    const off = STRICT_FAMILY.filter((flag) => explicitly(flag) === false);
    text = off.length ? `strict except ${off.join(', ')}` : 'strict';
  } else {
    const on = STRICT_FAMILY.filter((flag) => explicitly(flag) === true);
    text = on.length ? `not strict (${on.join(', ')} on)` : 'not strict';
  }
  if (options.allowJs && options.checkJs) text += ', JavaScript checked';
  else if (options.allowJs) text += ', JavaScript read for types only';
  return text;
}

/**
 * Reads a tsconfig as tsc resolves it (extends included).
 * @param {string} projectRoot
 * @param {string} config path relative to the project root
 * @returns {Record<string, unknown>}
 */
function compilerOptionsOf(projectRoot, config) {
  /** @type {typeof import('typescript')} */
  const ts = require(path.resolve(projectRoot, 'node_modules', 'typescript'));
  const file = path.resolve(projectRoot, config);
  const parsed = ts.getParsedCommandLineOfConfigFile(
    file,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new CheckError(config, 1, ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new CheckError(config, 1, 'cannot read this tsconfig');
  return /** @type {Record<string, unknown>} */ (parsed.options);
}

/**
 * Runs `tsc --noEmit` for each tsconfig and fails on the first diagnostic with its file and line.
 * @param {string} projectRoot
 * @param {string[]} tsconfigs paths relative to the project root
 * @returns {{ projects: number, settings: { config: string, strictness: string }[] }}
 */
function checkTypeScript(projectRoot, tsconfigs) {
  const tsc = path.join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  const settings = [];
  for (const config of tsconfigs) {
    settings.push({ config, strictness: describeStrictness(compilerOptionsOf(projectRoot, config)) });
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
  return { projects: tsconfigs.length, settings };
}

module.exports = { checkTypeScript, describeStrictness };
