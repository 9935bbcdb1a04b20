// @ts-check
/**
 * Jest's TypeScript transform for every jest config of this repository (unit, component, e2e, browser): esbuild
 * strips the types file by file (`isolatedModules`, as test/tsconfig.json demands), far cheaper in CPU than ts-jest's
 * TypeScript `transpileModule` (figures in the README's "What the test run costs"). It only transpiles: the types are
 * checked by `npm run check` (`tsc --noEmit -p test/tsconfig.json`: the tests and the mini program code they import).
 * The emit follows test/tsconfig.json (its `target` decides class-field semantics, as in tsc). The cache key leaves
 * out which jest project asks, so a file transformed for one project (or one of the three jest runs of `npm test`)
 * is a cache hit for the others.
 */
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');

const TSCONFIG = path.resolve(__dirname, '..', 'test', 'tsconfig.json');

/** @type {import('esbuild').TransformOptions['tsconfigRaw'] | null} */
let tsconfigRaw = null;

/**
 * The compiler options of test/tsconfig.json that change esbuild's output, resolved through `extends` by TypeScript.
 * @returns {NonNullable<import('esbuild').TransformOptions['tsconfigRaw']>}
 */
function emitOptions() {
  if (tsconfigRaw) return tsconfigRaw;
  /** @type {typeof import('typescript')} */
  const ts = require('typescript');
  const parsed = ts.getParsedCommandLineOfConfigFile(
    TSCONFIG,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(`${TSCONFIG}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
      },
    },
  );
  if (!parsed) throw new Error(`cannot read ${TSCONFIG}`);
  const o = parsed.options;
  const target = o.target === undefined ? undefined : ts.ScriptTarget[o.target];
  tsconfigRaw = {
    compilerOptions: {
      target,
      useDefineForClassFields: o.useDefineForClassFields,
      alwaysStrict: o.alwaysStrict ?? o.strict,
      experimentalDecorators: o.experimentalDecorators,
      verbatimModuleSyntax: o.verbatimModuleSyntax,
    },
  };
  return tsconfigRaw;
}

const SELF = fs.readFileSync(__filename, 'utf8');

/**
 * @param {string} sourcePath
 * @returns {import('esbuild').TransformOptions}
 */
function optionsFor(sourcePath) {
  const raw = emitOptions();
  return {
    loader: sourcePath.endsWith('.tsx') ? 'tsx' : 'ts',
    format: 'cjs',
    platform: 'node',
    // Node 20 runs the tests: nothing needs lowering beyond what the tsconfig's own target asks.
    target: 'node20',
    tsconfigRaw: raw,
    sourcefile: sourcePath,
    sourcemap: 'external',
    sourcesContent: false,
  };
}

/** @type {import('@jest/transform').SyncTransformer} */
const transformer = {
  canInstrument: false,
  getCacheKey(sourceText, sourcePath, options) {
    return crypto
      .createHash('sha1')
      .update(SELF)
      .update('\0')
      .update(esbuild.version)
      .update('\0')
      .update(JSON.stringify(emitOptions()))
      .update('\0')
      .update(sourcePath)
      .update('\0')
      .update(String(options.instrument))
      .update('\0')
      .update(sourceText)
      .digest('hex');
  },
  process(sourceText, sourcePath) {
    const out = esbuild.transformSync(sourceText, optionsFor(sourcePath));
    return { code: out.code, map: out.map };
  },
};

module.exports = transformer;
