/**
 * A strict in-memory Excel for tests: the part of Office.js the add-in uses, with Excel's
 * rules where they bite (load before read, queued writes, formulas from text, payload limits,
 * sheet names). Plain TypeScript without Node imports, so a browser test page can bundle it.
 */
export { createFakeOffice, installFakeOffice } from './install';
export type { FakeExcelNamespace, FakeOffice, FakeOfficeNamespace, FakeOfficeOptions } from './install';
export type { FakeWorkbookSpec } from './workbook-spec';
export type { SheetSnapshot, WorkbookSnapshot } from './snapshot';
export type { SyncRecord } from './engine';
export { FakeErrorCode, FakeOfficeError } from './errors';
export { WEB_PAYLOAD_LIMIT } from './engine';
