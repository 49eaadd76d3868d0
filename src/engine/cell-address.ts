import { cellOf } from './issues';
import type { RowRef } from './records';

/** `考勤!C12`: a cell named with its sheet, for issues that point at another row (SPEC §5). */
export function cellAddress(ref: RowRef, field: string): string {
  return `${ref.sheet}!${cellOf(ref, field)}`;
}
