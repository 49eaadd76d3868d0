import { isoDateFromDayNumber } from '../engine/calendar';
import type { Policy } from '../engine/policy';
import { PunchLog } from '../engine/punch-log';
import type { RowRef } from '../engine/records';
import { fingerprintOf, TextFingerprint } from './fingerprint';
import type { InputRead } from './read/read-input-sheets';

/** `"key":` for each field name met, as code units: every record repeats the same few names. */
const keyTexts = new Map<string, Uint16Array>();

function keyText(key: string): Uint16Array {
  let codes = keyTexts.get(key);
  if (codes === undefined) {
    const text = `${JSON.stringify(key)}:`;
    codes = new Uint16Array(text.length);
    for (let index = 0; index < text.length; index++) codes[index] = text.charCodeAt(index);
    keyTexts.set(key, codes);
  }
  return codes;
}

/**
 * Feeds `JSON.stringify(value)` to the fingerprint piece by piece, without building the text.
 * Strings, numbers, booleans, null, arrays and plain objects are written here; anything else
 * (a Date, an object with `toJSON`) is handed to JSON.stringify itself. `skip` leaves out one
 * field of a top-level object.
 */
export function addJson(fingerprint: TextFingerprint, value: unknown, skip?: string): void {
  switch (typeof value) {
    case 'string':
      if (!fingerprint.addPlainQuoted(value)) fingerprint.add(JSON.stringify(value));
      return;
    case 'number':
      fingerprint.add(Number.isFinite(value) ? String(value) : 'null');
      return;
    case 'boolean':
      fingerprint.add(value ? 'true' : 'false');
      return;
    case 'object':
      if (value === null) {
        fingerprint.add('null');
        return;
      }
      if (Array.isArray(value)) {
        addArray(fingerprint, value);
        return;
      }
      if (isPlainData(value)) {
        addObject(fingerprint, value as Record<string, unknown>, skip);
        return;
      }
  }
  fingerprint.add(JSON.stringify(value) ?? 'null');
}

function isPlainData(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return (prototype === Object.prototype || prototype === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** What JSON leaves out of an object, and writes as null in an array. */
const unwritable = (value: unknown): boolean => value === undefined || typeof value === 'function' || typeof value === 'symbol';

function addArray(fingerprint: TextFingerprint, values: readonly unknown[]): void {
  fingerprint.addCode(0x5b);
  for (let i = 0; i < values.length; i++) {
    if (i > 0) fingerprint.addCode(0x2c);
    const inner = values[i];
    if (unwritable(inner)) fingerprint.add('null');
    else addJson(fingerprint, inner);
  }
  fingerprint.addCode(0x5d);
}

function addObject(fingerprint: TextFingerprint, value: Record<string, unknown>, skip: string | undefined): void {
  fingerprint.addCode(0x7b);
  let first = true;
  // for-in reads the fields of records built alike straight from their layout, where
  // Object.keys would build an array per record. Only own fields are JSON's.
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    const inner = value[key];
    if (key === skip || unwritable(inner)) continue;
    if (!first) fingerprint.addCode(0x2c);
    first = false;
    fingerprint.addCodes(keyText(key));
    addJson(fingerprint, inner);
  }
  fingerprint.addCode(0x7d);
}

/**
 * Each punch as `[row, fields]`, the fields as `addJson` writes a `PunchRow` without its `ref`
 * (so the text is what it was when punches were rows): ID, date, minute, then the time-of-day
 * flag, the day offset and the source where the punch has them.
 */
export function addPunches(fingerprint: TextFingerprint, punches: PunchLog): void {
  const dates = new Map<number, string>();
  for (let index = 0; index < punches.length; index++) {
    if (index > 0) fingerprint.addCode(0x2c);
    fingerprint.addCode(0x5b);
    addJson(fingerprint, punches.row[index]);
    fingerprint.addCode(0x2c);
    fingerprint.addCode(0x7b);
    fingerprint.addCodes(keyText('employeeId'));
    addJson(fingerprint, punches.employeeIds[punches.employee[index]]);
    fingerprint.addCode(0x2c);
    fingerprint.addCodes(keyText('date'));
    const day = punches.day[index];
    let date = dates.get(day);
    if (date === undefined) dates.set(day, (date = isoDateFromDayNumber(day)));
    addJson(fingerprint, date);
    addField(fingerprint, 'minuteOfDay', punches.minuteOfDay[index]);
    if (punches.timeOfDay[index] === 1) addField(fingerprint, 'timeOfDay', true);
    addField(fingerprint, 'dayOffset', punches.dayOffset(index));
    addField(fingerprint, 'source', punches.source(index));
    fingerprint.addCode(0x7d);
    fingerprint.addCode(0x5d);
  }
}

/** `,"key":value`, or nothing for undefined (as JSON leaves it out). */
function addField(fingerprint: TextFingerprint, key: string, value: string | number | boolean | undefined): void {
  if (value === undefined) return;
  fingerprint.addCode(0x2c);
  fingerprint.addCodes(keyText(key));
  addJson(fingerprint, value);
}

/** The fingerprints a compute keeps: of its input rows, of its policy, and of both (the month's). */
export interface MonthFingerprints {
  /** Of the input rows alone (the text below up to its `]`): the compute log shows it. */
  readonly input: string;
  /** Of the policy alone: the compute log shows it, so a policy change is told from an input change. */
  readonly policy: string;
  /** Of the rows and the policy together: kept with the history, to tell when a computed month is out of date. */
  readonly month: string;
}

/**
 * The data a month's result depends on, with each row's position (the details tab links to
 * rows, so moved rows make it stale too): the fingerprint of the text
 * `[[[row, fields], …] per sheet]` + `\n` + the policy's canonical fingerprint, where the
 * fields are each record as the reader built it, without its `ref` (a fixed field order, and
 * sorting the keys of 150,000 records costs most of a second). The text is fed as it would be
 * written, never built: it runs to tens of megabytes for a large team. The input's own
 * fingerprint is the digest taken where the rows end, in the same pass.
 */
export function monthFingerprints(input: InputRead, policy: Policy): MonthFingerprints {
  const fingerprint = new TextFingerprint();
  // The time clock's sheets join the list only when there are any, so that a month kept on
  // Attendance alone keeps the fingerprint it was stored with.
  const clock = input.punches.length > 0 || input.schedule.length > 0 ? [input.punches, input.schedule] : [];
  const sheets: readonly (readonly { readonly ref: RowRef }[] | PunchLog)[] = [input.employees, input.attendance, input.entries, input.kpi, ...clock];
  fingerprint.addCode(0x5b);
  sheets.forEach((records, sheetIndex) => {
    if (sheetIndex > 0) fingerprint.addCode(0x2c);
    fingerprint.addCode(0x5b);
    if (records instanceof PunchLog) addPunches(fingerprint, records);
    else {
      records.forEach((record, index) => {
        if (index > 0) fingerprint.addCode(0x2c);
        fingerprint.addCode(0x5b);
        addJson(fingerprint, record.ref.row);
        fingerprint.addCode(0x2c);
        addJson(fingerprint, record, 'ref');
        fingerprint.addCode(0x5d);
      });
    }
    fingerprint.addCode(0x5d);
  });
  fingerprint.addCode(0x5d);
  const inputDigest = fingerprint.digest();
  const policyDigest = fingerprintOf(policy);
  fingerprint.add(`\n${policyDigest}`);
  return { input: inputDigest, policy: policyDigest, month: fingerprint.digest() };
}

/** The month's fingerprint of `monthFingerprints`, kept with the history. */
export function monthFingerprint(input: InputRead, policy: Policy): string {
  return monthFingerprints(input, policy).month;
}
