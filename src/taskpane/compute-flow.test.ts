import fc from 'fast-check';
import { computeSteps } from './compute-steps';
import type { ComputeReport } from '../workbook/pipeline-types';
import { idle, isBusy, nextComputeState, type ComputeEvent, type ComputeState } from './compute-flow';

const failed = { kind: 'failed', message: 'x' } as const;
const counts = { employees: 0, attendance: 0, violations: 0, merits: 0, kpi: 0 };
const report: ComputeReport = { ok: true, month: '2026-11', lang: 'zh', issues: [], counts, recompute: true, changes: [] };

function run(events: readonly ComputeEvent[], from: ComputeState = idle): ComputeState {
  return events.reduce(nextComputeState, from);
}

describe('nextComputeState', () => {
  it('starts on the reading step and follows the steps', () => {
    expect(run([{ type: 'started', month: '2026-11' }])).toEqual({ phase: 'running', month: '2026-11', step: 'reading' });
    expect(run([{ type: 'started', month: '2026-11' }, { type: 'stepped', step: 'computing' }])).toEqual({
      phase: 'running',
      month: '2026-11',
      step: 'computing',
    });
  });

  it('waits for an answer before replacing tabs, then goes on', () => {
    const asking = run([{ type: 'started', month: '2026-11' }, { type: 'askedToReplace', tabs: ['考核 2026-11'], report }]);
    expect(asking).toEqual({ phase: 'confirming', month: '2026-11', tabs: ['考核 2026-11'], report });
    expect(nextComputeState(asking, { type: 'answered' })).toEqual({ phase: 'running', month: '2026-11', step: 'computing' });
  });

  it('keeps the outcome of a finished compute until it is cleared', () => {
    const finished = run([{ type: 'started', month: '2026-11' }, { type: 'finished', outcome: failed }]);
    expect(finished).toEqual({ phase: 'finished', month: '2026-11', outcome: failed });
    expect(nextComputeState(finished, { type: 'cleared' })).toBe(idle);
  });

  it('ignores a second start while a compute runs', () => {
    const running = run([{ type: 'started', month: '2026-11' }, { type: 'stepped', step: 'checking' }]);
    expect(nextComputeState(running, { type: 'started', month: '2026-10' })).toBe(running);
  });

  it('does not clear a compute that is still running', () => {
    const running = run([{ type: 'started', month: '2026-11' }]);
    expect(nextComputeState(running, { type: 'cleared' })).toBe(running);
  });

  it('starts again after a finished compute', () => {
    const finished = run([{ type: 'started', month: '2026-11' }, { type: 'finished', outcome: failed }]);
    expect(nextComputeState(finished, { type: 'started', month: '2026-10' })).toEqual({
      phase: 'running',
      month: '2026-10',
      step: 'reading',
    });
  });

  it('is busy exactly between a start and its finish, whatever happens in between', () => {
    const event = fc.oneof(
      fc.constantFrom<ComputeEvent>({ type: 'answered' }, { type: 'cleared' }, { type: 'askedToReplace', tabs: ['t'], report }),
      fc.constantFrom(...computeSteps).map((step): ComputeEvent => ({ type: 'stepped', step })),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 12 }), (middle) => {
        const started = run([{ type: 'started', month: '2026-11' }, ...middle]);
        return isBusy(started) && !isBusy(nextComputeState(started, { type: 'finished', outcome: failed }));
      }),
    );
  });
});
