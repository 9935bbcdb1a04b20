// @ts-check
/**
 * `npm run test:browser`: the browser preview (tools/web) — its compiler, server and CSS rules in Node, and the
 * preview itself in Debian's Chromium through playwright-core (apt-get install chromium fonts-noto-cjk).
 * One worker per core: each test file starts its own preview server and Chromium; the English tap walk
 * (ux-walk.test.ts) is a file of its own so it runs beside the rest of the learner-experience checks (ux.test.ts).
 */
const path = require('path');

/** @type {import('jest').Config} */
module.exports = {
  rootDir: path.resolve(__dirname, '..', '..'),
  displayName: 'browser',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
  ...require('../../tools/jest-transforms'),
  testTimeout: 60000,
  maxWorkers: '100%',
};
