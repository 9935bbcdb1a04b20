// @ts-check
/** Jest for unit tests (core, tools; Node) and component tests (pages rendered with miniprogram-simulate; jsdom). */
// esbuild strips the types (tools/jest-transform.js); `npm run check` type-checks the tests.
const { transform, transformIgnorePatterns } = require('./tools/jest-transforms');

/** @type {import('jest').Config} */
module.exports = {
  // Component tests render whole pages; on a loaded 2-core machine a few take seconds.
  testTimeout: 20000,
  // One worker per core (jest's default leaves one core idle: on 2 cores it runs every file in band, one at a time).
  maxWorkers: '100%',
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts', '<rootDir>/test/tools/**/*.test.ts'],
      transform,
      transformIgnorePatterns,
    },
    {
      displayName: 'component',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/component/**/*.test.ts'],
      // A fresh fake wx and in-memory state before each test, rendered pages detached after (test/helpers/environment.ts).
      setupFilesAfterEnv: ['<rootDir>/test/helpers/setup-component.ts'],
      transform,
      transformIgnorePatterns,
    },
  ],
};
