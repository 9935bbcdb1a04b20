// @ts-check
/**
 * wx storage holding a console world started from a scenario, exactly as the app saves it, built with the app's own
 * engine, storage envelope and session key (bundled from miniprogram/ by esbuild at the moment it is asked for), so a
 * screenshot of a console page can show a logged-in console instead of "please log in".
 */
const esbuild = require('esbuild');

/**
 * @param {string} mpRoot the mini program root (miniprogram/)
 * @param {string} scenario a scenario ID of the engine, e.g. 'ready-to-release'
 * @returns {Record<string, string>} storage key → the stored value
 */
function consoleStorage(mpRoot, scenario) {
  const entry = `
    import { createWorld, sandboxSummary, SCHEMA_VERSION } from './console/engine/index';
    import { encode } from './core/storage/envelope';
    import { CONSOLE_KEY, SANDBOX_SUMMARY_KEY } from './services/sandbox';
    const world = createWorld({ scenario: ${JSON.stringify(scenario)} });
    export const key = CONSOLE_KEY;
    export const value = encode({ world, smsSeen: 0 }, { version: SCHEMA_VERSION });
    export const summaryKey = SANDBOX_SUMMARY_KEY;
    export const summary = encode({ summary: sandboxSummary(world) }, { version: 1 });
  `;
  const built = esbuild.buildSync({
    stdin: { contents: entry, resolveDir: mpRoot, loader: 'ts', sourcefile: 'console-seed.ts' },
    bundle: true,
    format: 'cjs',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  /** @type {{ exports: { key?: string, value?: string, summaryKey?: string, summary?: string } }} */
  const mod = { exports: {} };
  new Function('module', 'exports', built.outputFiles[0].text)(mod, mod.exports);
  const { key, value, summaryKey, summary } = mod.exports;
  if (typeof key !== 'string' || typeof value !== 'string')
    throw new Error(`console-seed: no world for scenario ${scenario}`);
  if (typeof summaryKey !== 'string' || typeof summary !== 'string')
    throw new Error(`console-seed: no summary for scenario ${scenario}`);
  // The world, and the summary the 实操 tab reads (it cannot load the engine).
  return { [key]: value, [summaryKey]: summary };
}

module.exports = { consoleStorage };
