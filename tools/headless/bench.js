#!/usr/bin/env node
// @ts-check
/**
 * Benchmarks of the headless endpoint, printed (not a test): `node tools/headless/bench.js [--runs 3]`.
 * - startup: endpoint start → first page ready; client connect → first page answered;
 * - journeys driven through the official client (wall time, and per step: time, setData calls and bytes);
 * - per page: render time (create → onReady), WXML node count, setData calls and bytes while opening;
 * - the upload package: main package and each subpackage (miniprogram-ci, as `npm run check` measures them).
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
 * @param {Page} page
 * @param {string} field A van-field's selector.
 * @param {string} value
 */
async function typeInto(page, field, value) {
  const f = await page.$(field);
  const input = f && (await f.$('input'));
  if (!input) throw new Error(`${field} has no input on ${page.path}`);
  await /** @type {import('miniprogram-automator/out/Element').InputElement} */ (input).input(value);
}

/**
 * @param {Page | import('miniprogram-automator/out/Element').default} scope
 * @param {string} selector
 * @param {string} prefix
 */
async function firstId(scope, selector, prefix) {
  for (const e of await scope.$$(selector)) if (String((await e.attribute('id')) || '').startsWith(prefix)) return e;
  throw new Error(`no ${selector}#${prefix}…`);
}

/**
 * @param {MiniProgram} mp
 * @param {string} selector
 */
async function textOf(mp, selector) {
  const el = await (await current(mp)).$(selector);
  if (!el) throw new Error(`${selector} not found`);
  return (await el.text()).trim();
}

/**
 * The journeys to time. Each gets a fresh learner (storage cleared) on the entry page. The console journey
 * follows test/e2e/console.test.ts (steps in test/e2e/helpers/console.ts).
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
  async 'console: fresh sandbox → registration → basic info → filing → 1.0.0 online'(mp, step) {
    await mp.mockWxMethod('showModal', { confirm: true, cancel: false });
    /** @param {string} label @param {string[]} selectors */
    const taps = (label, ...selectors) =>
      step(label, async () => {
        for (const sel of selectors) await tapOn(await current(mp), sel);
      });
    /** @param {string} field @returns {Promise<string>} */
    const phoneCode = async (field) => {
      await tapOn(await current(mp), '#phone');
      const code = await textOf(mp, '.sms-code');
      await tapOn(await current(mp), '#back');
      await typeInto(await current(mp), field, code);
      return code;
    };
    await step('open 实操', async () => {
      await mp.callWxMethod('switchTab', { url: '/pages/lab/index' });
    });
    await taps('start a sandbox', '#start');
    await step('account (sample, captcha, agree, submit)', async () => {
      const page = await current(mp);
      await tapOn(page, '#sample-account');
      await typeInto(page, '#f-captcha', await textOf(mp, '#captcha-image'));
      await tapOn(page, '#agree');
      await tapOn(page, '#submit-account');
    });
    await step('activate from the mailbox', async () => {
      await tapOn(await current(mp), '#open-mailbox');
      await (await firstId(await current(mp), 'view', 'mail-')).tap();
      await tapOn(await current(mp), '#activation-link');
      await tapOn(await current(mp), '#to-register');
    });
    await taps(
      'region, type, sample identity, SMS',
      '#region-mainland',
      '#type-individual',
      '#sample-form',
      '#send-sms',
    );
    await step('SMS code from the phone', async () => void (await phoneCode('#f-smsCode')));
    await step('admin scan on the phone', async () => {
      await tapOn(await current(mp), '#scan');
      await tapOn(await current(mp), '#phone');
      await (await firstId(await current(mp), 'van-button', 'allow-')).tap();
      await tapOn(await current(mp), '#back');
    });
    await taps('continue, confirm, to the console', '#continue', '#dialog-ok', '#to-console');
    await taps('basic settings', '#row-basicInfo');
    for (const field of ['name', 'abbreviation', 'introduction']) {
      await taps(`basic: ${field}`, `#action-${field}`, '#edit-sample', '#edit-save');
    }
    await taps('basic: avatar', '#action-avatar', '#avatar-sample');
    await step('basic: category, set as main', async () => {
      await tapOn(await current(mp), '#action-category');
      await tapOn(await current(mp), '#add-toggle');
      const page = await current(mp);
      const options = await page.$('#category-options');
      if (!options) throw new Error('no category options');
      await (await firstId(options, 'view', 'add-')).tap();
      const sheet = await page.$('#category-sheet');
      if (!sheet) throw new Error('no category sheet');
      await (await firstId(sheet, 'text', 'set-main-')).tap();
      await tapOn(page, '#category-close');
    });
    /** @type {string} */
    let filingPhone = '';
    await step('filing: sample, submit, skip review', async () => {
      await tapOn(await current(mp), '#action-filing');
      const page = await current(mp);
      await tapOn(page, '#sample');
      const f = await page.$('#subject-phone');
      const input = f && (await f.$('input'));
      filingPhone = String(input ? await input.value() : '');
      await tapOn(page, '#submit');
      await tapOn(page, '#skip');
    });
    await step('filing: MIIT SMS check', async () => {
      await typeInto(await current(mp), '#sms-phone', filingPhone);
      await phoneCode('#sms-code');
      await tapOn(await current(mp), '#sms-verify');
    });
    await taps('filing: skip the bureau review', '#skip');
    await step('back to the console home', async () => {
      await mp.callWxMethod('navigateBack', { delta: 2 });
    });
    // The practice code shows the avatar and nickname, so review needs the user privacy guide (fact B-11).
    await step('privacy guide: user info, purpose, contact', async () => {
      await tapOn(await current(mp), '#row-privacy');
      const page = await current(mp);
      await tapOn(page, '#item-userInfo');
      await typeInto(page, '#purpose-userInfo', '用于展示你的头像和昵称');
      await typeInto(page, '#contact', 'privacy@example.com');
      await tapOn(page, '#save');
      await mp.callWxMethod('navigateBack', { delta: 1 });
    });
    await step('versions: upload 1.0.0', async () => {
      await tapOn(await current(mp), '#row-release');
      const page = await current(mp);
      await tapOn(page, '#upload-open');
      const sheet = await page.$('#upload-sheet');
      if (!sheet) throw new Error('no upload sheet');
      await (await firstId(sheet, 'text', 'uploader-')).tap();
      await tapOn(page, '#upload-sample');
      await tapOn(page, '#upload-submit');
    });
    await taps('versions: submit for review, skip the review', '#submit-0', '#skip-review');
    await taps('versions: publish to everyone', '#publish', '#percent-100', '#publish-confirm');
    const online = await textOf(mp, '#online-version');
    if (online !== '1.0.0') throw new Error(`expected 1.0.0 online, got ${online}`);
    await mp.restoreWxMethod('showModal');
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

/**
 * The layout estimate on a long list whose 150 rows each measure themselves (test/fixtures/foreign-app, the shape of
 * awesome-skyline's address book): wall time against its budget, and the boxes and styles it computed (the test
 * bounds those; time belongs here).
 */
async function layoutEstimate() {
  const rows = 150;
  const budgetMs = 2000;
  const project = path.join(REPO, 'test', 'fixtures', 'foreign-app');
  const server = await startServer({ port: 0, quiet: true, project, launch: { path: 'pages/home/index' } });
  const mp = await automator.connect({ wsEndpoint: server.wsEndpoint });
  const rt = await server.runtime();
  const before = rt.layoutCounts();
  const t0 = Date.now();
  await mp.callWxMethod('reLaunch', { url: '/pages/measure-list/index' });
  const ms = Date.now() - t0;
  const after = rt.layoutCounts();
  mp.disconnect();
  await server.close();
  const load = require('os').loadavg()[0].toFixed(1);
  process.stdout.write(
    `
Layout estimate: ${rows} self-measuring rows opened in ${ms} ms (budget ${budgetMs} ms, load average ${load}),` +
      ` ${after.boxes - before.boxes} boxes laid out, ${after.styles - before.styles} styles computed
`,
  );
}

/** The main package and subpackage sizes with their budgets (the budgets are enforced by `npm run check`). */
async function packageSizes() {
  const { buildUploadPackage, fmt, MAIN_BUDGET, SUB_BUDGET } = require('../check/upload');
  const pkg = await buildUploadPackage(REPO, { mainBudget: Infinity, subBudget: Infinity });
  const rows = [['main', fmt(pkg.main), fmt(MAIN_BUDGET)]];
  for (const [root, size] of Object.entries(pkg.subSizes)) rows.push([root, fmt(size), fmt(SUB_BUDGET)]);
  process.stdout.write(`\nUpload package (miniprogram-ci)\n${table(['package', 'size', 'budget'], rows)}\n`);
}

// Run as a script (not `require.main === module`: j-component's mini program typings redefine `require` for tools/).
if (process.argv[1] && path.resolve(process.argv[1]) === __filename) {
  main()
    .then(layoutEstimate)
    .then(packageSizes)
    .then(() => process.exit(0))
    .catch((err) => {
      process.stderr.write(`bench: ${err instanceof Error ? err.stack || err.message : String(err)}\n`);
      process.exit(1);
    });
}

// The journeys, for test/tools/headless/bench.test.ts (which keeps them in step with the app).
module.exports = { benchJourneys };
