import type { WorkbookGrids } from '../workbook/grid';
import type { RollupReport } from '../workbook/rollup-pipeline';
import type { WritePlan } from '../workbook/sheet-spec';
import type { Host } from './host';
import { WorkbookProtected } from '../adapters/office/write-errors';
import { runRollup, type RollupDependencies } from './rollup-run';

const grids: WorkbookGrids = { sheets: [] };
const plan: WritePlan = { sheets: [], remove: [], activate: '考核 2026-Q4' };
const ok: RollupReport = { ok: true, period: '2026-Q4', lang: 'zh', issues: [], plan };
const none: RollupReport = {
  ok: false,
  period: '2026-Q3',
  lang: 'zh',
  issues: [{ severity: 'error', code: 'NO_MONTH_COMPUTED', params: { period: '2026-Q3' } }],
};

function dependencies(report: RollupReport, host: Partial<Host> = {}): { deps: RollupDependencies; written: WritePlan[] } {
  const written: WritePlan[] = [];
  return {
    written,
    deps: {
      host: { kind: 'excel', displayLanguage: 'zh', readGrids: async () => grids, write: async (next) => void written.push(next), ...host },
      rollupWorkbook: () => report,
      now: () => new Date('2027-01-03T01:00:00Z'),
      pause: async () => undefined,
    },
  };
}

describe('runRollup', () => {
  it('writes the period’s tab and log row when there is a result, without asking', async () => {
    const { deps, written } = dependencies(ok);
    expect(await runRollup('2026-Q4', deps)).toEqual({ kind: 'written', report: ok, skipped: [] });
    expect(written).toEqual([plan]);
  });

  it('writes nothing when no month of the period was computed', async () => {
    const { deps, written } = dependencies(none);
    expect(await runRollup('2026-Q3', deps)).toEqual({ kind: 'invalid', report: none });
    expect(written).toEqual([]);
  });

  it('reports a failure to write instead of throwing', async () => {
    const { deps } = dependencies(ok, {
      write: async () => {
        throw new Error('sync failed');
      },
    });
    expect(await runRollup('2026-Q4', deps)).toEqual({ kind: 'failed', message: 'sync failed' });
  });

  it('hands on what the host’s Excel could not do, and tells a protected workbook apart', async () => {
    const skipping = dependencies(ok, { write: async () => ({ skipped: ['print'] }) });
    expect(await runRollup('2026-Q4', skipping.deps)).toEqual({ kind: 'written', report: ok, skipped: ['print'] });
    const locked = dependencies(ok, {
      write: async () => {
        throw new WorkbookProtected();
      },
    });
    expect(await runRollup('2026-Q4', locked.deps)).toEqual({ kind: 'protected' });
  });
});
