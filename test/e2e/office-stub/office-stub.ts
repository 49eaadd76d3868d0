/**
 * Stands in for Office.js in the end-to-end tests: the strict in-memory Excel of the Office
 * adapter, installed as the page's `Office` and `Excel` globals before the pane's bundle runs.
 * The test seeds it through `window.scorecardsSeed` and reads it back through `window.scorecardsFake`.
 */
import { installFakeOffice, type FakeOffice, type FakeWorkbookSpec } from '../../../src/adapters/office/fake';

export interface OfficeStubSeed {
  readonly workbook: FakeWorkbookSpec;
  readonly displayLanguage: string;
  /** null: Office.js loaded in a plain browser, outside any Office host. */
  readonly host: 'Excel' | null;
  /** The host's ExcelApi version; default the newest the typings name. */
  readonly apiVersion?: string;
}

declare global {
  interface Window {
    scorecardsSeed?: OfficeStubSeed;
    scorecardsFake?: FakeOffice;
  }
}

const seed = window.scorecardsSeed;
window.scorecardsFake = installFakeOffice(window, {
  workbook: seed?.workbook,
  displayLanguage: seed?.displayLanguage ?? 'en-US',
  host: seed ? seed.host : 'Excel',
  apiVersion: seed?.apiVersion,
});
