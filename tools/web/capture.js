// @ts-check
/**
 * Real pixels for `App.captureScreenshot` of the headless DevTools endpoint: the state of the headless runtime (page
 * stack, wx storage, the current page's data, theme) is replayed in the browser preview in Chromium, and the phone's
 * screen is returned as a base64 PNG, as WeChat DevTools returns it.
 *
 *   const { captureScreenshot, closeCapture } = require('../web/capture');
 *   const base64 = await captureScreenshot({ stack: [{ route: 'pages/learn/index', query: {} }], storage, pageData });
 *
 * For the endpoint, screenshotHook({ root }) turns its runtime into that state (see below).
 *
 * The preview server and Chromium start on the first call and stay up for the next ones (about 0.3 s a capture after
 * the first); they are closed by closeCapture(), or by themselves after a minute without captures. When Chromium is
 * missing the promise rejects with a message naming it: "Chromium not found at /usr/bin/chromium: apt-get install …".
 */
const { startPreviewServer, DEFAULT_ROOT } = require('./server');
const { launchChromium, localOnly, assertChromium } = require('./chromium');
const { PHONE, openPreview, waitIdle } = require('./preview-page');
const { readProject } = require('../headless/node-host');

const IDLE_CLOSE_MS = 60000;

/**
 * @typedef {object} CaptureState
 * @property {{ route: string, query?: Record<string, string> }[]} stack  the page stack, bottom first (at least one)
 * @property {Record<string, string> | Map<string, string>} [storage]  wx storage: key → the value's JSON text
 *   (what the runtime's StorageBackend holds)
 * @property {Record<string, unknown>} [pageData]  data to set on the top page after it opens (the live state)
 * @property {'light' | 'dark'} [theme]
 * @property {string} [root]  mini program root (default miniprogram/)
 */

/** @typedef {{ root: string, server: import('./server').PreviewServer, chromium: import('./chromium').LaunchedBrowser }} Shared */

/** @type {Shared | null} */
let shared = null;
/** @type {Promise<Shared> | null} */
let starting = null;
/** @type {ReturnType<typeof setTimeout> | null} */
let idleTimer = null;
/** Captures run one at a time. */
let queue = Promise.resolve();

/**
 * @param {string} root
 * @returns {Promise<Shared>}
 */
async function ensureShared(root) {
  if (shared && shared.root === root) return shared;
  if (shared) await closeCapture();
  if (!starting) {
    starting = (async () => {
      assertChromium();
      const server = await startPreviewServer({ root, port: 0 });
      try {
        await server.warm();
        const chromium = await launchChromium();
        /** @type {Shared} */
        const ready = { root, server, chromium };
        shared = ready;
        return ready;
      } catch (err) {
        await server.close();
        throw err;
      }
    })().finally(() => {
      starting = null;
    });
  }
  return starting;
}

function armIdleClose() {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    closeCapture().catch(() => {});
  }, IDLE_CLOSE_MS);
  idleTimer.unref();
}

/**
 * Renders `state` in Chromium and returns the phone screen as a base64 PNG (375 × 812 CSS px at 2× = 750 × 1624).
 * @param {CaptureState} state
 * @returns {Promise<string>}
 */
function captureScreenshot(state) {
  const run = queue.then(() => captureNow(state));
  queue = run.then(
    () => undefined,
    () => undefined,
  );
  return run;
}

/** @param {CaptureState} state */
async function captureNow(state) {
  if (!state || !Array.isArray(state.stack) || state.stack.length === 0) {
    throw new Error('captureScreenshot: state.stack must list at least the current page');
  }
  const { server, chromium } = await ensureShared(state.root || DEFAULT_ROOT);
  if (idleTimer) clearTimeout(idleTimer);
  const context = await chromium.browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 2,
    colorScheme: state.theme || 'light',
    reducedMotion: 'reduce',
  });
  try {
    await localOnly(context, server.url);
    const page = await context.newPage();
    const storage = state.storage instanceof Map ? Object.fromEntries(state.storage) : state.storage;
    const [first, ...rest] = state.stack;
    await openPreview(page, server.url, { route: first.route, query: first.query, theme: state.theme, storage });
    for (const p of rest) {
      const url = `/${p.route}${p.query && Object.keys(p.query).length ? `?${new URLSearchParams(p.query)}` : ''}`;
      await page.evaluate((u) => {
        const rlw = /** @type {{ __RLW__: { runtime: { wx: { api: Record<string, Function> } } } }} */ (
          /** @type {unknown} */ (window)
        ).__RLW__;
        rlw.runtime.wx.api.navigateTo({ url: u });
      }, url);
      await waitIdle(page);
    }
    if (state.pageData && Object.keys(state.pageData).length) {
      await page.evaluate(
        (data) =>
          /** @type {{ __RLW__: { setPageData(d: Record<string, unknown>): void } }} */ (
            /** @type {unknown} */ (window)
          ).__RLW__.setPageData(data),
        state.pageData,
      );
      await waitIdle(page);
    }
    const png = await page.locator('.rlw-phone').screenshot({ animations: 'disabled', caret: 'hide' });
    return png.toString('base64');
  } finally {
    await context.close();
    armIdleClose();
  }
}

/**
 * The App.captureScreenshot hook for the headless endpoint (tools/headless/server.js `screenshot` option): reads the
 * runtime's page stack, wx storage and the current page's data, and captures them.
 *   startServer({ ..., screenshot: screenshotHook({ root: '<mini program root>' }) })
 * @param {{ root?: string, theme?: 'light' | 'dark' }} [options]
 * @returns {(runtime: { router: { stack: { route: string, query: Record<string, string>, instance: { data: unknown } }[] },
 *   storage: { items: Map<string, string> } }) => Promise<string>}
 */
function screenshotHook(options = {}) {
  return (runtime) => {
    const stack = runtime.router.stack;
    const top = stack[stack.length - 1];
    /** @type {Record<string, unknown>} */
    let pageData = {};
    try {
      pageData = top ? JSON.parse(JSON.stringify(top.instance.data ?? {})) : {};
    } catch {
      pageData = {};
    }
    return captureScreenshot({
      stack: stack.map((p) => ({ route: p.route, query: { ...p.query } })),
      storage: new Map(runtime.storage.items),
      pageData,
      theme: options.theme,
      root: options.root,
    });
  };
}

/**
 * What the headless endpoint takes as its `screenshot` option: real pixels of the project's current page through
 * Chromium, closed with the endpoint. Without Chromium each capture rejects with what is missing.
 *   startServer({ project, screenshot: endpointScreenshot(project) })
 * @param {string} [projectDir] folder with project.config.json (default: the current folder)
 * @returns {import('../headless/server').ScreenshotProvider}
 */
function endpointScreenshot(projectDir) {
  const { root } = readProject(projectDir || process.cwd());
  const hook = screenshotHook({ root });
  let used = false;
  /** @type {import('../headless/server').ScreenshotProvider} */
  const capture = (runtime) => {
    used = true;
    return hook(runtime);
  };
  capture.close = async () => {
    if (used) await closeCapture();
  };
  return capture;
}

/** Closes the preview server and Chromium used by captureScreenshot. */
async function closeCapture() {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  const s = shared;
  shared = null;
  if (!s) return;
  try {
    await s.chromium.close();
  } finally {
    await s.server.close();
  }
}

module.exports = { captureScreenshot, closeCapture, screenshotHook, endpointScreenshot };
