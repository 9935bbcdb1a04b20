// @ts-check
/**
 * `npm run test:browser`: the browser preview (tools/web) — its compiler, server and CSS rules in Node, and the
 * preview itself in Debian's Chromium through playwright-core (apt-get install chromium fonts-noto-cjk).
 * One worker: the Chromium tests share the machine's two cores better in sequence.
 */
const path = require('path');

/** @type {import('jest').Config} */
module.exports = {
  rootDir: path.resolve(__dirname, '..', '..'),
  displayName: 'browser',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
  transform: { '^.+\\.ts$': '<rootDir>/tools/jest-transform.js' },
  testTimeout: 60000,
  maxWorkers: 1,
};
