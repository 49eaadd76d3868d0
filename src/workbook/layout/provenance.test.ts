import { employeeResult, layoutContext, monthResult } from './fixture-results';
import { sheetCounts, titleTeams } from './provenance';

describe('provenance', () => {
  it('counts the rows of the sheets the workbook has, under their actual names', () => {
    expect(sheetCounts(layoutContext())).toEqual([
      { sheet: '员工', rows: 3 },
      { sheet: '考勤', rows: 60 },
      { sheet: '违规', rows: 4 },
      { sheet: '加分', rows: 1 },
    ]);
  });

  it('names the teams in the title in natural order, not code-point order', () => {
    const teams = (names: string[]) => monthResult(names.map((team, index) => employeeResult({ id: String(index), team })));
    expect(titleTeams(teams(['三组', '一组', '二组', '三组']))).toEqual(['一组', '二组', '三组']);
    expect(titleTeams(teams(['Team 10', 'Team 9']))).toEqual(['Team 9', 'Team 10']);
    expect(titleTeams(teams(['十一组', '五组', '十组', '二组', '一组']))).toEqual(['一组', '二组', '五组', '十组', '…']);
  });

  it('names up to four teams in the title, sorted, and marks more', () => {
    const teams = (names: string[]) => monthResult(names.map((team, index) => employeeResult({ id: String(index), team })));
    expect(titleTeams(teams(['二组', '一组', '一组']))).toEqual(['一组', '二组']);
    expect(titleTeams(teams(['A', 'B', 'C', 'D']))).toEqual(['A', 'B', 'C', 'D']);
    expect(titleTeams(teams(['A', 'B', 'C', 'D', 'E']))).toEqual(['A', 'B', 'C', 'D', '…']);
    expect(titleTeams(monthResult([employeeResult({ team: undefined })]))).toEqual([]);
  });
});
