// @ts-check
/** Jest for unit tests (core, tools; Node) and component tests (pages rendered with miniprogram-simulate; jsdom). */
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }];

/** @type {import('jest').Config} */
module.exports = {
  // Component tests render whole pages; on a loaded 2-core machine a few take seconds.
  testTimeout: 20000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts', '<rootDir>/test/tools/**/*.test.ts'],
      transform: { '^.+\\.ts$': tsJest },
    },
    {
      displayName: 'component',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/component/**/*.test.ts'],
      // A fresh fake wx and in-memory state before each test, rendered pages detached after (test/helpers/environment.ts).
      setupFilesAfterEnv: ['<rootDir>/test/helpers/setup-component.ts'],
      transform: { '^.+\\.ts$': tsJest },
    },
  ],
};
