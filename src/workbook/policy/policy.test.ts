import fc from 'fast-check';
import { defaultPolicy } from '../../engine/default-policy';
import type { Issue } from '../../engine/issues';
import type { Policy } from '../../engine/policy';
import type { Lang } from '../../i18n/lang';
import { columnIndex, type CellValue, type WorkbookGrids } from '../grid';
import { policySheets } from './policy-sheets';
import { readPolicy } from './read-policy';

type Sheets = Record<string, CellValue[][]>;

/** The policy sheets as an adapter would read them back, editable by sheet name. */
function written(policy: Policy = defaultPolicy, lang: Lang = 'zh'): Sheets {
  return Object.fromEntries(policySheets(policy, lang).map((spec) => [spec.name, spec.rows.map((row) => [...row])]));
}

const grids = (sheets: Sheets): WorkbookGrids => ({ sheets: Object.entries(sheets).map(([name, rows]) => ({ name, rows })) });

function set(sheets: Sheets, sheet: string, address: string, value: CellValue): Sheets {
  const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(address)!;
  sheets[sheet][Number(row) - 1][columnIndex(letters)] = value;
  return sheets;
}

/** The 1-based row whose first cell is `key`. */
const rowOf = (sheets: Sheets, sheet: string, key: string): number => sheets[sheet].findIndex((row) => row[0] === key) + 1;

const only = (issues: readonly Issue[]): Pick<Issue, 'code' | 'sheet' | 'cell' | 'severity'> => {
  expect(issues).toHaveLength(1);
  const { code, sheet, cell, severity } = issues[0];
  return { code, sheet, cell, severity };
};

describe('policySheets and readPolicy', () => {
  it.each<Lang>(['zh', 'en'])('read back the default policy exactly from the %s sheets', (lang) => {
    const read = readPolicy(grids(written(defaultPolicy, lang)));
    expect(read.issues).toEqual([]);
    expect(read.present).toBe(true);
    expect(read.policy).toEqual(defaultPolicy);
  });

  it('use the defaults when the workbook has no policy sheet', () => {
    expect(readPolicy({ sheets: [{ name: '员工', rows: [['工号']] }] })).toEqual({ policy: defaultPolicy, issues: [], present: false });
  });

  it('name the sheets in the language and explain every row', () => {
    expect(policySheets(defaultPolicy, 'zh').map((spec) => spec.name)).toEqual(['参数', '考核项目', '等级', '迟到档位', '特别奖']);
    expect(policySheets(defaultPolicy, 'en').map((spec) => spec.name)).toEqual(['Policy', 'Catalog', 'Grades', 'Late tiers', 'Award']);
    const parameters = policySheets(defaultPolicy, 'zh')[0];
    expect(parameters.rows[0]).toEqual(['键', '项目', '值', '说明']);
    expect(parameters.rows[1]).toEqual(['score.base', '基础分', 80, '每月日常考核积分(制度2 一、2)']);
    expect(parameters.rows.slice(1).every((row) => typeof row[3] === 'string' && row[3].length > 0)).toBe(true);
  });

  it('write the grades with a last row whose blank bound stands for every other score', () => {
    const grades = policySheets(defaultPolicy, 'en')[2];
    expect(grades.rows.slice(1).map((row) => row.slice(0, 3))).toEqual([
      ['A', 90, 'No'],
      ['B', 80, 'Yes'],
      ['C', 70, 'Yes'],
      ['D', 65, 'Yes'],
      ['E', 60, 'Yes'],
      ['F', null, null],
    ]);
  });

  it('read a changed value back', () => {
    const sheets = written();
    set(sheets, '参数', `C${rowOf(sheets, '参数', 'salary.perPoint')}`, 12);
    set(sheets, '考核项目', `E${rowOf(sheets, '考核项目', 'L09')}`, '1.5');
    const read = readPolicy(grids(sheets));
    expect(read.issues).toEqual([]);
    expect(read.policy.salary.perPoint).toBe(12);
    expect(read.policy.catalog.find((entry) => entry.code === 'L09')).toMatchObject({ min: 1.5, max: 2 });
  });

  it('read back any policy within the constraints', () => {
    const policies = fc.record({
      base: fc.integer({ min: 60, max: 100 }),
      perPoint: fc.integer({ min: 0, max: 50 }),
      limit: fc.integer({ min: 0, max: 1000 }),
      probationMonths: fc.integer({ min: 0, max: 6 }),
      tierLimits: fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 4 }),
      amounts: fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 5 }),
      bounds: fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 6 }),
    });
    fc.assert(
      fc.property(policies, fc.constantFrom<Lang>('zh', 'en'), (drawn, lang) => {
        const policy: Policy = {
          ...defaultPolicy,
          score: { ...defaultPolicy.score, base: drawn.base },
          salary: { ...defaultPolicy.salary, perPoint: drawn.perPoint, limit: drawn.limit, probationMonths: drawn.probationMonths },
          attendance: {
            ...defaultPolicy.attendance,
            lateTiers: [...drawn.tierLimits].sort((a, b) => a - b).map((upToMinutes, index) => ({ upToMinutes, points: index % 2 === 0 ? 2 : 5 })),
          },
          award: { amounts: drawn.amounts },
          grades: {
            bands: [...drawn.bounds].sort((a, b) => b - a).map((min, index) => ({ grade: `G${index}`, min, inclusive: index % 2 === 1 })),
            fallback: 'Z',
          },
        };
        const read = readPolicy(grids(written(policy, lang)));
        expect(read.issues).toEqual([]);
        expect(read.policy).toEqual(policy);
      }),
      { numRuns: 40 },
    );
  });

  it('find the sheets and keys by either language, whatever the case', () => {
    const sheets = written(defaultPolicy, 'en');
    const renamed: Sheets = { ' policy ': sheets.Policy, 考核项目: sheets.Catalog };
    const row = rowOf(renamed, ' policy ', 'score.base');
    set(renamed, ' policy ', `A${row}`, null);
    set(renamed, ' policy ', `B${row}`, '基础分');
    set(renamed, ' policy ', `C${row}`, 85);
    const read = readPolicy(grids(renamed));
    expect(read.issues).toEqual([]);
    expect(read.policy.score.base).toBe(85);
  });

  it('keep the default for a blank value', () => {
    const sheets = written();
    set(sheets, '参数', `C${rowOf(sheets, '参数', 'score.base')}`, null);
    expect(readPolicy(grids(sheets)).policy.score.base).toBe(80);
  });
});

describe('readPolicy issues', () => {
  it('reports a malformed value at its cell, saying what was expected in both languages', () => {
    const sheets = written();
    const row = rowOf(sheets, '参数', 'score.base');
    set(sheets, '参数', `C${row}`, 'eighty');
    const read = readPolicy(grids(sheets));
    expect(only(read.issues)).toEqual({ code: 'INVALID_POLICY_VALUE', sheet: '参数', cell: `C${row}`, severity: 'error' });
    expect(read.issues[0].params).toEqual({ value: 'eighty', expected: '不小于 0 的数字 / a number of 0 or more' });
  });

  it('rejects a fractional count where a whole number is needed, and accepts the whole number', () => {
    const sheets = written();
    const row = rowOf(sheets, '参数', 'escalation.minorOccurrences');
    set(sheets, '参数', `C${row}`, 3.5);
    expect(only(readPolicy(grids(sheets)).issues)).toMatchObject({ code: 'INVALID_POLICY_VALUE', cell: `C${row}` });
    set(sheets, '参数', `C${row}`, 3);
    expect(readPolicy(grids(sheets)).issues).toEqual([]);
  });

  it('reports an unknown key and a repeated key', () => {
    const sheets = written();
    sheets['参数'].push(['score.bonus', null, 5, null], ['score.max', null, 100, null]);
    const read = readPolicy(grids(sheets));
    const last = sheets['参数'].length;
    expect(read.issues.map((issue) => [issue.code, issue.cell])).toEqual([
      ['INVALID_POLICY_TABLE', `A${last - 1}`],
      ['INVALID_POLICY_TABLE', `A${last}`],
    ]);
    expect(read.issues[0].params).toEqual({ problem: '无法识别的参数「score.bonus」 / Unknown parameter "score.bonus"' });
  });

  it('reports a base score above the maximum, but not one equal to it', () => {
    const sheets = written();
    const row = rowOf(sheets, '参数', 'score.base');
    set(sheets, '参数', `C${row}`, 111);
    expect(only(readPolicy(grids(sheets)).issues)).toMatchObject({ code: 'INVALID_POLICY_TABLE', cell: `C${rowOf(sheets, '参数', 'score.max')}` });
    set(sheets, '参数', `C${row}`, 110);
    expect(readPolicy(grids(sheets)).issues).toEqual([]);
  });

  it('reports a catalog code whose minimum is above its maximum, and accepts equal ones', () => {
    const sheets = written();
    const row = rowOf(sheets, '考核项目', 'L08');
    set(sheets, '考核项目', `E${row}`, 6);
    expect(only(readPolicy(grids(sheets)).issues)).toEqual({ code: 'INVALID_POLICY_TABLE', sheet: '考核项目', cell: `F${row}`, severity: 'error' });
    set(sheets, '考核项目', `E${row}`, 5);
    expect(readPolicy(grids(sheets)).issues).toEqual([]);
  });

  it('reports a duplicate code at its second row', () => {
    const sheets = written();
    sheets['考核项目'].push(['l01', '轻度', 'x', 'x', 2, 2, null]);
    expect(only(readPolicy(grids(sheets)).issues)).toMatchObject({ code: 'INVALID_POLICY_TABLE', cell: `A${sheets['考核项目'].length}` });
  });

  it('reports an unknown category and accepts one in the other language', () => {
    const sheets = written();
    const row = rowOf(sheets, '考核项目', 'L01');
    set(sheets, '考核项目', `B${row}`, 'tiny');
    expect(only(readPolicy(grids(sheets)).issues)).toMatchObject({ code: 'INVALID_POLICY_TABLE', cell: `B${row}` });
    set(sheets, '考核项目', `B${row}`, 'Moderate');
    const read = readPolicy(grids(sheets));
    expect(read.issues).toEqual([]);
    expect(read.policy.catalog.find((entry) => entry.code === 'L01')?.category).toBe('moderate');
  });

  it('reports every rule code removed from the catalog, and lets other codes go', () => {
    const sheets = written();
    sheets['考核项目'] = sheets['考核项目'].filter((row) => !['L04', 'B05', 'L01'].includes(String(row[0])));
    const read = readPolicy(grids(sheets));
    expect(read.issues.map((issue) => [issue.code, issue.cell])).toEqual([
      ['INVALID_POLICY_TABLE', 'A1'],
      ['INVALID_POLICY_TABLE', 'A1'],
    ]);
    expect(read.issues.map((issue) => (issue.code === 'INVALID_POLICY_TABLE' ? issue.params.problem : ''))).toEqual([
      '代码 L04 是考核规则所用代码,不能删除 / Code L04 is used by the rules and may not be removed',
      '代码 B05 是考核规则所用代码,不能删除 / Code B05 is used by the rules and may not be removed',
    ]);
  });

  it('reports a rule code turned into another kind of category, but not a deduction moved between levels', () => {
    const sheets = written();
    set(sheets, '考核项目', `B${rowOf(sheets, '考核项目', 'M07')}`, '轻度');
    expect(readPolicy(grids(sheets)).issues).toEqual([]);
    set(sheets, '考核项目', `B${rowOf(sheets, '考核项目', 'S01')}`, '加分');
    expect(only(readPolicy(grids(sheets)).issues)).toMatchObject({ code: 'INVALID_POLICY_TABLE', cell: `B${rowOf(sheets, '考核项目', 'S01')}` });
  });

  it('reports negative points outside the adjustment code', () => {
    const sheets = written();
    set(sheets, '考核项目', `E${rowOf(sheets, '考核项目', 'L02')}`, -2);
    expect(only(readPolicy(grids(sheets)).issues)).toMatchObject({ code: 'INVALID_POLICY_VALUE', cell: `E${rowOf(sheets, '考核项目', 'L02')}` });
  });

  it('reports grade bounds that do not descend', () => {
    const sheets = written();
    set(sheets, '等级', 'B4', 85);
    expect(only(readPolicy(grids(sheets)).issues)).toEqual({ code: 'INVALID_POLICY_TABLE', sheet: '等级', cell: 'B4', severity: 'error' });
  });

  it('reports a missing fallback grade and a fallback that is not last', () => {
    const missing = written();
    missing['等级'].pop();
    expect(only(readPolicy(grids(missing)).issues)).toMatchObject({ code: 'INVALID_POLICY_TABLE', cell: 'A1' });
    const early = written();
    set(early, '等级', 'B6', null);
    expect(readPolicy(grids(early)).issues.map((issue) => issue.cell)).toEqual(['A6', 'A7']);
  });

  it('reports late tiers that do not ascend, and tier points outside the lateness code', () => {
    const sheets = written();
    set(sheets, '迟到档位', 'A3', 5);
    expect(only(readPolicy(grids(sheets)).issues)).toMatchObject({ code: 'INVALID_POLICY_TABLE', cell: 'A3' });
    const costly = written();
    set(costly, '迟到档位', 'B3', 8);
    expect(only(readPolicy(grids(costly)).issues)).toMatchObject({ code: 'INVALID_POLICY_TABLE', cell: 'B3' });
  });

  it('reports an empty award list and months out of sequence', () => {
    const empty = written();
    empty['特别奖'] = empty['特别奖'].slice(0, 1);
    expect(only(readPolicy(grids(empty)).issues)).toMatchObject({ code: 'INVALID_POLICY_TABLE', cell: 'B1' });
    const skipped = written();
    set(skipped, '特别奖', 'A3', 3);
    expect(only(readPolicy(grids(skipped)).issues)).toMatchObject({ code: 'INVALID_POLICY_TABLE', cell: 'A3' });
  });

  it('reports a policy sheet without its headers as missing columns', () => {
    const read = readPolicy(grids({ 迟到档位: [['分钟', '扣分'], [5, 2]] }));
    expect(read.present).toBe(true);
    expect(read.issues).toEqual([
      { severity: 'error', code: 'MISSING_COLUMN', sheet: '迟到档位', cell: 'A1', params: { column: '至(分钟) / Up to (minutes)' } },
    ]);
    expect(read.policy.attendance.lateTiers).toEqual(defaultPolicy.attendance.lateTiers);
  });
});
