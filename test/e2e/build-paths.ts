import { createHash } from 'crypto';
import { tmpdir } from 'os';
import { join, resolve } from 'path';

export const repositoryRoot = resolve(__dirname, '..', '..');

/** The production build under test: `dist/`, or E2E_DIST to test another build. */
export const distDirectory = process.env.E2E_DIST ? resolve(process.env.E2E_DIST) : join(repositoryRoot, 'dist');

/**
 * Where the stand-in for Office.js is bundled, outside the work tree: one directory per checkout,
 * so that two checkouts testing on one machine never load each other's stand-in.
 */
export const stubDirectory = join(tmpdir(), `scorecards-e2e-${createHash('sha256').update(repositoryRoot).digest('hex').slice(0, 12)}`);
export const officeStubFile = join(stubDirectory, 'office-stub.js');

/**
 * Screenshots the tests take. They refresh the user guide's pictures only when asked
 * (UPDATE_SCREENSHOTS=1), so that a test run never leaves the work tree changed.
 */
export const screenshotDirectory =
  process.env.UPDATE_SCREENSHOTS === '1' ? join(repositoryRoot, 'docs', 'images') : join(repositoryRoot, 'test', 'e2e', 'screenshots-tmp');
