/**
 * End-to-end tests: the production build in headless Chromium (test/e2e). Kept apart from the
 * unit tests (jest.config.js), which stay fast and browser-free. `npm run test:e2e`.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: { jsx: 'react-jsx', isolatedModules: true } }],
  },
  globalSetup: '<rootDir>/test/e2e/global-setup.ts',
  // One browser at a time: the machine has two cores and the build already used them.
  maxWorkers: 1,
  testTimeout: 60_000,
};
