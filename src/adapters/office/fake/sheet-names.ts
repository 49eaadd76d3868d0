import { fail, FakeErrorCode } from './errors';
import type { WorkbookState } from './state';

/**
 * Excel's rules for a sheet name: 1 to 31 characters, none of `[ ] : * ? / \`, not starting or
 * ending with an apostrophe, not "History" (reserved), unique ignoring case.
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
