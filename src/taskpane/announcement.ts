import type { ComputeState } from './compute-flow';
import { stepText } from './step-text';
import type { PaneStrings } from './strings';

/** What the live region says about the compute: the step under way, then how it ended. */
export function announcement(state: ComputeState, strings: PaneStrings): string {
  switch (state.phase) {
    case 'idle':
      return '';
    case 'running':
      return stepText(strings, state.step);
    case 'confirming':
      return strings.replaceTitle;
    case 'finished': {
      const { outcome } = state;
      switch (outcome.kind) {
        case 'written': {
          const done = `${strings.resultsHeading(state.month)}. ${strings.written}`;
          if (outcome.skipped.length === 0) return done;
          return `${done} ${strings.skippedHeading} ${outcome.skipped.map((feature) => strings.skippedFeatures[feature]).join(strings.listSeparator)}.`;
        }
        case 'protected':
          return strings.workbookProtected;
        case 'invalid':
          return `${strings.errorsHeading(outcome.report.issues.filter((issue) => issue.severity === 'error').length)}. ${strings.nothingWritten}`;
        case 'kept':
          return strings.cancelled;
        case 'previewed':
          return `${strings.previewHeading(state.month)}. ${strings.previewNote}`;
        case 'failed':
          return strings.unexpectedFailure(outcome.message);
      }
    }
  }
}
