/**
 * The printed workbook, looked at through LibreOffice: its own project, slower than the unit
 * tests (a LibreOffice start-up), run with `npx jest -c test/libreoffice/jest.config.js`.
 * @type {import('jest').Config}
 */
module.exports = {
  rootDir: '../..',
  testEnvironment: 'node',
  roots: ['<rootDir>/test/libreoffice'],
  testMatch: ['**/*.libreoffice.ts'],
  testTimeout: 120_000,
  // One LibreOffice at a time: two converting at once on this machine lose files.
  maxWorkers: 1,
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
};
