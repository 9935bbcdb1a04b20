#!/usr/bin/env node
// @ts-check
/**
 * Mission figures, printed (not a test): `node tools/bench-missions.js [--runs 200]`.
 * - every built-in mission: stage, order, facts, par and the length of its share code (budget: 1 KB each);
 * - the goal check after an action (checklist + forbidden conditions) for the largest mission, median and p95
 *   over every world state of its reference solution (budget: median ≤ 1 ms), and one whole learner action.
 * The TypeScript runtime is bundled in memory with esbuild, so the figures are those of the code the app runs.
 */
const { loadTs } = require('./load-ts');

/**
 * @param {number[]} values
 * @param {number} q
 */
function quantile(values, q) {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function main() {
  const runsArg = process.argv.indexOf('--runs');
  const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) || 200 : 200;
  const m = loadTs('miniprogram/console/missions/index.ts');
  /** @type {import('../miniprogram/console/missions/index').Mission[]} */
  const missions = m.MISSIONS;
  console.log('id                      stage     #  par  code  facts');
  let largestCode = 0;
  for (const mission of missions) {
    const code = m.encodeMission(mission).length;
    largestCode = Math.max(largestCode, code);
    console.log(
      `${mission.id.padEnd(23)} ${mission.stage.padEnd(9)} ${String(mission.order).padStart(2)} ${String(mission.par).padStart(4)} ${String(code).padStart(5)}  ${mission.factIds.join(' ')}`,
    );
  }
  console.log(`${missions.length} missions; longest share code ${largestCode} characters (budget 1024)`);

  // The largest mission: most goals and forbidden conditions, then the longest solution.
  const size = (/** @type {import('../miniprogram/console/missions/index').Mission} */ x) =>
    (x.goals.length + x.forbidden.length) * 1000 + x.par;
  const largest = missions.slice().sort((a, b) => size(b) - size(a))[0];
  const start = m.startRun(largest, Date.now());
  if (!start.ok) throw new Error(start.message.en);
  const replay = m.playSteps(start.run, largest.solution);
  const worlds = [start.run.start];
  let run = start.run;
  for (const action of replay.run.actions) {
    run = m.applyAction(run, action);
    worlds.push(run.world);
  }
  /** @type {number[]} */
  const times = [];
  for (let r = 0; r < runs; r++) {
    for (const world of worlds) {
      const t0 = process.hrtime.bigint();
      m.evaluate(largest, world);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  /** @type {number[]} */
  const steps = [];
  for (let r = 0; r < Math.max(1, Math.floor(runs / 20)); r++) {
    let replayed = start.run;
    for (const action of replay.run.actions) {
      const t0 = process.hrtime.bigint();
      replayed = m.applyAction(replayed, action);
      steps.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  console.log(
    `one learner action of ${largest.id} (engine dispatch + goal check): median ${quantile(steps, 0.5).toFixed(3)} ms, ` +
      `p95 ${quantile(steps, 0.95).toFixed(3)} ms`,
  );
  console.log(
    `goal check of ${largest.id} (${largest.goals.length} goals, ${largest.forbidden.length} forbidden, ${worlds.length} states × ${runs}): ` +
      `median ${quantile(times, 0.5).toFixed(3)} ms, p95 ${quantile(times, 0.95).toFixed(3)} ms (budget: median ≤ 1 ms)`,
  );
}

main();
