import { useCallback, useReducer, useRef } from 'react';
import type { Month } from '../engine/calendar';
import { idle, nextComputeState } from './compute-flow';
import { describeFailure, type ComputeMode, type ComputeOutcome } from './compute-run';
import type { Host } from './host';

/** Runs computes for the pane and holds their state; `answer` settles the replace question. */
export function useCompute(host: Host) {
  const [state, dispatch] = useReducer(nextComputeState, idle);
  const running = useRef(false);
  const pendingAnswer = useRef<((replace: boolean) => void) | undefined>(undefined);

  const start = useCallback(
    async (month: Month, mode: ComputeMode = 'write'): Promise<ComputeOutcome | undefined> => {
      if (running.current) return undefined;
      running.current = true;
      dispatch({ type: 'started', month });
      try {
        const outcome: ComputeOutcome = await host.compute(month, mode, {
          onStep: (step) => dispatch({ type: 'stepped', step }),
          confirmReplace: (tabs, report) =>
            new Promise<boolean>((resolve) => {
              pendingAnswer.current = resolve;
              dispatch({ type: 'askedToReplace', tabs, report });
            }),
        }).catch((error: unknown) => ({ kind: 'failed', message: describeFailure(error) }) as const);
        dispatch({ type: 'finished', outcome });
        return outcome;
      } finally {
        running.current = false;
      }
    },
    [host],
  );

  const answer = useCallback((replace: boolean) => {
    const resolve = pendingAnswer.current;
    pendingAnswer.current = undefined;
    dispatch({ type: 'answered' });
    resolve?.(replace);
  }, []);

  const clear = useCallback(() => dispatch({ type: 'cleared' }), []);

  return { state, start, answer, clear };
}
