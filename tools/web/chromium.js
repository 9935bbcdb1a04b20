// @ts-check
/**
 * Launches Debian's Chromium through playwright-core (no browser download, ever). The executable is /usr/bin/chromium
 * unless CHROMIUM_PATH names another. A fresh profile each time, no background network, no first-run UI: the only
 * requests the page makes go to the preview server on localhost.
 */
const fs = require('fs');

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

const INSTALL_HINT = 'apt-get install -y chromium fonts-noto-cjk fonts-noto-color-emoji';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--hide-scrollbars',
  '--font-render-hinting=none',
];

/** The Chromium executable to use. */
function chromiumPath() {
  return process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
}

/**
 * Throws a clear error naming what is missing when Chromium cannot run here.
 * @param {string} [executable]
 */
function assertChromium(executable = chromiumPath()) {
  let ok = false;
  try {
    fs.accessSync(executable, fs.constants.X_OK);
    ok = fs.statSync(executable).isFile();
  } catch {
    ok = false;
  }
  if (!ok) {
    throw new Error(`Chromium not found at ${executable}: ${INSTALL_HINT} (or set CHROMIUM_PATH)`);
  }
}

/**
 * @typedef {object} LaunchedBrowser
 * @property {import('playwright-core').Browser} browser
 * @property {() => Promise<void>} close  closes the browser and removes its profile
 */

/**
 * Launches Chromium headless. playwright-core gives every launch a fresh temporary profile (its own
 * --user-data-dir, removed on close), so nothing carries over between runs.
 * @param {{ executable?: string }} [options]
 * @returns {Promise<LaunchedBrowser>}
 */
async function launchChromium(options = {}) {
  const executable = options.executable || chromiumPath();
  assertChromium(executable);
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({ executablePath: executable, headless: true, args: ARGS, timeout: 30000 });
  return { browser, close: () => browser.close() };
}

/**
 * Blocks every request that does not go to `origin` (the preview server), so a page can never reach the network.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} origin
 */
async function localOnly(context, origin) {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url === origin || url.startsWith('data:') || url.startsWith('blob:')) {
      return route.continue();
    }
    return route.abort('blockedbyclient');
  });
}

/**
 * A browser context that cannot reach the network and still keeps its HTTP cache: every request goes to a proxy that
 * is not there (127.0.0.1:9, nothing listens) except those to 127.0.0.1, the preview server's host. `localOnly`'s
 * request routing turns Chromium's cache off, so a suite that opens the preview hundreds of times uses this instead:
 * with the server's ETags a reload reuses the parsed scripts.
 * @param {import('playwright-core').Browser} browser
 * @param {import('playwright-core').BrowserContextOptions} [options]
 */
function localContext(browser, options = {}) {
  return browser.newContext({ ...options, proxy: { server: 'http://127.0.0.1:9', bypass: '127.0.0.1' } });
}

module.exports = {
  launchChromium,
  assertChromium,
  chromiumPath,
  localOnly,
  localContext,
  DEFAULT_CHROMIUM,
  INSTALL_HINT,
  ARGS,
};
