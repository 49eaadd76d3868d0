import type { Issue } from '../engine/issues';
import type { WorkbookGrids } from '../workbook/grid';
import type { ComputeOptions, ComputeReport } from '../workbook/pipeline-types';
import type { WritePlan } from '../workbook/sheet-spec';
import { WorkbookProtected } from '../adapters/office/write-errors';
import { runCompute, type ComputeDependencies } from './compute-run';
import type { ComputeStep } from './compute-steps';
import type { Host } from './host';

const grids: WorkbookGrids = { sheets: [{ name: '员工', rows: [['工号', '姓名']] }] };
const plan: WritePlan = { sheets: [], remove: [], activate: '考核 2026-11' };
const counts = { employees: 1, attendance: 0, violations: 0, merits: 0, kpi: 0 };

const missingClockOut: Issue = {
  severity: 'error',
  code: 'MISSING_CLOCK_OUT',
  sheet: '考勤',
  cell: 'E12',
  params: { id: '1001', date: '2026-11-03' },
};
const noHistory: Issue = { severity: 'warning', code: 'NO_HISTORY_PREVIOUS_MONTH', params: { month: '2026-10' } };

function report(issues: readonly Issue[] = []): ComputeReport {
  const ok = !issues.some((issue) => issue.severity === 'error');
  return { ok, month: '2026-11', lang: 'zh', issues, counts, plan: ok ? plan : undefined, recompute: false, changes: [] };
}

interface Harness {
  readonly dependencies: ComputeDependencies;
  readonly written: WritePlan[];
  readonly events: string[];
  readonly options: ComputeOptions[];
}

function harness(overrides: { report?: ComputeReport; existingTabs?: string[]; host?: Partial<Host> } = {}): Harness {
  const written: WritePlan[] = [];
  const events: string[] = [];
  const options: ComputeOptions[] = [];
  const host: Host = {
    kind: 'excel',
    displayLanguage: 'zh',
    readGrids: async () => {
      events.push('read');
      return grids;
    },
    write: async (writtenPlan) => {
      events.push('write');
      written.push(writtenPlan);
    },
    ...overrides.host,
  };
  const dependencies: ComputeDependencies = {
    host,
    computeWorkbook: (_grids, computeOptions) => {
      events.push('compute');
      options.push(computeOptions);
      return overrides.report ?? report();
    },
    monthTabs: () => overrides.existingTabs ?? [],
    now: () => new Date('2026-12-01T09:30:00Z'),
    pause: async () => {
      events.push('pause');
    },
  };
  return { dependencies, written, events, options };
}

const noQuestions = {
  onStep: () => undefined,
  confirmReplace: async () => {
    throw new Error('not expected to ask');
  },
};

describe('runCompute', () => {
  it('reads, checks, computes and writes, announcing each step before it starts', async () => {
    const { dependencies, written } = harness();
    const steps: ComputeStep[] = [];
    const outcome = await runCompute('2026-11', dependencies, { ...noQuestions, onStep: (step) => steps.push(step) });
    expect(outcome.kind).toBe('written');
    expect(steps).toEqual(['reading', 'checking', 'computing', 'writing']);
    expect(written).toEqual([plan]);
  });

  it('hands control back to the browser before every step', async () => {
    const { dependencies, events } = harness();
    await runCompute('2026-11', dependencies, noQuestions);
    expect(events).toEqual(['pause', 'read', 'pause', 'pause', 'compute', 'pause', 'write']);
  });

  it('computes the chosen month with the time of the press', async () => {
    const { dependencies, options } = harness();
    await runCompute('2026-11', dependencies, noQuestions);
    expect(options).toEqual([{ month: '2026-11', generatedAt: new Date('2026-12-01T09:30:00Z') }]);
  });

  it('writes nothing when the data has an error, and returns every issue', async () => {
    const failing = report([missingClockOut, noHistory]);
    const { dependencies, written } = harness({ report: failing });
    const outcome = await runCompute('2026-11', dependencies, noQuestions);
    expect(outcome).toEqual({ kind: 'invalid', report: failing });
    expect(written).toEqual([]);
  });

  it('writes when there are only warnings', async () => {
    const { dependencies, written } = harness({ report: report([noHistory]) });
    const outcome = await runCompute('2026-11', dependencies, noQuestions);
    expect(outcome.kind).toBe('written');
    expect(written).toHaveLength(1);
  });

  it('replaces the tabs of a month already computed only after the user agrees', async () => {
    const { dependencies, written } = harness({ existingTabs: ['考核 2026-11', '明细 2026-11'] });
    const asked: (readonly string[])[] = [];
    const outcome = await runCompute('2026-11', dependencies, {
      onStep: () => undefined,
      confirmReplace: async (tabs) => {
        asked.push(tabs);
        return true;
      },
    });
    expect(asked).toEqual([['考核 2026-11', '明细 2026-11']]);
    expect(outcome.kind).toBe('written');
    expect(written).toHaveLength(1);
  });

  it('shows what would change with the question, before anything is written', async () => {
    const recompute = { ...report(), recompute: true, totals: { before: { employees: 1, salaryAdjustment: 0, award: 0 }, after: { employees: 1, salaryAdjustment: 20, award: 0 } } };
    const { dependencies, written } = harness({ existingTabs: ['考核 2026-11'], report: recompute });
    const shown: ComputeReport[] = [];
    await runCompute('2026-11', dependencies, {
      onStep: () => undefined,
      confirmReplace: async (_tabs, pending) => {
        shown.push(pending);
        expect(written).toEqual([]);
        return false;
      },
    });
    expect(shown).toEqual([recompute]);
  });

  it('previews without writing and without asking, even for a month already computed', async () => {
    const { dependencies, written, events } = harness({ existingTabs: ['考核 2026-11'] });
    const steps: ComputeStep[] = [];
    const outcome = await runCompute('2026-11', dependencies, { ...noQuestions, onStep: (step) => steps.push(step) }, 'preview');
    expect(outcome).toEqual({ kind: 'previewed', report: report() });
    expect(written).toEqual([]);
    expect(events).not.toContain('write');
    expect(steps).toEqual(['reading', 'checking', 'computing']);
  });

  it('previews errors as errors', async () => {
    const { dependencies } = harness({ report: report([missingClockOut]) });
    expect((await runCompute('2026-11', dependencies, noQuestions, 'preview')).kind).toBe('invalid');
  });

  it('keeps the existing tabs when the user declines', async () => {
    const { dependencies, written } = harness({ existingTabs: ['考核 2026-11'] });
    const steps: ComputeStep[] = [];
    const outcome = await runCompute('2026-11', dependencies, {
      onStep: (step) => steps.push(step),
      confirmReplace: async () => false,
    });
    expect(outcome.kind).toBe('kept');
    expect(written).toEqual([]);
    expect(steps).not.toContain('writing');
  });

  it('does not ask about replacing when there are errors to fix first', async () => {
    const { dependencies } = harness({ existingTabs: ['考核 2026-11'], report: report([missingClockOut]) });
    const outcome = await runCompute('2026-11', dependencies, noQuestions);
    expect(outcome.kind).toBe('invalid');
  });

  it('reports a failure to read the workbook instead of throwing', async () => {
    const { dependencies } = harness({
      host: {
        readGrids: async () => {
          throw new Error('The workbook is busy');
        },
      },
    });
    await expect(runCompute('2026-11', dependencies, noQuestions)).resolves.toEqual({
      kind: 'failed',
      message: 'The workbook is busy',
    });
  });

  it('reports a failure while writing instead of throwing', async () => {
    const { dependencies } = harness({
      host: {
        write: async () => {
          throw 'sync failed';
        },
      },
    });
    await expect(runCompute('2026-11', dependencies, noQuestions)).resolves.toEqual({
      kind: 'failed',
      message: 'sync failed',
    });
  });

  it('hands on what the host’s Excel could not do', async () => {
    const { dependencies } = harness({ host: { write: async () => ({ skipped: ['print', 'strikethrough'] }) } });
    await expect(runCompute('2026-11', dependencies, noQuestions)).resolves.toMatchObject({ kind: 'written', skipped: ['print', 'strikethrough'] });
  });

  it('knows nothing was skipped when the host says nothing', async () => {
    const { dependencies } = harness();
    await expect(runCompute('2026-11', dependencies, noQuestions)).resolves.toMatchObject({ kind: 'written', skipped: [] });
  });

  it('tells a workbook with a protected structure apart from other failures', async () => {
    const { dependencies } = harness({
      host: {
        write: async () => {
          throw new WorkbookProtected();
        },
      },
    });
    await expect(runCompute('2026-11', dependencies, noQuestions)).resolves.toEqual({ kind: 'protected' });
  });
});
