// @ts-check
/**
 * The headless DevTools endpoint's public API. Its types come from the JSDoc of the modules (checked by tsc with
 * strict settings); `npm run types` in tools/headless generates .d.ts files from them for publishing.
 * - startServer(options): the WebSocket endpoint `miniprogram-automator`'s `connect()` talks to;
 * - createChat(options): a simulated WeChat chat several endpoints share (startServer({ chat, name }));
 * - createProjectRuntime(options): the runtime alone, for tools that drive it in-process (benchmarks, previews).
 * See docs/headless-devtools.md.
 */
const { startServer } = require('./server');

/** @typedef {import('./server').ServerOptions} ServerOptions */
/** @typedef {import('./server').HeadlessServer} HeadlessServer */
/** @typedef {import('./server').ScreenshotProvider} ScreenshotProvider */
/** @typedef {import('./runtime/index').RuntimeOptions['launch']} LaunchOptions */
const { createProjectRuntime } = require('./node-host');
const { createChat } = require('./chat');

/** @typedef {import('./chat').ChatMessage} ChatMessage */
/** @typedef {ReturnType<typeof createChat>} Chat */

module.exports = { startServer, createProjectRuntime, createChat };
