import fc from 'fast-check';
import { type PlacedSheet, sheetOrder } from './sheet-order';

const visible = (name: string): PlacedSheet => ({ name, visible: true });
const hidden = (name: string): PlacedSheet => ({ name, visible: false });
const inputs = ['员工', '考勤', '违规'].map(visible);

describe('sheetOrder', () => {
  it('puts a first month after the input sheets and the history last', () => {
    const order = sheetOrder(inputs, { sheets: [visible('考核 2026-11'), visible('明细 2026-11'), hidden('历史')], remove: [] });
    expect(order).toEqual(['员工', '考勤', '违规', '考核 2026-11', '明细 2026-11', '历史']);
  });

  it('puts a new month after the existing months and before the existing history', () => {
    const existing = [...inputs, visible('考核 2026-10'), visible('明细 2026-10'), hidden('历史')];
    const order = sheetOrder(existing, { sheets: [visible('考核 2026-11'), visible('明细 2026-11'), hidden('历史')], remove: [] });
    expect(order).toEqual(['员工', '考勤', '违规', '考核 2026-10', '明细 2026-10', '考核 2026-11', '明细 2026-11', '历史']);
  });

  it('keeps a recomputed month in its place', () => {
    const existing = [...inputs, visible('考核 2026-10'), visible('考核 2026-11'), hidden('历史')];
    const order = sheetOrder(existing, { sheets: [visible('考核 2026-10'), hidden('历史')], remove: [] });
    expect(order).toEqual(['员工', '考勤', '违规', '考核 2026-10', '考核 2026-11', '历史']);
  });

  it('moves the history last even when a sheet was added after it', () => {
    const existing = [...inputs, hidden('历史'), visible('Notes')];
    const order = sheetOrder(existing, { sheets: [hidden('历史')], remove: [] });
    expect(order).toEqual(['员工', '考勤', '违规', 'Notes', '历史']);
  });

  it('drops removed sheets, matching names case-insensitively', () => {
    const existing = [...inputs, visible('Scorecard 2026-11')];
    const order = sheetOrder(existing, { sheets: [visible('考核 2026-11')], remove: ['SCORECARD 2026-11'] });
    expect(order).toEqual(['员工', '考勤', '违规', '考核 2026-11']);
  });

  it('takes the plan spelling of a replaced sheet name', () => {
    const order = sheetOrder([visible('scorecard 2026-11')], { sheets: [visible('Scorecard 2026-11')], remove: [] });
    expect(order).toEqual(['Scorecard 2026-11']);
  });

  it('keeps every untouched sheet once and in its order, and ends with the hidden plan sheets', () => {
    const names = fc.uniqueArray(fc.constantFrom<string>('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'), { maxLength: 8 });
    fc.assert(
      fc.property(names, names, names, fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), (existingNames, planNames, removeNames, flags) => {
        const existing = existingNames.map((name, index) => ({ name, visible: flags[index] }));
        const planSheets = planNames.map((name, index) => ({ name, visible: !flags[7 - index] }));
        const remove = removeNames.filter((name) => !planNames.includes(name));
        const order = sheetOrder(existing, { sheets: planSheets, remove });

        const untouched = existingNames.filter((name) => !planNames.includes(name) && !remove.includes(name));
        const expected = new Set([...untouched, ...planNames]);
        expect(new Set(order)).toEqual(expected);
        expect(order).toHaveLength(expected.size);
        expect(order.filter((name) => untouched.includes(name))).toEqual(untouched);
        const hiddenPlan = planSheets.filter((sheet) => !sheet.visible).map((sheet) => sheet.name);
        expect(order.slice(order.length - hiddenPlan.length)).toEqual(hiddenPlan);
      }),
    );
  });
});
