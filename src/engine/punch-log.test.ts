import { punch, ref, timePunch } from './fixtures';
import { PunchLog, PunchLogBuilder } from './punch-log';
import type { PunchRow } from './records';

const rows: PunchRow[] = [
  punch('1001', '2026-11-03 08:29'),
  { ...timePunch('1002', '2026-11-03', '01:05', 1), ref: { ...ref('打卡'), row: 3 } },
  { ...punch('1001', '2026-11-03 17:31', { source: '自助补卡' }), ref: { ...ref('打卡'), row: 4 } },
  { ...timePunch('1003', '2026-11-04', '23:58', -1), ref: { ...ref('打卡'), row: 5 } },
  { ...timePunch('1003', '2026-11-04', '08:00'), ref: { ...ref('打卡'), row: 6 } },
];

describe('PunchLog (the Punches sheet in columns)', () => {
  it('gives back every punch as the row it was built from', () => {
    expect([...PunchLog.of(rows).rows()]).toEqual(rows);
  });

  it('keeps the time-of-day flag, 次日 and 昨日, and the source, and leaves them out where a punch has none', () => {
    const log = PunchLog.of(rows);
    expect([0, 1, 2, 3, 4].map((index) => [log.timeOfDay[index], log.dayOffset(index), log.source(index)])).toEqual([
      [0, undefined, undefined],
      [1, 1, undefined],
      [0, undefined, '自助补卡'],
      [1, -1, undefined],
      [1, undefined, undefined],
    ]);
    expect(Object.keys(log.punchAt(0))).toEqual(['employeeId', 'date', 'minuteOfDay', 'ref']);
  });

  it('numbers each ID once, in the order first met', () => {
    const log = PunchLog.of(rows);
    expect(log.employeeIds).toEqual(['1001', '1002', '1003']);
    expect([...log.employee]).toEqual([0, 1, 0, 2, 2]);
  });

  it('points each punch at its own sheet, row and columns', () => {
    const other: PunchRow = { ...punch('1001', '2026-11-05 08:00'), ref: { sheet: '原始记录', row: 9, columns: { employeeId: 'D', punchTime: 'I' } } };
    const log = PunchLog.of([...rows, other]);
    expect(log.ref(0)).toEqual(rows[0].ref);
    expect(log.ref(5)).toEqual(other.ref);
  });

  it('grows past its first columns without losing a punch', () => {
    const builder = new PunchLogBuilder();
    const many = Array.from({ length: 5000 }, (_, index) => ({ ...punch(String(1000 + (index % 7)), `2026-11-${String(1 + (index % 30)).padStart(2, '0')} 08:${String(index % 60).padStart(2, '0')}`), ref: { ...ref('打卡'), row: index + 2 } }));
    many.forEach((row) => builder.add(row));
    const log = builder.build();
    expect(log.length).toBe(5000);
    expect(log.punchAt(4999)).toEqual(many[4999]);
    expect([...log.rows()]).toEqual(many);
  });

  it('is empty with no punches', () => {
    expect(PunchLog.empty.length).toBe(0);
    expect([...PunchLog.of([]).rows()]).toEqual([]);
  });
});
