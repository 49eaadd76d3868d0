import { useCallback, useRef, useState } from 'react';
import type { Period } from '../engine/period';
import { describeFailure } from './compute-run';
import type { Host } from './host';
import type { RollupOutcome } from './rollup-run';

export type RollupState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'running'; readonly period: Period }
  | { readonly phase: 'finished'; readonly period: Period; readonly outcome: RollupOutcome };

/** Runs the pane's quarter and year summaries and holds the last one's outcome. */
export function useRollup(host: Host) {
  const [state, setState] = useState<RollupState>({ phase: 'idle' });
  const running = useRef(false);

  const start = useCallback(
    async (period: Period): Promise<RollupOutcome | undefined> => {
      if (running.current) return undefined;
      running.current = true;
      setState({ phase: 'running', period });
      try {
        // A run reports its own failures; this catches the host's (no file open, the worker gone).
        const outcome: RollupOutcome = await host.rollup(period).catch((error: unknown) => ({ kind: 'failed', message: describeFailure(error) }) as const);
        setState({ phase: 'finished', period, outcome });
        return outcome;
      } finally {
        running.current = false;
      }
    },
    [host],
  );

  const clear = useCallback(() => setState((current) => (current.phase === 'finished' ? { phase: 'idle' } : current)), []);
  return { state, start, clear };
}
