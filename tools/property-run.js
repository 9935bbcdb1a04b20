#!/usr/bin/env node
// @ts-check
/**
 * The console engine's main property (test/unit/console/kernel/property-runs.ts) in plain Node processes:
 * `node tools/property-run.js [--runs 10000] [--processes 2]`. properties.test.ts runs it this way because Jest's
 * sandbox makes the engine about twice as slow; the runs are shared out between the processes (each with its own
 * random seed, printed by fast-check when a run fails). Prints one line of figures (runs, actions, runs/s, length
 * mean and max) and, last, a JSON line of them; exits 1 with fast-check's report (seed, shrunk counterexample,
 * broken invariant) when a property does not hold.
 */
const { fork } = require('child_process');
const { loadTs } = require('./load-ts');

/** @param {string} name @param {number} fallback */
function option(name, fallback) {
  const i = process.argv.indexOf(name);
  const value = i > 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/**
 * @typedef {{ runs: number, actions: number, seconds: number, cpuSeconds: number, meanLength: number,
 *   maxLength: number, byLength: number[] }} Figures
 */

/** One process: its share of the runs. */
function child() {
  const { mainProperty } = loadTs('test/unit/console/kernel/property-runs.ts');
  try {
    /** @type {Figures} */
    const figures = mainProperty(option('--runs', 1));
    process.send?.({ figures });
  } catch (error) {
    process.send?.({ failure: error instanceof Error ? error.message : String(error) });
  }
}

/**
 * Shares `runs` out between `processes` children and adds up their figures.
 * @param {number} runs @param {number} processes
 * @returns {Promise<{ figures: Figures, failures: string[] }>}
 */
function runAll(runs, processes) {
  const started = Date.now();
  const shares = Array.from(
    { length: processes },
    (_, i) => Math.floor(runs / processes) + (i < runs % processes ? 1 : 0),
  );
  return Promise.all(
    shares
      .filter((share) => share > 0)
      .map(
        (share) =>
          /** @type {Promise<{ figures?: Figures, failure?: string }>} */ (
            new Promise((resolve) => {
              /** @type {{ figures?: Figures, failure?: string }} */
              let answer = { failure: 'the process ended without an answer' };
              const worker = fork(__filename, ['--child', '--runs', String(share)], { stdio: 'inherit' });
              worker.on('message', (message) => (answer = /** @type {typeof answer} */ (message)));
              worker.on('exit', () => resolve(answer));
            })
          ),
      ),
  ).then((answers) => {
    const parts = /** @type {Figures[]} */ (answers.map((a) => a.figures).filter(Boolean));
    const actions = parts.reduce((sum, f) => sum + f.actions, 0);
    const done = parts.reduce((sum, f) => sum + f.runs, 0);
    return {
      failures: /** @type {string[]} */ (answers.map((a) => a.failure).filter(Boolean)),
      figures: {
        runs: done,
        actions,
        seconds: (Date.now() - started) / 1000,
        cpuSeconds: parts.reduce((sum, f) => sum + f.cpuSeconds, 0),
        meanLength: done > 0 ? actions / done : 0,
        maxLength: Math.max(0, ...parts.map((f) => f.maxLength)),
        byLength: [0, 1, 2, 3, 4].map((i) => parts.reduce((sum, f) => sum + f.byLength[i], 0)),
      },
    };
  });
}

/** @param {Figures} f @param {number} processes */
function describeFigures(f, processes) {
  return (
    `properties: ${f.runs} runs, ${f.actions} actions in ${f.seconds.toFixed(1)} s with ${processes} processes ` +
    `(CPU ${f.cpuSeconds.toFixed(1)} s): ${Math.round(f.runs / f.seconds)} runs/s, ` +
    `${Math.round(f.actions / f.seconds)} actions/s; length mean ${f.meanLength.toFixed(1)}, max ${f.maxLength}, ` +
    `runs by length 1-20/21-40/41-60/61-80/81-100: ${f.byLength.join('/')}`
  );
}

if (process.argv.includes('--child')) {
  child();
} else {
  const processes = option('--processes', 2);
  runAll(option('--runs', 10000), processes).then(({ figures, failures }) => {
    for (const failure of failures) process.stderr.write(`${failure}\n`);
    process.stdout.write(`${describeFigures(figures, processes)}\n${JSON.stringify(figures)}\n`);
    process.exitCode = failures.length > 0 ? 1 : 0;
  });
}
