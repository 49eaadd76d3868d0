import { columnLetter } from '../grid';
import { inputSheet } from '../schema';
import { readPolicy } from '../policy/read-policy';
import { defaultPolicy } from '../../engine/default-policy';
import { inputTemplate, templatePlan } from './template-plan';

describe('templatePlan', () => {
  it('creates the input sheets, then the policy sheets, with headers in Chinese', () => {
    const plan = templatePlan('zh', []);
    expect(plan.sheets.map((sheet) => sheet.name)).toEqual([
      '员工', '考勤', '违规', '加分', '指标', '班次', '参数', '考核项目', '等级', '迟到档位', '特别奖',
    ]);
    expect(plan.sheets[1].rows[0]).toEqual(['日期', '工号', '班次', '上班打卡', '下班打卡', '状态', '备注']);
    expect(plan.remove).toEqual([]);
    expect(plan.activate).toBe('员工');
  });

  it('creates them with headers in English', () => {
    const plan = templatePlan('en', []);
    expect(plan.sheets.map((sheet) => sheet.name).slice(0, 6)).toEqual(['Employees', 'Attendance', 'Violations', 'Merits', 'KPI', 'Shifts']);
    expect(plan.sheets[0].rows[0]).toEqual(['Employee ID', 'Name', 'Team', 'Role', 'Hire date', 'Leave date']);
  });

  it('skips every sheet the workbook has under either name, whatever the case', () => {
    const plan = templatePlan('zh', ['Employees', ' 考勤 ', 'policy', 'Sheet1']);
    const names = plan.sheets.map((sheet) => sheet.name);
    expect(names).not.toContain('员工');
    expect(names).not.toContain('考勤');
    expect(names).not.toContain('参数');
    expect(names).toContain('违规');
    expect(plan.activate).toBe('违规');
  });

  it('plans nothing for a workbook that has every sheet', () => {
    const everything = templatePlan('en', []).sheets.map((sheet) => sheet.name);
    expect(templatePlan('zh', everything)).toEqual({ sheets: [], remove: [] });
  });

  it('formats ID and name columns as text, dates as yyyy-mm-dd and punches as hh:mm', () => {
    const employees = inputTemplate(inputSheet('employees'), 'zh');
    expect(employees.columns.map((column) => column.text ?? column.numberFormat)).toEqual([
      true, true, true, true, 'yyyy-mm-dd', 'yyyy-mm-dd',
    ]);
    const attendance = inputTemplate(inputSheet('attendance'), 'zh');
    expect(attendance.columns[3].numberFormat).toBe('hh:mm');
    expect(attendance.columns[4].numberFormat).toBe('hh:mm');
    expect(inputTemplate(inputSheet('kpi'), 'en').columns[0].numberFormat).toBe('yyyy-mm');
  });

  it('styles and freezes the header row and leaves room for each header', () => {
    const violations = inputTemplate(inputSheet('violations'), 'en');
    const last = columnLetter(violations.columns.length - 1);
    expect(violations.freeze).toEqual({ rows: 1, columns: 0 });
    expect(violations.styles).toContainEqual(expect.objectContaining({ range: `A1:${last}1`, style: expect.objectContaining({ bold: true }) }));
    expect(violations.columns.every((column, index) => column.width >= String(violations.rows[0][index]).length + 4)).toBe(true);
  });

  it('fills the shifts sheet with the default shifts as times of day', () => {
    const shifts = inputTemplate(inputSheet('shifts'), 'zh');
    expect(shifts.rows.slice(1)).toEqual([
      ['D', '白班', 510 / 1440, 1050 / 1440, 60],
      ['N', '晚班', 1050 / 1440, 0, 0],
      ['E', '早班', 480 / 1440, 1050 / 1440, 60],
      ['L', '晚班', 960 / 1440, 60 / 1440, 60],
    ]);
  });

  it('adds the Punches sheet and the chosen month’s schedule on request, after the other input sheets', () => {
    const plan = templatePlan('zh', [], { month: '2026-11', people: [{ id: '1001', name: '王芳' }] });
    expect(plan.sheets.map((sheet) => sheet.name).slice(5, 8)).toEqual(['班次', '打卡', '排班 2026-11']);
    const punches = plan.sheets[6];
    expect(punches.rows[0]).toEqual(['工号', '姓名', '打卡时间', '打卡设备', '状态']);
    expect(punches.columns[2].numberFormat).toBe('yyyy-mm-dd hh:mm');
    expect(templatePlan('en', [], { month: '2026-11', people: [] }).sheets.map((sheet) => sheet.name)).toContain('Schedule 2026-11');
  });

  it('adds no schedule when the workbook has one for the month, or one for every month', () => {
    const clock = { month: '2026-11', people: [] };
    const names = (existing: string[]) => templatePlan('zh', existing, clock).sheets.map((sheet) => sheet.name);
    expect(names(['Schedule 2026-11'])).not.toContain('排班 2026-11');
    expect(names(['排班2026-11'])).not.toContain('排班 2026-11');
    expect(names(['排班'])).not.toContain('排班 2026-11');
    expect(names(['Punches'])).not.toContain('打卡');
    expect(names(['排班 2026-10'])).toContain('排班 2026-11');
  });

  it('adds neither time-clock sheet unless asked', () => {
    expect(templatePlan('zh', []).sheets.map((sheet) => sheet.name)).not.toEqual(expect.arrayContaining(['打卡']));
  });

  it('writes policy sheets that read back as the default policy', () => {
    const plan = templatePlan('en', []);
    const grids = { sheets: plan.sheets.map((sheet) => ({ name: sheet.name, rows: sheet.rows })) };
    expect(readPolicy(grids)).toEqual({ policy: defaultPolicy, issues: [], present: true });
  });
});
