import { renderToStaticMarkup } from 'react-dom/server';
import { defaultPolicy } from '../engine/default-policy';
import { ResultsSummary } from './results-summary';
import type { ResultSummary } from './result-summary';
import { paneStrings } from './strings';

const summary: ResultSummary = {
  headcount: 12,
  grades: [
    { grade: 'A', count: 2, fallback: false },
    { grade: 'B', count: 10, fallback: false },
  ],
  flagged: [{ id: '1007', name: '赵六', flags: ['SCORE_BELOW_60', 'ABSENCE_DAYS'] }],
  salaryTotal: -230,
  awardTotal: 50,
  policy: defaultPolicy,
};

function render(lang: 'zh' | 'en', shown: ResultSummary = summary): string {
  const markup = renderToStaticMarkup(
    <ResultsSummary month="2026-10" summary={shown} lang={lang} strings={paneStrings(lang)} action={<button>act</button>} />,
  );
  return markup.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describe('ResultsSummary', () => {
  it('shows the headcount and the money totals', () => {
    const shown = render('en');
    expect(shown).toContain('Results for 2026-10');
    expect(shown).toContain('Employees scored 12');
    expect(shown).toContain('Salary adjustments, total -230');
    expect(shown).toContain('Awards, total +50');
  });

  it('names each flagged employee with the flags in the words of the tabs', () => {
    expect(render('zh')).toContain('赵六（1007）：低于60分、旷工3天及以上');
    expect(render('en')).toContain('Review flags (1 employee)');
  });

  it('says so when nobody is flagged', () => {
    expect(render('en', { ...summary, flagged: [] })).toContain('No review flags this month.');
  });

  it('draws the grade chart and offers the action', () => {
    const markup = renderToStaticMarkup(
      <ResultsSummary month="2026-10" summary={summary} lang="en" strings={paneStrings('en')} action={<button>act</button>} />,
    );
    expect(markup).toContain('Grade distribution: A: 2, B: 10');
    expect(markup).toContain('<button>act</button>');
  });
});
