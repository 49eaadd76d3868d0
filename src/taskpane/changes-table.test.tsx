import { renderToStaticMarkup } from 'react-dom/server';
import { ChangesTable } from './changes-table';
import { paneStrings } from './strings';

const strings = paneStrings('en');
const totals = { before: { employees: 3, salaryAdjustment: -50, award: 50 }, after: { employees: 3, salaryAdjustment: 50, award: 50 } };
const text = (markup: string): string => markup.replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/\s+/g, ' ').trim();

describe('ChangesTable', () => {
  it('shows the totals before and after, then each changed employee with the values that moved', () => {
    const markup = renderToStaticMarkup(
      <ChangesTable
        strings={strings}
        totals={totals}
        changes={[
          {
            id: '1002',
            name: '李雷',
            before: { score: 70, grade: 'C', rank: 3, salaryAdjustment: -100, award: 0 },
            after: { score: 80, grade: 'B', rank: 2, salaryAdjustment: 0, award: 0 },
          },
          { id: '1005', name: '钱七', before: null, after: { score: 60, grade: 'E', rank: 5, salaryAdjustment: -200, award: 0 } },
        ]}
      />,
    );
    expect(text(markup)).toContain('Totals before and after Before After Employees scored 3 3 Salary adjustments, total −50 +50 Awards, total 50 50');
    expect(text(markup)).toContain('2 employees whose results change');
    expect(text(markup)).toContain('李雷 (1002) 70 → 80 C → B 3 → 2 −100 → 0 0');
    expect(text(markup)).toContain('钱七 (1005) · added — → 60 — → E — → 5 — → −200 — → 0');
    expect(markup).toContain('<th scope="col">Salary adj.</th>');
  });

  it('says so when no one changes', () => {
    const markup = renderToStaticMarkup(<ChangesTable strings={strings} totals={totals} changes={[]} />);
    expect(text(markup)).toContain("No one's results change.");
    expect(markup).not.toContain('change-list');
  });
});
