// @ts-check
/**
 * wx storage holding a console world started from a scenario, exactly as the app saves it, built with the app's own
 * engine, storage envelope and session key (bundled from miniprogram/ by esbuild at the moment it is asked for), so a
 * screenshot of a console page can show a logged-in console instead of "please log in".
 */
const esbuild = require('esbuild');

/**
 * Bundles a few lines of TypeScript that import the app's own modules (resolved from `mpRoot`) and runs them.
 * @param {string} mpRoot the mini program root (miniprogram/)
 * @param {string} contents the entry's source
 * @param {string} sourcefile its name in error messages
 * @returns {Record<string, unknown>} the entry's exports
 */
function runEntry(mpRoot, contents, sourcefile) {
  const built = esbuild.buildSync({
    stdin: { contents, resolveDir: mpRoot, loader: 'ts', sourcefile },
    bundle: true,
    format: 'cjs',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  /** @type {{ exports: Record<string, unknown> }} */
  const mod = { exports: {} };
  new Function('module', 'exports', built.outputFiles[0].text)(mod, mod.exports);
  return mod.exports;
}

/** The prefix of a console source that names a mission: its start world (scenario and patch), e.g. an unfiled app. */
const MISSION_PREFIX = 'mission:';

/**
 * @param {string} mpRoot the mini program root (miniprogram/)
 * @param {string} scenario a scenario ID of the engine, e.g. 'ready-to-release', or `mission:<id>` for the start world
 *   of a mission (e.g. 'mission:filing': the ready mini program without its filing)
 * @returns {Record<string, string>} storage key → the stored value
 */
function consoleStorage(mpRoot, scenario) {
  const mission = scenario.startsWith(MISSION_PREFIX) ? scenario.slice(MISSION_PREFIX.length) : null;
  const world = mission
    ? `(() => {
        const m = missionById(${JSON.stringify(mission)});
        const started = m ? startWorld(m.start) : null;
        return started && started.ok ? started.world : null;
      })()`
    : `createWorld({ scenario: ${JSON.stringify(scenario)} })`;
  const entry = `
    import { createWorld, sandboxSummary, SCHEMA_VERSION } from './console/engine/index';
    import { missionById, startWorld } from './console/missions/index';
    import { encode } from './core/storage/envelope';
    import { CONSOLE_KEY, SANDBOX_SUMMARY_KEY } from './services/sandbox';
    const world = ${world};
    export const key = world ? CONSOLE_KEY : undefined;
    export const value = world ? encode({ world, smsSeen: 0 }, { version: SCHEMA_VERSION }) : undefined;
    export const summaryKey = SANDBOX_SUMMARY_KEY;
    export const summary = world ? encode({ summary: sandboxSummary(world) }, { version: 1 }) : undefined;
  `;
  const { key, value, summaryKey, summary } = runEntry(mpRoot, entry, 'console-seed.ts');
  if (typeof key !== 'string' || typeof value !== 'string')
    throw new Error(`console-seed: no world for scenario ${scenario}`);
  if (typeof summaryKey !== 'string' || typeof summary !== 'string')
    throw new Error(`console-seed: no summary for scenario ${scenario}`);
  // The world, and the summary the 实操 tab reads (it cannot load the engine).
  return { [key]: value, [summaryKey]: summary };
}

/**
 * wx storage holding fresh progress with the learner's language and theme chosen (as 我的 saves them), built with
 * the app's own progress schema and storage envelope, for pages shown in a forced theme or in English.
 * @param {string} mpRoot the mini program root (miniprogram/)
 * @param {{ lang?: 'zh' | 'en', theme?: 'system' | 'light' | 'dark' }} prefs
 * @returns {Record<string, string>} storage key → the stored value
 */
function prefsStorage(mpRoot, prefs) {
  const entry = `
    import { PROGRESS_SCHEMA } from './core/progress/schema';
    import { encode } from './core/storage/envelope';
    const initial = PROGRESS_SCHEMA.initial();
    const progress = { ...initial, ...${JSON.stringify(prefs)} };
    export const key = PROGRESS_SCHEMA.key;
    export const value = encode(progress, PROGRESS_SCHEMA);
  `;
  const { key, value } = runEntry(mpRoot, entry, 'prefs-seed.ts');
  if (typeof key !== 'string' || typeof value !== 'string') throw new Error('prefs-seed: no progress');
  return { [key]: value };
}

module.exports = { consoleStorage, prefsStorage };
