import { renderToStaticMarkup } from 'react-dom/server';
import type { Issue } from '../engine/issues';
import { IssueList } from './issue-list';
import { paneStrings } from './strings';

const missingClockOut: Issue = {
  severity: 'error',
  code: 'MISSING_CLOCK_OUT',
  sheet: '考勤',
  cell: 'E3',
  params: { id: '1001', date: '2026-10-06' },
};
const unknownCode: Issue = { severity: 'error', code: 'UNKNOWN_CODE', sheet: '违规', cell: 'C2', params: { code: 'L99' } };
const noEmployees: Issue = { severity: 'error', code: 'NO_EMPLOYEES_IN_MONTH', params: { month: '2026-10' } };
const noHistory: Issue = { severity: 'warning', code: 'NO_HISTORY_PREVIOUS_MONTH', params: { month: '2026-09' } };

const text = (markup: string): string => markup.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

function render(issues: readonly Issue[], severity: Issue['severity'], lang: 'zh' | 'en', goTo?: (issue: Issue) => void): string {
  return renderToStaticMarkup(<IssueList issues={issues} severity={severity} lang={lang} strings={paneStrings(lang)} onGoTo={goTo} />);
}

describe('IssueList', () => {
  it('counts the errors, says nothing was written, and groups them under their sheets', () => {
    const shown = text(render([missingClockOut, unknownCode, noEmployees, noHistory], 'error', 'en'));
    expect(shown).toContain('3 errors to fix');
    expect(shown).toContain('Nothing was written.');
    expect(shown.indexOf('考勤 考勤!E3')).toBeLessThan(shown.indexOf('违规 违规!C2'));
    expect(shown.indexOf('违规!C2')).toBeLessThan(shown.indexOf('The month as a whole'));
  });

  it('shows each problem with its cell and its message in the pane language', () => {
    expect(text(render([unknownCode], 'error', 'en'))).toMatch(/违规!C2 .*L99/);
    expect(text(render([unknownCode], 'error', 'zh'))).toMatch(/违规!C2 .*L99/);
    expect(render([unknownCode], 'error', 'zh')).not.toBe(render([unknownCode], 'error', 'en'));
  });

  it('offers Go to for each cell inside Excel, named after the cell, but not for the month as a whole', () => {
    const markup = render([missingClockOut, noEmployees], 'error', 'en', () => undefined);
    expect(markup).toContain('aria-label="Go to 考勤!E3"');
    expect(markup.match(/>Go to</g)).toHaveLength(1);
  });

  it('offers no Go to in a browser, where the cell is shown as text', () => {
    expect(render([missingClockOut], 'error', 'en')).not.toContain('Go to');
  });

  it('lists warnings apart, saying they do not stop the writing', () => {
    const shown = text(render([missingClockOut, noHistory], 'warning', 'en'));
    expect(shown).toContain('1 warning Warnings do not stop the tabs from being written.');
    expect(shown).not.toContain('考勤!E3');
  });

  it('shows nothing when there is nothing of that severity', () => {
    expect(render([noHistory], 'error', 'en')).toBe('');
  });
});
