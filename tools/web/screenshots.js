#!/usr/bin/env node
// @ts-check
/**
 * `npm run screenshots`: a PNG of every page app.json declares (main package and subpackages), in the light and the
 * dark theme, taken in Debian's Chromium from the browser preview → docs/screenshots/<page>-<theme>.png
 * (e.g. learn-light.png, console-register-dark.png). Pages that need a query or a starting state get it from
 * tools/web/screenshot-pages.json. Screenshots of pages that no longer exist are removed.
 *
 * Options: --out <dir>, --only <route,route>, --themes light,dark[,dark-forced,en] (variants below). Needs: apt-get install chromium fonts-noto-cjk fonts-noto-color-emoji.
 */
const fs = require('fs');
const path = require('path');
const { startPreviewServer, DEFAULT_ROOT } = require('./server');
const { listPages } = require('./compile');
const { launchChromium, localOnly } = require('./chromium');
const { PHONE, openPreview, exceptionsOf, screenshotName } = require('./preview-page');

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const DEFAULT_OUT = path.join(REPO_ROOT, 'docs', 'screenshots');
const { consoleStorage, prefsStorage } = require('./console-seed');

/**
 * @typedef {'light' | 'dark' | 'dark-forced' | 'en'} Variant
 *   light / dark: the system's theme (the app follows it); dark-forced: dark chosen in RegLab's 我的 while the system
 *   is light; en: English chosen in 我的 (light). The last two save RegLab's progress, so they apply to RegLab only.
 */
/** @type {Record<Variant, { system: 'light' | 'dark', prefs?: { lang?: 'zh' | 'en', theme?: 'system' | 'light' | 'dark' } }>} */
const VARIANTS = {
  light: { system: 'light' },
  dark: { system: 'dark' },
  'dark-forced': { system: 'light', prefs: { theme: 'dark' } },
  en: { system: 'light', prefs: { lang: 'en' } },
};
/** @param {string} v @returns {v is Variant} */
const isVariant = (v) => Object.prototype.hasOwnProperty.call(VARIANTS, v);

const PAGE_SETUP = path.join(__dirname, 'screenshot-pages.json');
/** The time every screenshot is taken at (as the status bar shows), so shuffles seeded from the clock repeat. */
const SHOT_TIME = new Date('2026-01-15T09:41:00+08:00');

/**
 * @typedef {object} PageSetup
 * @property {Record<string, string>} [query]
 * @property {Record<string, unknown>} [storage]  wx storage to start with (values as the app would store them)
 * @property {string} [console]  a console scenario to start the simulated console from (e.g. 'ready-to-release'), or `mission:<id>` for a mission's start world
 * @property {Record<string, unknown>} [progress]  fields of the learner's progress to start with (e.g. a lastResult)
 */

/**
 * @typedef {object} ShotResult
 * @property {string} route
 * @property {Variant} theme
 * @property {string} file
 * @property {string[]} problems  exceptions the page threw while opening
 */

/** @returns {Record<string, PageSetup>} */
function readSetup() {
  if (!fs.existsSync(PAGE_SETUP)) return {};
  const raw = JSON.parse(fs.readFileSync(PAGE_SETUP, 'utf8'));
  /** @type {Record<string, PageSetup>} */
  const out = {};
  for (const [route, v] of Object.entries(raw)) if (!route.startsWith('$')) out[route] = /** @type {PageSetup} */ (v);
  return out;
}

/**
 * Takes the screenshots.
 * @param {{ root?: string, out?: string, only?: string[], themes?: Variant[], log?: (s: string) => void }} [options]
 * @returns {Promise<ShotResult[]>}
 */
async function takeScreenshots(options = {}) {
  const root = path.resolve(options.root || DEFAULT_ROOT);
  const out = path.resolve(options.out || DEFAULT_OUT);
  const themes = options.themes || ['light', 'dark'];
  const log = options.log || (() => {});
  const appJson = JSON.parse(fs.readFileSync(path.join(root, 'app.json'), 'utf8'));
  let pages = listPages(appJson).map((p) => p.route);
  if (options.only && options.only.length) pages = pages.filter((r) => options.only?.includes(r));
  const setup = readSetup();
  const names = new Map(pages.map((r) => [r, screenshotName(r)]));
  if (new Set(names.values()).size !== names.size) {
    for (const r of pages) names.set(r, r.replace(/\/index$/, '').replace(/[^a-zA-Z0-9_-]+/g, '-'));
  }
  fs.mkdirSync(out, { recursive: true });

  const server = await startPreviewServer({ root, port: 0 });
  const chromium = await launchChromium();
  /** @type {ShotResult[]} */
  const results = [];
  try {
    await server.warm();
    for (const theme of themes) {
      const variant = VARIANTS[theme];
      const context = await chromium.browser.newContext({
        viewport: PHONE,
        deviceScaleFactor: 2,
        colorScheme: variant.system,
        locale: 'zh-CN',
        reducedMotion: 'reduce',
      });
      await localOnly(context, server.url);
      for (const route of pages) {
        const page = await context.newPage();
        const s = setup[route] || {};
        /** @type {Record<string, unknown>} */
        const stored = {
          ...(s.storage || {}),
          ...(s.console ? consoleStorage(root, s.console) : {}),
          ...(variant.prefs || s.progress ? prefsStorage(root, { ...s.progress, ...variant.prefs }) : {}),
        };
        /** @type {Record<string, string> | undefined} */
        const storage = Object.keys(stored).length
          ? Object.fromEntries(Object.entries(stored).map(([k, v]) => [k, JSON.stringify(v)]))
          : undefined;
        const file = path.join(out, `${names.get(route)}-${theme}.png`);
        /** @type {string[]} */
        const problems = [];
        try {
          await openPreview(page, server.url, {
            route,
            query: s.query,
            theme: variant.system,
            language: variant.prefs && variant.prefs.lang === 'en' ? 'en' : undefined,
            storage,
            fixedTime: SHOT_TIME,
          });
          for (const e of await exceptionsOf(page)) problems.push(`${e.where || ''}: ${e.message}`);
          await page.locator('.rlw-phone').screenshot({ path: file, animations: 'disabled', caret: 'hide' });
        } catch (err) {
          problems.push(err instanceof Error ? err.message : String(err));
        } finally {
          await page.close();
        }
        results.push({ route, theme, file, problems });
        log(
          `${problems.length ? '✗' : '✓'} ${path.relative(REPO_ROOT, file)}${problems.length ? `  ${problems.join('; ')}` : ''}`,
        );
      }
      await context.close();
    }
  } finally {
    await chromium.close();
    await server.close();
  }
  if (!options.only || options.only.length === 0) {
    const keep = new Set(results.map((r) => path.basename(r.file)));
    for (const f of fs.readdirSync(out)) {
      // Only variants taken in this run: `--themes light,dark` keeps the English and forced-dark files.
      if (themes.some((v) => f.endsWith(`-${v}.png`)) && !keep.has(f)) {
        fs.rmSync(path.join(out, f));
        log(`removed ${f} (no such page)`);
      }
    }
  }
  return results;
}

/** @param {string[]} argv */
function parseArgs(argv) {
  /** @type {{ out?: string, only?: string[], themes?: Variant[] }} */
  const o = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--out') o.out = next();
    else if (a === '--only')
      o.only = next()
        .split(',')
        .map((s) => s.trim().replace(/^\/+/, ''))
        .filter(Boolean);
    else if (a === '--themes') {
      const t = next()
        .split(',')
        .map((s) => s.trim());
      if (!t.every(isVariant)) throw new Error(`--themes takes ${Object.keys(VARIANTS).join(', ')}`);
      o.themes = t.filter(isVariant);
    } else throw new Error(`unknown option ${a}`);
  }
  return o;
}

module.exports = { takeScreenshots, parseArgs, readSetup };

if (process.argv[1] && path.resolve(process.argv[1]) === __filename) {
  (async () => {
    const args = parseArgs(process.argv.slice(2));
    const t0 = Date.now();
    const results = await takeScreenshots({ ...args, log: (s) => console.log(s) });
    const failed = results.filter((r) => r.problems.length);
    console.log(
      `${results.length - failed.length}/${results.length} screenshots in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );
    if (failed.length) process.exitCode = 1;
  })().catch((err) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  });
}
