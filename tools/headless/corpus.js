#!/usr/bin/env node
// @ts-check
/**
 * Fidelity on mini programs we did not write: opens every page of each given mini program through the official
 * `miniprogram-automator` client connected to the headless endpoint (one endpoint per app), reLaunching each page,
 * and prints per app: pages, clean, with exceptions, failed, the `unsupported: <feature>` warnings, the top causes,
 * the endpoint's start time and the median reLaunch time.
 *
 *   npm run devtools:corpus -- DIR… [--json] [--pages] [--dwell MS] [--timeout MS]
 *
 * DIR is a project (a folder with project.config.json or app.json), or a folder of projects (each subfolder with one
 * is an app, counted together under DIR's name). A page is **clean** when it landed on the right route, threw no
 * exception and has a non-empty tree. See docs/headless-devtools.md ("Fidelity on public mini programs").
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const automator = require('miniprogram-automator');
const { startServer } = require('./server');
const { readProject } = require('./node-host');
const { loadAppConfig } = require('./runtime/app-config');

/**
 * How long one page may take to open before it counts as failed. `--timeout MS` changes it: on a machine loaded by
 * other work a slow page is not a wrong one, and a longer limit tells the two apart.
 */
const PAGE_TIMEOUT_MS = 15000;
/**
 * How long the runner stays on a page once it is open, as a person would look at it: pages start work on short
 * timers (the official demo's canvas page queries its canvas 200 ms after onShow), which on a page already left
 * would query the next page instead. `--dwell MS` changes it.
 */
const DWELL_MS = 250;

/**
 * @typedef {object} PageResult
 * @property {string} route
 * @property {'clean' | 'exception' | 'failed'} outcome
 * @property {string[]} causes
 * @property {string[]} unsupported
 * @property {number} ms
 */

/**
 * @typedef {object} AppResult
 * @property {string} name
 * @property {string} dir
 * @property {number} startMs
 * @property {string | null} startError
 * @property {PageResult[]} pages
 */

/**
 * A cause as it counts in "top causes": the first line of the message, file paths shortened to their last part
 * (a missing module stays named), numbers as N.
 * @param {string} message
 */
function causeOf(message) {
  return String(message)
    .split('\n')[0]
    .replace(/\(from [^)]*\)/g, '(from …)')
    .replace(/(?:\/[\w.@+-]+)*\/([\w.@+-]+)/g, '…/$1')
    .replace(/\d+/g, 'N')
    .slice(0, 160);
}

/**
 * The projects under a directory: itself when it is one, else each subfolder that is one.
 * @param {string} dir
 * @returns {string[]}
 */
function projectsIn(dir) {
  const isProject = (/** @type {string} */ d) => {
    const { root } = readProject(d);
    return fs.existsSync(path.join(root, 'app.json'));
  };
  if (isProject(dir)) return [dir];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && isProject(path.join(dir, e.name)))
    .map((e) => path.join(dir, e.name))
    .sort();
}

/**
 * The pages app.json lists (main package, then subpackages), read without starting the app.
 * @param {string} dir
 * @returns {string[]}
 */
function appPages(dir) {
  try {
    const { root } = readProject(dir);
    const host = {
      readFile: (/** @type {string} */ p) => {
        try {
          return fs.readFileSync(path.join(root, p), 'utf8');
        } catch {
          return null;
        }
      },
    };
    return loadAppConfig(/** @type {import('./runtime/types').RuntimeHost} */ (/** @type {unknown} */ (host))).pages;
  } catch {
    return [];
  }
}

/**
 * @template T
 * @param {Promise<T>} p
 * @param {number} ms
 * @param {string} what
 * @returns {Promise<T>}
 */
function within(p, ms, what) {
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  return Promise.race([
    p,
    new Promise((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took more than ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * Opens every page of one project through the official client.
 * @param {string} dir
 * @param {{ dwellMs?: number, timeoutMs?: number }} [options]
 * @returns {Promise<AppResult>}
 */
async function runApp(dir, { dwellMs = DWELL_MS, timeoutMs = PAGE_TIMEOUT_MS } = {}) {
  const name = path.basename(dir);
  const started = Date.now();
  /**
   * Every page of app.json counts as failed, with the reason the endpoint did not start or the client could not
   * connect; the run goes on with the next app.
   * @param {string} why @param {unknown} err
   * @returns {AppResult}
   */
  const notRun = (why, err) => {
    const cause = causeOf(`${why}: ${err instanceof Error ? err.message : String(err)}`);
    /** @type {PageResult[]} */
    const failed = appPages(dir).map((route) => ({
      route,
      outcome: 'failed',
      causes: [cause],
      unsupported: [],
      ms: 0,
    }));
    return { name, dir, startMs: Date.now() - started, startError: String(err), pages: failed };
  };
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let server;
  try {
    server = await startServer({ port: 0, quiet: true, project: dir, token: null, log: () => undefined });
  } catch (err) {
    return notRun('endpoint did not start', err);
  }
  const startMs = Date.now() - started;
  // The official client refuses a base library older than 2.7.3 (tutorial apps often pin 1.9.x, which DevTools
  // would upgrade): the corpus measures the runtime, so the endpoint reports at least 2.7.3 to this client.
  const info = server.holder.info;
  server.holder.info = () => {
    const i = info();
    const old = String(i.SDKVersion).split('.').map(Number);
    return old[0] < 2 || (old[0] === 2 && old[1] < 7) ? { ...i, SDKVersion: '2.7.3' } : i;
  };
  const runtime = await server.runtime();
  const pages = runtime.config.pages.slice();
  /** @type {Awaited<ReturnType<typeof automator.connect>>} */
  let mp;
  try {
    mp = await automator.connect({ wsEndpoint: server.wsEndpoint });
  } catch (err) {
    await server.close();
    return notRun('the official client did not connect', err);
  }
  /** @typedef {{ message: string, route?: string }} Thrown */
  /** @type {Thrown[]} */
  let exceptions = [];
  /** Exceptions of a page thrown once the next one was opening (its onUnload, a detached lifetime). @type {Thrown[]} */
  const late = [];
  /** @type {string[]} */
  let warnings = [];
  mp.on('exception', (/** @type {Thrown} */ e) => exceptions.push(e));
  mp.on('console', (/** @type {{ type: string, args: unknown[] }} */ e) => {
    if (e.type === 'warn') warnings.push(e.args.map(String).join(' '));
  });
  /** @type {PageResult[]} */
  const results = [];
  for (const route of pages) {
    exceptions = [];
    warnings = [];
    const t0 = Date.now();
    /** @type {string[]} */
    const causes = [];
    let landed = false;
    let nonEmpty = false;
    try {
      // callWxMethod, not mp.reLaunch: the client's reLaunch waits a fixed 3 s and needs a page already open.
      await within(mp.callWxMethod('reLaunch', { url: `/${route}` }), timeoutMs, `reLaunch /${route}`);
      const page = await within(mp.currentPage(), timeoutMs, 'currentPage');
      landed = !!page && page.path === route;
      if (!landed) causes.push(`landed on ${page ? page.path : 'no page'}`);
      if (page) nonEmpty = (await within(page.$$('*'), timeoutMs, 'page.$$')).length > 0;
      if (landed && !nonEmpty) causes.push('empty tree');
    } catch (err) {
      const e = /** @type {{ message?: string, errMsg?: string }} */ (err);
      causes.push(`reLaunch failed: ${e && (e.message || e.errMsg) ? e.message || e.errMsg : String(err)}`);
    }
    const ms = Date.now() - t0;
    if (landed && dwellMs > 0) await new Promise((resolve) => setTimeout(resolve, dwellMs));
    const thrown = exceptions.filter((e) => !e.route || e.route === route).map((e) => e.message);
    late.push(...exceptions.filter((e) => e.route && e.route !== route));
    const failed = !landed || !nonEmpty;
    /** @type {PageResult['outcome']} */
    const outcome = failed ? 'failed' : thrown.length ? 'exception' : 'clean';
    results.push({
      route,
      outcome,
      causes: [...causes, ...thrown].map(causeOf),
      unsupported: [...new Set(warnings.filter((w) => w.startsWith('unsupported:')))],
      ms,
    });
  }
  // Each exception counts for the page whose code threw it.
  for (const e of late) {
    const page = results.find((p) => p.route === e.route);
    if (!page) continue;
    page.causes.push(causeOf(e.message));
    if (page.outcome === 'clean') page.outcome = 'exception';
  }
  mp.disconnect();
  await server.close();
  return { name, dir, startMs, startError: null, pages: results };
}

/** @param {number[]} xs */
const median = (xs) => {
  if (!xs.length) return 0;
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/**
 * One corpus entry's summary (several projects of a folder count together).
 * @param {string} name
 * @param {AppResult[]} apps
 */
function summarise(name, apps) {
  const pages = apps.flatMap((a) => a.pages);
  const count = (/** @type {PageResult['outcome']} */ o) => pages.filter((p) => p.outcome === o).length;
  /** @type {Map<string, number>} */
  const causes = new Map();
  for (const p of pages) for (const c of new Set(p.causes)) causes.set(c, (causes.get(c) || 0) + 1);
  /** @type {Map<string, number>} */
  const unsupported = new Map();
  for (const p of pages) for (const u of p.unsupported) unsupported.set(u, (unsupported.get(u) || 0) + 1);
  const clean = count('clean');
  // A clean page may carry `unsupported: <feature>` warnings (the budget allows that, not exceptions).
  const cleanWithUnsupported = pages.filter((p) => p.outcome === 'clean' && p.unsupported.length > 0).length;
  return {
    name,
    apps: apps.length,
    startErrors: apps.filter((a) => a.startError).map((a) => `${a.name}: ${a.startError}`),
    pages: pages.length,
    clean,
    exception: count('exception'),
    failed: count('failed'),
    withUnsupported: pages.filter((p) => p.unsupported.length).length,
    cleanPercent: pages.length ? Math.round((1000 * clean) / pages.length) / 10 : 0,
    cleanWithUnsupported,
    startMs: median(apps.map((a) => a.startMs)),
    relaunchMedianMs: median(pages.map((p) => p.ms)),
    // Timings mean little without how busy the machine was (a shared 2-core machine varies tenfold).
    loadAverage: Math.round(os.loadavg()[0] * 10) / 10,
    topCauses: [...causes.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8),
    unsupported: [...unsupported.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8),
    notClean: pages
      .filter((p) => p.outcome !== 'clean')
      .map((p) => ({ route: p.route, outcome: p.outcome, causes: [...new Set(p.causes)] })),
  };
}

/**
 * @param {ReturnType<typeof summarise>} s
 * @param {{ pages?: boolean }} [options] pages: also list every page that is not clean, with its causes.
 */
function format(s, { pages = false } = {}) {
  const lines = [
    `${s.name}: ${s.apps} app(s), ${s.pages} pages — clean ${s.clean} (${s.cleanPercent} %; ${s.cleanWithUnsupported} of them with only 'unsupported:' warnings), with exceptions ${s.exception}, failed ${s.failed}`,
    `  endpoint start ${s.startMs} ms (median per app), reLaunch median ${s.relaunchMedianMs} ms, load average ${s.loadAverage}`,
  ];
  for (const e of s.startErrors) lines.push(`  did not start: ${e}`);
  if (s.topCauses.length) lines.push('  top causes (pages):');
  for (const [c, n] of s.topCauses) lines.push(`    ${String(n).padStart(4)}  ${c}`);
  if (s.unsupported.length) lines.push('  unsupported features (pages):');
  for (const [u, n] of s.unsupported) lines.push(`    ${String(n).padStart(4)}  ${u}`);
  if (pages && s.notClean.length) lines.push('  pages not clean:');
  if (pages) for (const p of s.notClean) lines.push(`    ${p.route} (${p.outcome}): ${p.causes.join('; ')}`);
  return lines.join('\n');
}

/**
 * The command line: DIR… [--json] [--pages] [--dwell MS] [--timeout MS].
 * @param {string[]} argv
 */
function parseArgs(argv) {
  /** @param {string} flag @param {number} fallback */
  const number = (flag, fallback) => {
    const at = argv.indexOf(flag);
    return at >= 0 ? Number(argv[at + 1]) : fallback;
  };
  const valueAt = new Set(['--dwell', '--timeout'].map((f) => argv.indexOf(f) + 1).filter((i) => i > 0));
  return {
    json: argv.includes('--json'),
    listPages: argv.includes('--pages'),
    dwellMs: number('--dwell', DWELL_MS),
    timeoutMs: number('--timeout', PAGE_TIMEOUT_MS),
    dirs: argv.filter((a, i) => !a.startsWith('--') && !valueAt.has(i)).map((d) => path.resolve(d)),
  };
}

/** @param {string[]} argv */
async function main(argv) {
  const { json, listPages, dwellMs, timeoutMs, dirs } = parseArgs(argv);
  if (!dirs.length) {
    process.stderr.write('Usage: npm run devtools:corpus -- DIR… [--json] [--pages] [--dwell MS] [--timeout MS]\n');
    process.exit(2);
  }
  const summaries = [];
  for (const dir of dirs) {
    /** @type {AppResult[]} */
    const apps = [];
    for (const project of projectsIn(dir)) apps.push(await runApp(project, { dwellMs, timeoutMs }));
    const summary = summarise(path.basename(dir), apps);
    summaries.push(summary);
    if (!json) process.stdout.write(`${format(summary, { pages: listPages })}\n`);
  }
  if (json) process.stdout.write(`${JSON.stringify(summaries, null, 2)}\n`);
}

module.exports = { causeOf, projectsIn, runApp, summarise, format, parseArgs };

if (/** @type {NodeJS.Require} */ (/** @type {unknown} */ (require)).main === module) {
  main(process.argv.slice(2)).then(
    () => process.exit(0),
    (err) => {
      process.stderr.write(`devtools:corpus: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exit(1);
    },
  );
}
