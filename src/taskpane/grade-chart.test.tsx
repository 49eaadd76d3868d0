import { renderToStaticMarkup } from 'react-dom/server';
import { GradeChart } from './grade-chart';
import { gradeColor } from './grade-colors';
import { paneStrings } from './strings';

const grades = [
  { grade: 'A', count: 2, fallback: false },
  { grade: 'B', count: 4, fallback: false },
  { grade: 'F', count: 0, fallback: true },
];

function bars(markup: string): { height: number; fill: string }[] {
  return [...markup.matchAll(/<rect[^>]*height="([\d.]+)"[^>]*fill="([^"]+)"/g)].map((match) => ({
    height: Number(match[1]),
    fill: match[2],
  }));
}

describe('GradeChart', () => {
  it('names the whole distribution for screen readers', () => {
    const markup = renderToStaticMarkup(<GradeChart grades={grades} strings={paneStrings('en')} />);
    expect(markup).toContain('role="img"');
    expect(markup).toContain('aria-label="Grade distribution: A: 2, B: 4, F: 0"');
  });

  it('says it in Chinese in the Chinese pane', () => {
    const markup = renderToStaticMarkup(<GradeChart grades={grades} strings={paneStrings('zh')} />);
    expect(markup).toContain('等级分布：A：2 人、B：4 人、F：0 人');
  });

  it('draws one bar per grade, the tallest for the most common grade and none for an empty one', () => {
    const drawn = bars(renderToStaticMarkup(<GradeChart grades={grades} strings={paneStrings('en')} />));
    expect(drawn).toHaveLength(3);
    expect(drawn[1].height).toBeGreaterThan(drawn[0].height);
    expect(drawn[0].height).toBeCloseTo(drawn[1].height / 2);
    expect(drawn[2].height).toBe(0);
  });

  it('draws an empty month without dividing by zero', () => {
    const empty = grades.map((entry) => ({ ...entry, count: 0 }));
    const drawn = bars(renderToStaticMarkup(<GradeChart grades={empty} strings={paneStrings('en')} />));
    expect(drawn.map((bar) => bar.height)).toEqual([0, 0, 0]);
  });

  it('gives each grade its own colour and the fallback grade the colour of failure', () => {
    const drawn = bars(renderToStaticMarkup(<GradeChart grades={grades} strings={paneStrings('en')} />));
    expect(new Set(drawn.map((bar) => bar.fill)).size).toBe(3);
    expect(drawn[2].fill).toBe(gradeColor(2, true));
    expect(gradeColor(2, true)).not.toBe(gradeColor(2, false));
  });
});
