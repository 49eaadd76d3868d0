import fc from 'fast-check';
import { defaultPolicy } from '../engine/default-policy';
import { fingerprintOf, fingerprintOfText, TextFingerprint } from './fingerprint';
import { PunchLog } from '../engine/punch-log';
import type { PunchRow } from '../engine/records';
import { addJson, addPunches, monthFingerprint, monthFingerprints } from './month-fingerprint';
import { attendanceRow, employeeRow, entryRow, kpiRow, NOVEMBER_1, serialTime, templateWorkbook } from './read/fixtures';
import { readInputSheets } from './read/read-input-sheets';

const fedJson = (value: unknown, skip?: string): string => {
  const fingerprint = new TextFingerprint();
  addJson(fingerprint, value, skip);
  return fingerprint.digest();
};

/** Strings with lone surrogates, quotes, backslashes and control characters, which JSON escapes. */
const awkwardText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', '"', '\\', '\n\t\u0000\u001f', '\ud800', 'a\udc00b', '😀', '王芳 "A"'),
);

/** Plain data as records hold it, with the values JSON writes specially (undefined, -0, NaN). */
const plainData = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    awkwardText,
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(awkwardText, tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('addJson', () => {
  it('feeds exactly the text JSON.stringify writes for plain data', () => {
    fc.assert(
      fc.property(fc.dictionary(awkwardText, plainData, { maxKeys: 6 }), (value) => {
        expect(fedJson(value)).toBe(fingerprintOfText(JSON.stringify(value)));
      }),
    );
  });

  it('feeds what JSON.stringify writes for values it does not write itself', () => {
    const value = { at: new Date(Date.UTC(2026, 10, 1)), list: [undefined, () => 1], nan: NaN, negativeZero: -0 };
    expect(fedJson(value)).toBe(fingerprintOfText(JSON.stringify(value)));
  });

  it('leaves out fields an object inherits, as JSON does', () => {
    const prototype = Object.prototype as Record<string, unknown>;
    prototype.inherited = 'not written';
    try {
      expect(fedJson({ own: 1 })).toBe(fingerprintOfText('{"own":1}'));
    } finally {
      delete prototype.inherited;
    }
  });

  it('leaves out the skipped field of the top-level object only', () => {
    const value = { ref: 1, date: '2026-11-02', inner: { ref: 2 } };
    expect(fedJson(value, 'ref')).toBe(fingerprintOfText('{"date":"2026-11-02","inner":{"ref":2}}'));
  });
});

describe('monthFingerprint', () => {
  const input = readInputSheets(
    templateWorkbook({
      employees: [employeeRow(), employeeRow({ id: 1002, name: '李"雷"', team: null })],
      attendance: [attendanceRow(), attendanceRow({ date: NOVEMBER_1 + 2, clockIn: serialTime(9, 5), note: 'line\nbreak' })],
      violations: [entryRow({ times: 2 })],
      merits: [entryRow({ code: 'M01', employeeId: 1002 })],
      kpi: [kpiRow()],
    }),
    '2026-11',
  );

  it('is the fingerprint of each sheet’s rows written as [row, fields without ref], then the policy’s', () => {
    const rowOf = (record: { readonly ref: { readonly row: number } }): unknown[] => {
      const { ref, ...values } = record;
      return [ref.row, values];
    };
    const text = JSON.stringify([input.employees.map(rowOf), input.attendance.map(rowOf), input.entries.map(rowOf), input.kpi.map(rowOf)]);
    expect(input.attendance).toHaveLength(2);
    expect(monthFingerprint(input, defaultPolicy)).toBe(fingerprintOfText(`${text}\n${fingerprintOf(defaultPolicy)}`));
  });

  it('gives the input rows’ and the policy’s own fingerprints in the same pass', () => {
    const rowOf = (record: { readonly ref: { readonly row: number } }): unknown[] => {
      const { ref, ...values } = record;
      return [ref.row, values];
    };
    const text = JSON.stringify([input.employees.map(rowOf), input.attendance.map(rowOf), input.entries.map(rowOf), input.kpi.map(rowOf)]);
    expect(monthFingerprints(input, defaultPolicy)).toEqual({
      input: fingerprintOfText(text),
      policy: fingerprintOf(defaultPolicy),
      month: monthFingerprint(input, defaultPolicy),
    });
  });

  it('tells a policy change from an input change', () => {
    const policy = { ...defaultPolicy, salary: { ...defaultPolicy.salary, perPoint: 12 } };
    const before = monthFingerprints(input, defaultPolicy);
    const after = monthFingerprints(input, policy);
    expect(after.input).toBe(before.input);
    expect(after.policy).not.toBe(before.policy);
    expect(after.month).not.toBe(before.month);
  });

  it('changes when a record moves to another row', () => {
    const moved = { ...input, kpi: input.kpi.map((record) => ({ ...record, ref: { ...record.ref, row: record.ref.row + 1 } })) };
    expect(monthFingerprint(moved, defaultPolicy)).not.toBe(monthFingerprint(input, defaultPolicy));
  });
});

describe('the fingerprint of the punches', () => {
  const columns = { employeeId: 'A', punchTime: 'C' };
  const punchRows: PunchRow[] = [
    { employeeId: '1001', date: '2026-11-03', minuteOfDay: 509, ref: { sheet: '打卡', row: 2, columns } },
    { employeeId: '1002', date: '2026-11-03', minuteOfDay: 65, timeOfDay: true, dayOffset: 1, ref: { sheet: '打卡', row: 3, columns } },
    { employeeId: '王"1', date: '2026-11-04', minuteOfDay: 1438, timeOfDay: true, dayOffset: -1, source: '自助\n补卡', ref: { sheet: '打卡', row: 7, columns } },
    { employeeId: '1001', date: '2026-11-04', minuteOfDay: 0, timeOfDay: true, ref: { sheet: '打卡', row: 8, columns } },
  ];

  it('is that of the text `[row, fields]` of each punch, its fields as JSON writes the row without its ref', () => {
    const asRows = new TextFingerprint();
    punchRows.forEach((row, index) => {
      if (index > 0) asRows.add(',');
      asRows.add(`[${row.ref.row},`);
      addJson(asRows, row, 'ref');
      asRows.add(']');
    });
    const fromLog = new TextFingerprint();
    addPunches(fromLog, PunchLog.of(punchRows));
    expect(fromLog.digest()).toBe(asRows.digest());
  });

  it('changes with any field of a punch', () => {
    const digest = (rows: readonly PunchRow[]) => {
      const fingerprint = new TextFingerprint();
      addPunches(fingerprint, PunchLog.of(rows));
      return fingerprint.digest();
    };
    expect(digest([{ ...punchRows[0], minuteOfDay: 510 }, ...punchRows.slice(1)])).not.toBe(digest(punchRows));
    expect(digest([{ ...punchRows[0], ref: { ...punchRows[0].ref, row: 3 } }, ...punchRows.slice(1)])).not.toBe(digest(punchRows));
  });
});
