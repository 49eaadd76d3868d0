import { renderToStaticMarkup } from 'react-dom/server';
import type { WorkbookInspection } from '../workbook/pipeline';
import { SheetStatus } from './sheet-status';
import { paneStrings } from './strings';

const complete: WorkbookInspection = {
  sheets: [
    { key: 'employees', name: '员工', required: true, monthRows: 12 },
    { key: 'attendance', name: '考勤', required: true, monthRows: 1 },
    { key: 'violations', name: '违规', required: true, monthRows: 0 },
    { key: 'merits', name: '加分', required: false, monthRows: 3 },
    { key: 'kpi', name: '指标', required: false, monthRows: 12 },
  ],
  missingRequired: [],
  existingTabs: [],
  outOfDate: false,
  previousMonthComputed: true,
  language: 'zh',
};

type TimeClock = Parameters<typeof SheetStatus>[0]['timeClock'];

function render(inspection: WorkbookInspection, lang: 'zh' | 'en' = 'en', missingSheets: readonly string[] = [], timeClock?: TimeClock): string {
  return renderToStaticMarkup(
    <SheetStatus
      timeClock={timeClock}
      inspection={inspection}
      lang={lang}
      strings={paneStrings(lang)}
      busy={false}
      creating={false}
      loading={false}
      missingSheets={missingSheets}
      onCreateTemplates={() => undefined}
      onRefresh={() => undefined}
    />,
  );
}

const text = (markup: string): string => markup.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('SheetStatus', () => {
  it("lists each sheet found with the month's row count, employees as a headcount", () => {
    const shown = text(render(complete));
    expect(shown).toContain('员工 (required) 12 employees listed');
    expect(shown).toContain('考勤 (required) 1 row this month');
    expect(shown).toContain('违规 (required) 0 rows this month');
    expect(shown).toContain('加分 (optional) 3 rows this month');
  });

  it('offers no template button when every sheet is there', () => {
    expect(text(render(complete))).not.toContain('Create the missing sheets');
  });

  it('names the missing required sheets in the pane language and offers to create them', () => {
    const inspection: WorkbookInspection = {
      ...complete,
      sheets: complete.sheets.map((sheet) =>
        sheet.key === 'attendance' || sheet.key === 'kpi' ? { ...sheet, name: undefined, monthRows: 0 } : sheet,
      ),
      missingRequired: ['attendance'],
    };
    const shown = text(render(inspection, 'en', ['Attendance', 'KPI']));
    expect(shown).toContain('Attendance (required) missing');
    expect(shown).toContain('KPI (optional) not in this workbook');
    expect(shown).toContain('Missing required sheets: Attendance.');
    expect(shown).toContain('Not in this workbook yet: Attendance, KPI.');
    expect(shown).toContain('Create the missing sheets');
  });

  it('offers the templates for missing policy sheets without calling it an error', () => {
    const shown = text(render(complete, 'zh', ['参数', '考核项目']));
    expect(shown).not.toContain('缺少必需的工作表');
    expect(shown).toContain('本工作簿还没有：参数、考核项目。');
    expect(shown).toContain('创建缺少的工作表');
  });

  it('says when the month already has tabs and when they are out of date', () => {
    const inspection = { ...complete, existingTabs: ['考核 2026-10', '明细 2026-10'], outOfDate: true };
    const shown = text(render(inspection, 'zh'));
    expect(shown).toContain('本月已计算过（考核 2026-10、明细 2026-10）');
    expect(shown).toContain('本月计算之后输入数据有改动');
  });

  it('says nothing about earlier tabs or staleness for a month not yet computed', () => {
    const shown = text(render(complete));
    expect(shown).not.toContain('already been computed');
    expect(shown).not.toContain('changed after');
  });

  it('lists the time clock’s sheets with the month’s punches and scheduled shifts, and Attendance as optional beside a schedule', () => {
    const inspection: WorkbookInspection = {
      ...complete,
      sheets: [
        ...complete.sheets.map((sheet) => (sheet.key === 'attendance' ? { ...sheet, required: false } : sheet)),
        { key: 'punches', name: '打卡', required: false, monthRows: 2077 },
        { key: 'schedule', name: '排班 2026-11', required: false, monthRows: 1 },
      ],
    };
    const shown = text(render(inspection));
    expect(shown).toContain('考勤 (optional) 1 row this month');
    expect(shown).toContain('打卡 (optional) 2077 punches this month');
    expect(shown).toContain('排班 2026-11 (optional) 1 shift scheduled this month');
    expect(text(render(inspection, 'zh'))).toContain('打卡 （可选） 本月 2077 条打卡');
  });

  it('offers the time clock’s sheets for the month as an option of the templates', () => {
    const timeClock = { month: '2026-12', checked: false, onChange: () => undefined };
    const shown = text(render(complete, 'en', [], timeClock));
    expect(shown).toContain('Time clock: also the Punches sheet and the Schedule for 2026-12');
    expect(render(complete, 'en', [], timeClock)).toMatch(/<button[^>]*disabled/);
    const ticked = text(render(complete, 'en', ['Punches', 'Schedule 2026-12'], { ...timeClock, checked: true }));
    expect(ticked).toContain('Not in this workbook yet: Punches, Schedule 2026-12.');
  });
});
