// @ts-check
/**
 * The browser preview's public API (typed by the JSDoc of its modules, checked by tsc):
 * - startPreviewServer: what `npm start` runs (server.js)
 * - takeScreenshots: what `npm run screenshots` runs (screenshots.js)
 * - captureScreenshot / closeCapture: real PNGs for the headless endpoint's App.captureScreenshot (capture.js)
 * - compileApp, listPages: the mini program compiled for the browser with wcc/wcsc (compile.js)
 * - launchChromium, assertChromium: Debian's Chromium through playwright-core (chromium.js)
 * - openPreview, previewUrl, waitIdle, exceptionsOf, screenshotName: driving the preview from a script (preview-page.js)
 * - transformRpx, transformInlineRpx, adaptCss, forceColorScheme: the WXSS → CSS rules (client/styles.js)
 */
const { startPreviewServer, DEFAULT_PORT, DEFAULT_ROOT, CSP } = require('./server');
const { takeScreenshots } = require('./screenshots');
const { captureScreenshot, closeCapture, screenshotHook, endpointScreenshot } = require('./capture');
const { compileApp, appToScript, listPages, unescapeJs } = require('./compile');
const { launchChromium, assertChromium, chromiumPath, localOnly, localContext } = require('./chromium');
const { PHONE, openPreview, previewUrl, waitIdle, exceptionsOf, screenshotName } = require('./preview-page');
const styles = require('./client/styles');
const { parseArgs } = require('./cli');

/** @typedef {import('./server').PreviewServer} PreviewServer */
/** @typedef {import('./chromium').LaunchedBrowser} LaunchedBrowser */

module.exports = {
  startPreviewServer,
  DEFAULT_PORT,
  DEFAULT_ROOT,
  CSP,
  takeScreenshots,
  captureScreenshot,
  closeCapture,
  screenshotHook,
  endpointScreenshot,
  compileApp,
  appToScript,
  listPages,
  unescapeJs,
  launchChromium,
  assertChromium,
  chromiumPath,
  localOnly,
  localContext,
  PHONE,
  openPreview,
  previewUrl,
  waitIdle,
  exceptionsOf,
  screenshotName,
  transformRpx: styles.transformRpx,
  transformInlineRpx: styles.transformInlineRpx,
  adaptCss: styles.adaptCss,
  forceColorScheme: styles.forceColorScheme,
  dropRemoteFonts: styles.dropRemoteFonts,
  viewportUnitsInCss: styles.viewportUnitsInCss,
  parseCliArgs: parseArgs,
};
