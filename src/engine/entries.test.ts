import { defaultPolicy } from './default-policy';
import { assessEntries } from './entries';
import { employee, entry, ref } from './fixtures';
import { Ledger } from './ledger';
import type { EntryRow } from './records';
import { rosterOf } from './roster';
import { ruleBookFor } from './rule-book';

const book = ruleBookFor(defaultPolicy);
const roster = rosterOf([employee({ id: '1001' }), employee({ id: '2001', role: 'teamLead', ref: ref('员工', 3) })]);

function run(rows: readonly EntryRow[]) {
  const ledger = new Ledger();
  return { ...assessEntries(rows, '2026-11', roster, book, ledger), ledger };
}

const adjustment = (points: number, row: number): EntryRow =>
  entry({ sheet: 'merits', employeeId: '2001', code: 'ADJ', points, note: '组内表现', ref: ref('加分', row) });

describe('assessEntries', () => {
  it('files counting and voided rows in the ledger and returns only counting ones', () => {
    const { ledger, counted, issues } = run([
      entry({ code: 'L01', ref: ref('违规', 2) }),
      entry({ code: 'M01', voided: true, ref: ref('违规', 3) }),
    ]);
    expect(issues).toEqual([]);
    expect(ledger.itemsOf('1001').map((item) => [item.code, item.voided])).toEqual([
      ['L01', false],
      ['M01', true],
    ]);
    expect(counted.map((item) => item.code)).toEqual(['L01']);
  });

  it('ignores rows of other months', () => {
    expect(run([entry({ date: '2026-12-01', code: 'Q99' })]).issues).toEqual([]);
  });

  it('reports rows of unknown employees and rows dated outside employment, and files nothing for them', () => {
    const late = rosterOf([employee({ hireDate: '2026-11-15' })]);
    const ledger = new Ledger();
    const { issues } = assessEntries(
      [entry({ employeeId: '42', ref: ref('违规', 2) }), entry({ date: '2026-11-14', ref: ref('违规', 3) })],
      '2026-11',
      late,
      book,
      ledger,
    );
    expect(issues.map((issue) => [issue.code, issue.cell])).toEqual([
      ['UNKNOWN_EMPLOYEE', 'B2'],
      ['NOT_EMPLOYED', 'A3'],
    ]);
    expect(ledger.itemsOf('1001')).toEqual([]);
  });

  it('checks voided rows for their employee too', () => {
    expect(run([entry({ employeeId: '42', voided: true })]).issues.map((issue) => issue.code)).toEqual(['UNKNOWN_EMPLOYEE']);
  });

  it('checks the month’s ADJ total in sheet order, Violations before Merits', () => {
    const { issues } = run([
      adjustment(3, 2),
      entry({ employeeId: '2001', code: 'ADJ', points: 3, note: '例会组织', ref: ref('违规', 9) }),
    ]);
    expect(issues.map((issue) => [issue.code, issue.sheet, issue.cell])).toEqual([
      ['CODE_IN_OTHER_SHEET', '违规', 'C9'],
      ['ADJ_OUT_OF_RANGE', '加分', 'E2'],
    ]);
  });

  it('leaves voided ADJ rows out of the month’s total', () => {
    const voided = { ...adjustment(5, 3), voided: true };
    expect(run([adjustment(4, 2), voided]).issues).toEqual([]);
  });
});
