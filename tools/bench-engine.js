#!/usr/bin/env node
// @ts-check
/**
 * Console engine figures, printed (not a test): `node tools/bench-engine.js [--actions 20000]`; `npm run bench`
 * prints them too (after the headless figures). A learner who never stops (test/unit/console/kernel/long-session.ts: log-ins with their scans,
 * uploads, reviews, releases and rollbacks, domain changes, time travel, random actions in between) plays
 * 20,000 actions; printed: the mean cost of an action over the first 100 and over the last 100 (the goal: within
 * 2×, since an action copies only the branches it touches and the world is bounded), and the saved size (WeChat
 * allows 1 MB per key). The TypeScript is bundled in memory with esbuild, so the figures are those of the app's code.
 */
const { loadTs } = require('./load-ts');

/**
 * Plays `actions` actions and measures.
 * @param {number} actions
 * @returns {{ firstMs: number, lastMs: number, ratio: number, savedBytes: number, actions: number }}
 */
function engineFigures(actions = 20000) {
  const { dispatch, longSession, serializeWorld } = loadTs('test/unit/console/kernel/long-session.ts');
  const session = longSession(1);
  /**
   * Plays the next 100 actions of the session, then replays them from the same world 9 times and keeps the
   * fastest, in CPU time (dispatch is pure, so each replay does the same work; CPU time and the minimum leave out
   * most of the noise of other processes on a shared machine).
   */
  const window = () => {
    const start = session.world;
    /** @type {unknown[]} */
    const played = [];
    for (let i = 0; i < 100; i++) played.push(session.next());
    let best = Infinity;
    for (let rep = 0; rep < 9; rep++) {
      let w = start;
      const t0 = process.cpuUsage();
      for (const action of played) w = dispatch(w, action).world;
      const used = process.cpuUsage(t0);
      best = Math.min(best, (used.user + used.system) / 1000 / played.length);
    }
    return best;
  };
  const firstMs = window();
  for (let i = 100; i < actions - 100; i++) session.next();
  const lastMs = window();
  return { firstMs, lastMs, ratio: lastMs / firstMs, savedBytes: serializeWorld(session.world).length, actions };
}

/** @param {ReturnType<typeof engineFigures>} f */
function printEngineFigures(f) {
  process.stdout.write(
    `\nConsole engine (one learner, ${f.actions} actions)\n` +
      `  per action, first 100: ${f.firstMs.toFixed(3)} ms (CPU time, fastest of 9 replays)\n` +
      `  per action, after ${f.actions}: ${f.lastMs.toFixed(3)} ms (${f.ratio.toFixed(2)}× the first; goal ≤ 2×)\n` +
      `  saved world after ${f.actions}: ${(f.savedBytes / 1024).toFixed(1)} KB (WeChat's limit per key: 1024 KB)\n`,
  );
}

const arg = process.argv.indexOf('--actions');
const actions = arg > 0 ? Math.max(300, Number(process.argv[arg + 1]) || 20000) : 20000;
printEngineFigures(engineFigures(actions));
