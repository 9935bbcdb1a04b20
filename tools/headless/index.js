// @ts-check
/**
 * The headless DevTools endpoint's public API (typed for TypeScript callers in index.d.ts):
 * - startServer(options): the WebSocket endpoint `miniprogram-automator`'s `connect()` talks to;
 * - createProjectRuntime(options): the runtime alone, for tools that drive it in-process (benchmarks, previews).
 * See docs/headless-devtools.md.
 */
const { startServer } = require('./server');
const { createProjectRuntime } = require('./node-host');

module.exports = { startServer, createProjectRuntime };
