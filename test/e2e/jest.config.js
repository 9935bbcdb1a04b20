// @ts-check
/**
 * End-to-end tests: the official miniprogram-automator client driving the whole app.
 * Headless by default (tools/headless, in-process, on Linux and in CI); against WeChat DevTools when
 * WECHAT_DEVTOOLS_CLI points at its cli. See docs/headless-devtools.md.
 */
const path = require('path');

const devtools = !!process.env.WECHAT_DEVTOOLS_CLI;

/** @type {import('jest').Config} */
module.exports = {
  rootDir: path.resolve(__dirname, '..', '..'),
  displayName: 'e2e',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
  // A class in one WeChat group (several phones sharing the headless endpoint's simulated chat): DevTools has no chat.
  testPathIgnorePatterns: devtools ? ['/node_modules/', '<rootDir>/test/e2e/class-chat.test.ts'] : ['/node_modules/'],
  ...require('../../tools/jest-transforms'),
  // One DevTools window serves every file in turn; headless files each start their own endpoint, one worker per core.
  maxWorkers: devtools ? 1 : '100%',
  testTimeout: devtools ? 120000 : 30000,
};
