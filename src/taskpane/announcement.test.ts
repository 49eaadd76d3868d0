import type { Issue } from '../engine/issues';
import type { ComputeReport } from '../workbook/pipeline-types';
import { announcement } from './announcement';
import { paneStrings } from './strings';

const en = paneStrings('en');
const zh = paneStrings('zh');
const counts = { employees: 0, attendance: 0, violations: 0, merits: 0, kpi: 0 };
const error: Issue = { severity: 'error', code: 'INVALID_DATE', sheet: '考勤', cell: 'A2', params: { value: 'x' } };
const warning: Issue = { severity: 'warning', code: 'NO_HISTORY_PREVIOUS_MONTH', params: { month: '2026-10' } };
const report = (issues: Issue[]): ComputeReport => ({ ok: false, month: '2026-11', lang: 'zh', issues, counts, recompute: false, changes: [] });

describe('announcement', () => {
  it('says nothing before a compute', () => {
    expect(announcement({ phase: 'idle' }, en)).toBe('');
  });

  it('names the step under way and its position', () => {
    expect(announcement({ phase: 'running', month: '2026-11', step: 'checking' }, en)).toBe('Step 2 of 4: Checking the data');
    expect(announcement({ phase: 'running', month: '2026-11', step: 'writing' }, zh)).toBe('第 4 步，共 4 步：写入考核表');
  });

  it('counts only the errors when the data has problems', () => {
    const outcome = { kind: 'invalid', report: report([error, error, warning]) } as const;
    expect(announcement({ phase: 'finished', month: '2026-11', outcome }, en)).toBe(
      '2 errors to fix. Nothing was written. Fix these cells, then compute again.',
    );
  });

  it('says the tabs were written after a successful compute', () => {
    const outcome = { kind: 'written', report: { ...report([]), ok: true }, skipped: [] } as const;
    expect(announcement({ phase: 'finished', month: '2026-11', outcome }, en)).toBe(
      'Results for 2026-11. The scorecard and details tabs were written.',
    );
  });

  it('names what this Excel could not do, after saying the tabs were written', () => {
    const outcome = { kind: 'written', report: { ...report([]), ok: true }, skipped: ['autoFilter', 'strikethrough'] } as const;
    const said = announcement({ phase: 'finished', month: '2026-11', outcome }, en);
    expect(said).toMatch(/^Results for 2026-11\. The scorecard and details tabs were written\. Your version of Excel cannot do/);
    expect(said).toContain('filter buttons on the header row, a line through voided items');
  });

  it('says that a protected workbook was left as it was', () => {
    expect(announcement({ phase: 'finished', month: '2026-11', outcome: { kind: 'protected' } }, en)).toContain('Nothing was written');
  });

  it('says why a compute stopped', () => {
    const outcome = { kind: 'failed', message: 'busy' } as const;
    expect(announcement({ phase: 'finished', month: '2026-11', outcome }, en)).toContain('busy');
    expect(announcement({ phase: 'confirming', month: '2026-11', tabs: [], report: report([]) }, en)).toBe("Replace this month's tabs?");
  });
});
