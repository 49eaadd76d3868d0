import { fail, FakeErrorCode } from './errors';
import type { WorkbookState } from './state';

/**
 * Excel's rules for a sheet name. `Worksheet.name`'s JSDoc says only "The name must be fewer than
 * 32 characters"; the rest are in Microsoft's "Rename a worksheet" article
 * (support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9):
 * worksheet names cannot be blank, contain more than 31 characters, contain any of
 * `/ \ ? * : [ ]`, begin or end with an apostrophe, or be named "History" (reserved). Two sheets
 * cannot share a name, ignoring case (Excel's UI refuses it; Office.js documents
 * `ItemAlreadyExists` among its error codes). Which error code each refusal raises is not
 * documented.
 */
export function checkSheetName(state: WorkbookState, name: unknown, renamingId?: string): string {
  if (typeof name !== 'string' || name.trim() === '') fail(FakeErrorCode.invalidArgument, 'A sheet name cannot be blank.');
  if (name.length > 31) fail(FakeErrorCode.invalidArgument, `The sheet name "${name}" is longer than 31 characters.`);
  if (/[[\]:*?/\\]/.test(name)) fail(FakeErrorCode.invalidArgument, `The sheet name "${name}" contains a character Excel forbids.`);
  if (name.startsWith("'") || name.endsWith("'")) {
    fail(FakeErrorCode.invalidArgument, `The sheet name "${name}" starts or ends with an apostrophe.`);
  }
  if (name.toLowerCase() === 'history') fail(FakeErrorCode.invalidArgument, 'The sheet name "History" is reserved.');
  const clash = state.sheets.find((sheet) => sheet.id !== renamingId && sheet.name.toLowerCase() === name.toLowerCase());
  if (clash) fail(FakeErrorCode.itemAlreadyExists, `A sheet named "${clash.name}" already exists.`);
  return name;
}

/**
 * A workbook whose structure is protected (`WorkbookProtection.protected`, "Specifies if the
 * workbook is protected") keeps its sheets as they are. Microsoft's Excel help ("Help secure and
 * protect data in Excel", office.microsoft.com/en-us/excel-help/help-secure-and-protect-data-in-excel-RZ001123531.aspx):
 * "When you protect the structure, worksheets can't be moved, deleted, hidden, unhidden, or
 * renamed, and new worksheets can't be inserted." Office.js does not document the error code;
 * `AccessDenied` is the one its JSDoc names for protected worksheets, so the fake raises that.
 */
export function checkStructureUnprotected(state: WorkbookState, action: string): void {
  if (state.structureProtected) fail(FakeErrorCode.accessDenied, `The workbook's structure is protected: cannot ${action}.`);
}
