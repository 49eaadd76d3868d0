import type { Month } from '../engine/calendar';
import type { ComputeReport } from '../workbook/pipeline-types';
import type { ComputeOutcome } from './compute-run';
import type { ComputeStep } from './compute-steps';

/** What the pane shows about the current compute, as a small state machine. */
export type ComputeState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'running'; readonly month: Month; readonly step: ComputeStep }
  | { readonly phase: 'confirming'; readonly month: Month; readonly tabs: readonly string[]; readonly report: ComputeReport }
  | { readonly phase: 'finished'; readonly month: Month; readonly outcome: ComputeOutcome };

export type ComputeEvent =
  | { readonly type: 'started'; readonly month: Month }
  | { readonly type: 'stepped'; readonly step: ComputeStep }
  | { readonly type: 'askedToReplace'; readonly tabs: readonly string[]; readonly report: ComputeReport }
  | { readonly type: 'answered' }
  | { readonly type: 'finished'; readonly outcome: ComputeOutcome }
  /** The month or the workbook changed: the shown outcome no longer applies. */
  | { readonly type: 'cleared' };

export const idle: ComputeState = { phase: 'idle' };

export function nextComputeState(state: ComputeState, event: ComputeEvent): ComputeState {
  switch (event.type) {
    case 'started':
      return state.phase === 'running' || state.phase === 'confirming'
        ? state
        : { phase: 'running', month: event.month, step: 'reading' };
    case 'stepped':
      return state.phase === 'running' ? { ...state, step: event.step } : state;
    case 'askedToReplace':
      return state.phase === 'running' ? { phase: 'confirming', month: state.month, tabs: event.tabs, report: event.report } : state;
    case 'answered':
      return state.phase === 'confirming' ? { phase: 'running', month: state.month, step: 'computing' } : state;
    case 'finished':
      return state.phase === 'running' || state.phase === 'confirming'
        ? { phase: 'finished', month: state.month, outcome: event.outcome }
        : state;
    case 'cleared':
      return state.phase === 'finished' ? idle : state;
  }
}

export function isBusy(state: ComputeState): boolean {
  return state.phase === 'running' || state.phase === 'confirming';
}
