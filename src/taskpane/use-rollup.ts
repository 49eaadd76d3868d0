import { useCallback, useRef, useState } from 'react';
import type { Period } from '../engine/period';
import { rollupWorkbook } from '../workbook/rollup-pipeline';
import { pauseForPaint } from './compute-run';
import type { Host } from './host';
import { runRollup, type RollupOutcome } from './rollup-run';

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
        const outcome = await runRollup(period, { host, rollupWorkbook, now: () => new Date(), pause: pauseForPaint });
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
