import { type Access, compareVersions, type TableEntry } from './extract';
import { EXCEL_API_MEMBERS, NEWEST_EXCEL_API } from './table.generated';

/**
 * The requirement set of every member the fake Excel implements, looked up in the table that
 * `scripts/office-api-sets.js` derives from the typings (table.generated.ts). A member missing
 * from the table cannot be used by the fake at all.
 */
export type ApiMember = keyof typeof EXCEL_API_MEMBERS;

export { NEWEST_EXCEL_API, compareVersions, type Access };

/** The oldest ExcelApi version the add-in's manifest admits. */
export const MANIFEST_MINIMUM = '1.7';

export function isApiMember(member: string): member is ApiMember {
  return Object.prototype.hasOwnProperty.call(EXCEL_API_MEMBERS, member);
}

/** The ExcelApi version that `access` of `member` needs; a member the typings do not allow that access to throws. */
export function requiredVersion(member: ApiMember, access: Access): string {
  const version = (EXCEL_API_MEMBERS[member] as TableEntry)[access];
  if (version === undefined) throw new TypeError(`${member} cannot be used by ${access} (see its declaration in @types/office-js).`);
  return version;
}

const newerOf = new Map<string, string>();

/** The newer of two versions (remembered: a write queues many thousand operations, over a few versions). */
export function newer(a: string, b: string): string {
  if (a === b) return a;
  const key = `${a} ${b}`;
  let result = newerOf.get(key);
  if (result === undefined) newerOf.set(key, (result = compareVersions(a, b) >= 0 ? a : b));
  return result;
}
