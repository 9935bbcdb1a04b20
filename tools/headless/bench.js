#!/usr/bin/env node
// @ts-check
/**
 * Benchmarks of the headless endpoint, printed (not a test): `node tools/headless/bench.js [--runs 3]`.
 * - startup: endpoint start → first page ready; client connect → first page answered;
 * - journeys driven through the official client (wall time, and per step: time, setData calls and bytes);
 * - per page: render time (create → onReady), WXML node count, setData calls and bytes while opening.
 * The goal the project set: the full registration-to-online journey under 10 s wall on a 2-core machine.
 */
const fs = require('fs');
const path = require('path');
const automator = require('miniprogram-automator');
const { startServer } = require('./server');

const REPO = path.resolve(__dirname, '..', '..');

/** @typedef {import('miniprogram-automator/out/MiniProgram').default} MiniProgram */
/** @typedef {import('miniprogram-automator/out/Page').default} Page */
/** @typedef {ReturnType<import('./runtime/index').createRuntime>} Runtime */
/** @typedef {{ label: string, ms: number, setData: number, bytes: number }} Step */

/**
 * @param {MiniProgram} mp
 * @returns {Promise<Page>}
 */
async function current(mp) {
  const page = await mp.currentPage();
  if (!page) throw new Error('no page');
  return page;
}

/**
 * @param {Page} page
 * @param {string} selector
 */
async function tapOn(page, selector) {
  const el = await page.$(selector);
  if (!el) throw new Error(`${selector} not found on ${page.path}`);
  await el.tap();
}

/**
 * @param {Page} page
 * @param {string} prefix
 */
async function firstCell(page, prefix) {
  for (const cell of await page.$$('van-cell'))
    if (String((await cell.attribute('id')) || '').startsWith(prefix)) return cell;
  throw new Error(`no van-cell #${prefix}… on ${page.path}`);
}

/**
 * The journeys to time. Each gets a fresh learner (storage cleared) on the entry page. Add the console
 * journey (register → online version) here once the console subpackage is in app.json.
 * @type {Record<string, (mp: MiniProgram, step: (label: string, fn: () => Promise<void>) => Promise<void>) => Promise<void>>}
 */
const JOURNEYS = {
  async 'learn: path → lesson → next section → back'(mp, step) {
    await step('tap the first lesson', async () => (await firstCell(await current(mp), 'lesson-')).tap());
    await step('next section', async () => tapOn(await current(mp), '#next'));
    await step('back to the path', async () => {
      await mp.callWxMethod('navigateBack');
    });
  },
  async 'quiz: 练习 → lesson quiz → every answer → result → wrong-answer book'(mp, step) {
    await step('open 练习', async () => {
      await mp.callWxMethod('switchTab', { url: '/pages/practice/index' });
    });
    await step('tap a lesson quiz', async () => (await firstCell(await current(mp), 'quiz-lesson-')).tap());
    for (let i = 0; i < 100 && (await current(mp)).path === 'pages/quiz/index'; i += 1) {
      const page = await current(mp);
      await step(`answer ${i + 1}`, async () => {
        const fields = await page.$$('.field');
        if (fields.length) await fields[0].tap();
        else {
          for (const choice of await page.$$('.choice')) {
            await choice.tap();
            const submit = await page.$('#submit');
            if (
              submit &&
              (await /** @type {import('miniprogram-automator/out/Element').CustomElement} */ (submit).data(
                'disabled',
              )) === false
            )
              break;
          }
        }
      });
      await step(`submit ${i + 1}`, async () => tapOn(page, '#submit'));
      await step(`next ${i + 1}`, async () => tapOn(page, '#next'));
    }
    await step('open the wrong-answer book', async () => tapOn(await current(mp), '#to-book'));
  },
};

/**
 * @param {Runtime} rt
 * @param {MiniProgram} mp
 */
async function benchJourneys(rt, mp) {
  /** @type {{ name: string, ms: number, steps: Step[] }[]} */
  const out = [];
  for (const [name, run] of Object.entries(JOURNEYS)) {
    await mp.callWxMethod('clearStorageSync');
    await mp.callWxMethod('reLaunch', { url: `/${rt.config.entry}` });
    /** @type {Step[]} */
    const steps = [];
    const started = Date.now();
    await run(mp, async (label, fn) => {
      const before = { ...rt.stats };
      const t0 = Date.now();
      await fn();
      steps.push({
        label,
        ms: Date.now() - t0,
        setData: rt.stats.setDataCount - before.setDataCount,
        bytes: rt.stats.setDataBytes - before.setDataBytes,
      });
    });
    out.push({ name, ms: Date.now() - started, steps });
  }
  return out;
}

/**
 * @param {Runtime} rt
 * @param {MiniProgram} mp
 */
async function benchPages(rt, mp) {
  const appJson = JSON.parse(fs.readFileSync(path.join(REPO, 'miniprogram', 'app.json'), 'utf8'));
  /** @type {string[]} */
  const routes = [...appJson.pages];
  for (const sp of appJson.subpackages || appJson.subPackages || [])
    for (const p of sp.pages) routes.push(`${String(sp.root).replace(/\/$/, '')}/${p}`);
  const rows = [];
  for (const route of routes) {
    await mp.callWxMethod('reLaunch', { url: `/${route}` });
    const record = rt.router.current();
    if (!record) continue;
    rows.push({
      route,
      renderMs: record.stats.renderMs,
      nodes: rt.tree.countNodes(record.root),
      setData: record.stats.setDataCount,
      bytes: record.stats.setDataBytes,
    });
  }
  return rows;
}

/** @param {number} n */
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/**
 * @param {string[]} headers
 * @param {(string | number)[][]} rows
 */
function table(headers, rows) {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => [...r[i]].length)));
  return cells
    .map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '))
    .join('\n');
}

async function main() {
  const runsArg = process.argv.indexOf('--runs');
  const runs = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 1) : 1;
  for (let run = 1; run <= runs; run += 1) {
    const t0 = Date.now();
    const server = await startServer({ port: 0, quiet: true });
    const started = Date.now() - t0;
    const t1 = Date.now();
    const mp = await automator.connect({ wsEndpoint: server.wsEndpoint });
    const first = await current(mp);
    await first.$('view');
    const connected = Date.now() - t1;
    const rt = await server.runtime();
    const journeys = await benchJourneys(rt, mp);
    const pages = await benchPages(rt, mp);
    mp.disconnect();
    await server.close();

    process.stdout.write(`\nRun ${run}/${runs}\n`);
    process.stdout.write(
      `endpoint start → first page ready: ${started} ms\nconnect → first page answered: ${connected} ms\n`,
    );
    for (const j of journeys) {
      const setData = j.steps.reduce((n, s) => n + s.setData, 0);
      const bytes = j.steps.reduce((n, s) => n + s.bytes, 0);
      process.stdout.write(
        `\nJourney: ${j.name}\n  ${j.ms} ms wall, ${j.steps.length} steps, ${setData} setData calls, ${kb(bytes)}\n`,
      );
      process.stdout.write(
        `${table(
          ['step', 'ms', 'setData', 'bytes'],
          j.steps.map((s) => [s.label, s.ms, s.setData, s.bytes]),
        )
          .split('\n')
          .map((l) => `  ${l}`)
          .join('\n')}\n`,
      );
    }
    process.stdout.write('\nPages (opened with reLaunch)\n');
    process.stdout.write(
      `${table(
        ['page', 'render ms', 'WXML nodes', 'setData', 'bytes'],
        pages.map((p) => [p.route, p.renderMs, p.nodes, p.setData, p.bytes]),
      )}\n`,
    );
  }
}

main().catch((err) => {
  process.stderr.write(`bench: ${err instanceof Error ? err.stack || err.message : String(err)}\n`);
  process.exit(1);
});
