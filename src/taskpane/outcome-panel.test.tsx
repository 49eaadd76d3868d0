import { renderToStaticMarkup } from 'react-dom/server';
import { defaultPolicy } from '../engine/default-policy';
import type { Issue } from '../engine/issues';
import type { ComputeReport } from '../workbook/pipeline-types';
import type { ComputeOutcome } from './compute-run';
import { OutcomePanel } from './outcome-panel';
import { paneStrings } from './strings';

const counts = { employees: 0, attendance: 0, violations: 0, merits: 0, kpi: 0 };
const error: Issue = { severity: 'error', code: 'UNKNOWN_CODE', sheet: '违规', cell: 'C2', params: { code: 'L99' } };
const warning: Issue = { severity: 'warning', code: 'NO_HISTORY_PREVIOUS_MONTH', params: { month: '2026-09' } };
const written: ComputeReport = {
  ok: true,
  month: '2026-10',
  lang: 'zh',
  issues: [warning],
  counts,
  result: { month: '2026-10', policy: defaultPolicy, employees: [], history: [], warnings: [] },
  plan: { sheets: [], remove: [], activate: '考核 2026-10' },
  recompute: false,
  changes: [],
};

function render(outcome: ComputeOutcome, mode: { goTo?: boolean; download?: boolean } = {}): string {
  const markup = renderToStaticMarkup(
    <OutcomePanel
      month="2026-10"
      outcome={outcome}
      lang="en"
      strings={paneStrings('en')}
      onGoTo={mode.goTo ? () => undefined : undefined}
      onDownload={mode.download ? () => undefined : undefined}
    />,
  );
  return markup.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describe('OutcomePanel', () => {
  it('offers to open the scorecard tab inside Excel, with the warnings below the results', () => {
    const shown = render({ kind: 'written', report: written, skipped: [] }, { goTo: true });
    expect(shown).toContain('Results for 2026-10');
    expect(shown).toContain('Open the scorecard tab');
    expect(shown).not.toContain('Download');
    expect(shown.indexOf('Open the scorecard tab')).toBeLessThan(shown.indexOf('1 warning'));
  });

  it('offers the download in a browser instead', () => {
    const shown = render({ kind: 'written', report: written, skipped: [] }, { download: true });
    expect(shown).toContain('Download the workbook');
    expect(shown).not.toContain('Open the scorecard tab');
  });

  it('names what this Excel could not do below the results, and says the tabs were written without it', () => {
    const shown = render({ kind: 'written', report: written, skipped: ['autoFilter', 'print', 'strikethrough'] }, { goTo: true });
    expect(shown).toContain('Your version of Excel cannot do the following. The tabs were written without it');
    expect(shown).toContain('filter buttons on the header row');
    expect(shown).toContain('print setup');
    expect(shown).toContain('shown in grey italics instead');
    expect(shown.indexOf('Results for 2026-10')).toBeLessThan(shown.indexOf('Your version of Excel'));
    expect(render({ kind: 'written', report: written, skipped: [] })).not.toContain('Your version of Excel');
  });

  it('says a workbook with a protected structure was left as it was, and what to do', () => {
    const shown = render({ kind: 'protected' });
    expect(shown).toContain('structure is protected (Review › Protect Workbook)');
    expect(shown).toContain('Unprotect the workbook, then try again.');
  });

  it('shows the errors and warnings, and no results, when the data has errors', () => {
    const shown = render({ kind: 'invalid', report: { ...written, ok: false, issues: [error, warning], result: undefined, plan: undefined } });
    expect(shown).toContain('1 error to fix');
    expect(shown).toContain('1 warning');
    expect(shown).not.toContain('Results for');
  });

  it('says the tabs were kept when the user declined to replace them', () => {
    expect(render({ kind: 'kept', report: written })).toContain('Nothing was replaced; the existing tabs were kept.');
  });

  it('says what stopped an unexpected failure and that the workbook is as it was', () => {
    expect(render({ kind: 'failed', message: 'The workbook is busy' })).toContain(
      'The compute stopped unexpectedly: The workbook is busy. The workbook was left as it was.',
    );
  });
});
