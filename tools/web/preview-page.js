// @ts-check
/**
 * Opening a page of the mini program in the browser preview from a script (screenshots, App.captureScreenshot, the
 * browser e2e test), and waiting until it is drawn.
 */

const { STORAGE_KEY } = require('./client/browser-host');

/** The phone's screen, in CSS px. */
const PHONE = { width: 375, height: 812 };

/**
 * @typedef {object} OpenOptions
 * @property {string} route                 'pages/learn/index'
 * @property {Record<string, string>} [query]
 * @property {'light' | 'dark'} [theme]
 * @property {boolean} [bare]               only the phone (default true)
 * @property {'zh_CN' | 'en'} [language]    what wx reports as the system language
 * @property {Record<string, string>} [storage]  wx storage to start with: key → the value's JSON text
 * @property {Date} [fixedTime]  Date.now() and new Date() answer this (timers still run): reproducible pages
 */

/**
 * The preview URL that opens `route`.
 * @param {string} base  server URL
 * @param {OpenOptions} o
 */
function previewUrl(base, o) {
  const search = new URLSearchParams();
  if (o.bare !== false) search.set('bare', '1');
  if (o.theme) search.set('theme', o.theme);
  if (o.language === 'en') search.set('lang', 'en');
  const query = o.query && Object.keys(o.query).length ? `?${new URLSearchParams(o.query)}` : '';
  return `${base}/?${search}#/${o.route.replace(/^\/+/, '')}${query}`;
}

/**
 * Opens the preview in `page` and resolves when the app is launched, idle and drawn. Rejects with the page's error
 * when the app fails to start.
 * @param {import('playwright-core').Page} page
 * @param {string} base
 * @param {OpenOptions} o
 */
async function openPreview(page, base, o) {
  if (o.fixedTime) await page.clock.setFixedTime(o.fixedTime);
  // A new hash on the same address would not reload the page; start from another one so the app launches afresh. The
  // storage is written there, on the server's origin (a missing path, so nothing boots): an init script would stay on
  // the page and run again, with every earlier storage, on each later navigation.
  if (o.storage) {
    await page.goto(`${base}/rlw-blank`);
    await page.evaluate(
      ([key, value]) => window.localStorage.setItem(key, value),
      [STORAGE_KEY, JSON.stringify(Object.entries(o.storage))],
    );
  } else if (page.url() !== 'about:blank') await page.goto('about:blank');
  await page.goto(previewUrl(base, o), { waitUntil: 'load' });
  await waitIdle(page);
}

/**
 * Waits until the runtime is idle and the page has been drawn (fonts loaded).
 * @param {import('playwright-core').Page} page
 * @param {number} [timeout]
 */
async function waitIdle(page, timeout = 20000) {
  await page.waitForFunction(
    () => {
      const rlw = /** @type {{ __RLW__?: { idle?: unknown, failed?: unknown } }} */ (/** @type {unknown} */ (window))
        .__RLW__;
      return !!(rlw && (rlw.idle || rlw.failed));
    },
    null,
    { timeout },
  );
  const failure = await page.evaluate(() => {
    const rlw = /** @type {{ __RLW__: { failed?: string } }} */ (/** @type {unknown} */ (window)).__RLW__;
    return rlw.failed || null;
  });
  if (failure) throw new Error(`The preview failed to start: ${failure}`);
  await page.evaluate(() =>
    /** @type {{ __RLW__: { idle(): Promise<void> } }} */ (/** @type {unknown} */ (window)).__RLW__.idle(),
  );
}

/**
 * Exceptions the mini program threw since the page opened (runtime-reported).
 * @param {import('playwright-core').Page} page
 * @returns {Promise<{ message: string, where?: string }[]>}
 */
function exceptionsOf(page) {
  return page.evaluate(() => {
    const rlw = /** @type {{ __RLW__?: { exceptions?: { message: string, where?: string }[] } }} */ (
      /** @type {unknown} */ (window)
    ).__RLW__;
    return rlw && rlw.exceptions ? rlw.exceptions.slice() : [];
  });
}

/**
 * A file name for a page's screenshot: 'pages/learn/index' → 'learn', 'console/register/index' → 'console-register'.
 * @param {string} route
 */
function screenshotName(route) {
  return route
    .replace(/^pages\//, '')
    .replace(/\/index$/, '')
    .replace(/[^a-zA-Z0-9_-]+/g, '-');
}

module.exports = { PHONE, previewUrl, openPreview, waitIdle, exceptionsOf, screenshotName };
