#!/usr/bin/env node
// @ts-check
/**
 * `npm run devtools:headless`: the headless DevTools endpoint (tools/headless/cli.js) with App.captureScreenshot
 * drawn by the browser preview in Chromium (tools/web/capture.js). The endpoint does not depend on the preview;
 * this file plugs one into the other. Options: see `npm run devtools:headless -- --help`.
 */
const { runCli } = require('./headless/cli');
const { endpointScreenshot } = require('./web/capture');

runCli({ screenshot: endpointScreenshot });
