import { tmpdir } from 'os';
import { join, resolve } from 'path';

export const repositoryRoot = resolve(__dirname, '..', '..');

/** The production build under test: `dist/`, or E2E_DIST to test another build. */
export const distDirectory = process.env.E2E_DIST ? resolve(process.env.E2E_DIST) : join(repositoryRoot, 'dist');

/** Where the stand-in for Office.js is bundled, outside the work tree. */
export const stubDirectory = join(tmpdir(), 'scorecards-e2e');
export const officeStubFile = join(stubDirectory, 'office-stub.js');

/** Screenshots the tests take, for the user guide. */
export const screenshotDirectory = join(repositoryRoot, 'docs', 'images');
