import { derivedCodeIssues } from './derived-codes';
import { ref } from './fixtures';
import type { ItemBasis, LineItem } from './results';

function item(employeeId: string, code: string, source: LineItem['source'], basis: ItemBasis, row: LineItem['ref']): LineItem {
  return {
    employeeId,
    code,
    category: 'bonus',
    bucket: 'bonus',
    times: 1,
    pointsPerTime: 5,
    points: 5,
    voided: false,
    source,
    basis,
    ref: row,
  };
}

const entered = (employeeId: string, code: string, row: number) => item(employeeId, code, 'merits', { kind: 'entered' }, ref('加分', row));

describe('derivedCodeIssues', () => {
  it('reports a hand-entered code that KPI also derives, on its code cell, naming the KPI cell it comes from', () => {
    const derived = [
      item('1001', 'B02', 'kpi', { kind: 'examScore', score: 100 }, ref('指标', 4)),
      item('1001', 'B05', 'kpi', { kind: 'noComplaints' }, ref('指标', 4)),
      item('1001', 'B01', 'kpi', { kind: 'kpiTop', workload: 9, quality: 9 }, ref('指标', 4)),
    ];
    const issues = derivedCodeIssues([entered('1001', 'B02', 3), entered('1001', 'B05', 6), entered('1001', 'B01', 7)], derived);
    expect(issues).toEqual([
      { severity: 'error', code: 'DERIVED_CODE_ENTERED', sheet: '加分', cell: 'C3', params: { code: 'B02', kpi: '指标!E4' } },
      { severity: 'error', code: 'DERIVED_CODE_ENTERED', sheet: '加分', cell: 'C6', params: { code: 'B05', kpi: '指标!F4' } },
      { severity: 'error', code: 'DERIVED_CODE_ENTERED', sheet: '加分', cell: 'C7', params: { code: 'B01', kpi: '指标!C4' } },
    ]);
  });

  it('accepts a hand-entered code that KPI does not derive for that employee', () => {
    const derived = [item('1002', 'B02', 'kpi', { kind: 'examScore', score: 100 }, ref('指标', 4))];
    expect(derivedCodeIssues([entered('1001', 'B02', 3), entered('1002', 'B03', 4)], derived)).toEqual([]);
  });
});
