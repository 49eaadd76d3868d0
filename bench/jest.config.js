// The benchmark's own unit tests (its statistics, targets and table), with the project's settings:
//   npx jest -c bench/jest.config.js
const base = require('../jest.config.js');

/** @type {import('jest').Config} */
module.exports = { ...base, rootDir: '..', roots: ['<rootDir>/bench'], testPathIgnorePatterns: ['/node_modules/', '<rootDir>/bench/out/'] };
