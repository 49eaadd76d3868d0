import { dateSerial } from './excel-serial';
import { readSchedule } from '../read/read-schedule';
import { scheduleTemplate } from './schedule-template';

const people = [
  { id: '1001', name: '王芳' },
  { id: '1002', name: '李雷' },
];

describe('scheduleTemplate (SPEC §2.1)', () => {
  const sheet = scheduleTemplate('2026-11', 'zh', people);

  it('names the sheet for its month', () => {
    expect(sheet.name).toBe('排班 2026-11');
    expect(scheduleTemplate('2026-11', 'en', []).name).toBe('Schedule 2026-11');
  });

  it('puts the weekdays above the days: 1 November 2026 is a Sunday', () => {
    expect(sheet.rows[0].slice(0, 4)).toEqual([null, null, '日', '一']);
    expect(scheduleTemplate('2026-11', 'en', []).rows[0].slice(2, 4)).toEqual(['Sun', 'Mon']);
  });

  it('has a header of ID, name and every day of the month as a date showing its day number', () => {
    const header = sheet.rows[1];
    expect(header.slice(0, 3)).toEqual(['工号', '姓名', dateSerial('2026-11-01')]);
    expect(header).toHaveLength(2 + 30);
    expect(header[header.length - 1]).toBe(dateSerial('2026-11-30'));
    expect(sheet.styles).toContainEqual({ range: 'C2:AF2', style: expect.objectContaining({ numberFormat: 'd' }) });
  });

  it('starts with a row for each person, ID as text, and shades the weekends', () => {
    expect(sheet.rows.slice(2)).toEqual([
      ['1001', '王芳'],
      ['1002', '李雷'],
    ]);
    expect(sheet.columns[0].text).toBe(true);
    // Saturday 7 November is column I; Sunday 1 November column C.
    expect(sheet.styles).toContainEqual({ range: 'I3:I4', style: { fill: '#F2F2F2' } });
    expect(sheet.styles).toContainEqual({ range: 'C3:C4', style: { fill: '#F2F2F2' } });
    expect(sheet.freeze).toEqual({ rows: 2, columns: 2 });
  });

  it('reads back, filled in, as the schedule of its month', () => {
    const rows = sheet.rows.map((row) => [...row]);
    rows[2][2 + 2] = 'D';
    rows[3][2 + 29] = '休';
    const read = readSchedule({ sheets: [{ name: sheet.name, rows }] }, '2026-11', []);
    expect(read.rows.map((row) => [row.employeeId, row.shifts])).toEqual([
      ['1001', [{ date: '2026-11-03', shift: 'D', column: 'E' }]],
      ['1002', []],
    ]);
    expect(read.shiftCount).toBe(1);
  });
});
