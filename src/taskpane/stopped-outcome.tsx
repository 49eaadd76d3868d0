import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { PaneStrings } from './strings';

/** Why a compute, a preview or a summary stopped before it had a result to show. */
export type Stopped = { readonly kind: 'protected' } | { readonly kind: 'failed'; readonly message: string };

/** The workbook's structure is protected (nothing was written), or the run failed unexpectedly. */
export function StoppedOutcome({ stopped, strings }: { readonly stopped: Stopped; readonly strings: PaneStrings }) {
  if (stopped.kind === 'protected') {
    return (
      <MessageBar intent="warning" layout="multiline" data-testid="workbook-protected">
        <MessageBarBody>{strings.workbookProtected}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>{strings.unexpectedFailure(stopped.message)}</MessageBarBody>
    </MessageBar>
  );
}
