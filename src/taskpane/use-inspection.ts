import { useCallback, useEffect, useState } from 'react';
import type { Month } from '../engine/calendar';
import type { WorkbookInspection } from '../workbook/pipeline';
import { describeFailure } from './compute-run';
import type { Host, PaneInspection } from './host';

export interface InspectionState {
  /** The latest inspection; kept while a newer one loads so the pane does not flicker. */
  readonly inspection?: WorkbookInspection;
  /** The template sheets the workbook lacks, in each language, without and with the time clock's. */
  readonly missingSheets?: PaneInspection['missingSheets'];
  readonly missingWithTimeClock?: PaneInspection['missingWithTimeClock'];
  readonly loading: boolean;
  readonly failure?: string;
}

/**
 * What the workbook holds for the month, read again when the month, the workbook (`version`)
 * or the user (`refresh`) asks. Nothing is read while `enabled` is false (no file yet).
 */
export function useInspection(host: Host, month: Month, enabled: boolean, version: number) {
  const [state, setState] = useState<InspectionState>({ loading: false });
  const [refreshes, setRefreshes] = useState(0);

  useEffect(() => {
    if (!enabled) {
      setState({ loading: false });
      return;
    }
    let current = true;
    setState((previous) => ({ ...previous, failure: undefined, loading: true }));
    host
      .inspect(month)
      .then((found) => {
        if (current) setState({ ...found, loading: false });
      })
      .catch((error: unknown) => {
        if (current) setState({ loading: false, failure: describeFailure(error) });
      });
    return () => {
      current = false;
    };
  }, [host, month, enabled, version, refreshes]);

  const refresh = useCallback(() => setRefreshes((count) => count + 1), []);
  return { ...state, refresh };
}
