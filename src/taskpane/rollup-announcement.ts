import type { PaneStrings } from './strings';
import type { RollupState } from './use-rollup';

/** What the live region says about a quarter's or a year's summary. */
export function rollupAnnouncement(state: RollupState, strings: PaneStrings): string {
  switch (state.phase) {
    case 'idle':
      return '';
    case 'running':
      return strings.rollingUp;
    case 'finished': {
      const { outcome } = state;
      switch (outcome.kind) {
        case 'written':
          return `${strings.periodHeading(state.period)}. ${strings.periodWritten(outcome.report.plan?.activate ?? '')}`;
        case 'protected':
          return strings.workbookProtected;
        case 'invalid':
          return `${strings.errorsHeading(outcome.report.issues.filter((issue) => issue.severity === 'error').length)}. ${strings.nothingWritten}`;
        case 'failed':
          return strings.unexpectedFailure(outcome.message);
      }
    }
  }
}
