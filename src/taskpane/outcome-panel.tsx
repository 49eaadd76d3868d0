import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Month } from '../engine/calendar';
import type { Issue } from '../engine/issues';
import type { Lang } from '../i18n/lang';
import type { ComputeOutcome } from './compute-run';
import { DownloadButton } from './download-button';
import { IssueList } from './issue-list';
import { SkippedFeatures } from './skipped-features';
import { summarise } from './result-summary';
import { ResultsSummary } from './results-summary';
import type { PaneStrings } from './strings';

interface OutcomePanelProps {
  readonly month: Month;
  readonly outcome: ComputeOutcome;
  readonly lang: Lang;
  readonly strings: PaneStrings;
  /** Inside Excel: select an issue's cell, or show a tab. */
  readonly onGoTo?: (sheet: string, cell?: string) => void;
  /** In a browser: hand the workbook back. */
  readonly onDownload?: () => void;
}

/** What one compute ended with: the results, the errors to fix, or why it stopped. */
export function OutcomePanel({ month, outcome, lang, strings, onGoTo, onDownload }: OutcomePanelProps) {
  if (outcome.kind === 'protected') {
    return (
      <MessageBar intent="warning" layout="multiline" data-testid="workbook-protected">
        <MessageBarBody>{strings.workbookProtected}</MessageBarBody>
      </MessageBar>
    );
  }
  if (outcome.kind === 'failed') {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{strings.unexpectedFailure(outcome.message)}</MessageBarBody>
      </MessageBar>
    );
  }
  const { report } = outcome;
  const goToIssue = onGoTo && ((issue: Issue) => issue.sheet !== undefined && onGoTo(issue.sheet, issue.cell));
  const warnings = <IssueList issues={report.issues} severity="warning" lang={lang} strings={strings} onGoTo={goToIssue} />;

  if (outcome.kind === 'invalid') {
    return (
      <>
        <IssueList issues={report.issues} severity="error" lang={lang} strings={strings} onGoTo={goToIssue} />
        {warnings}
      </>
    );
  }
  if (outcome.kind === 'kept') {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{strings.cancelled}</MessageBarBody>
      </MessageBar>
    );
  }

  const scorecard = report.plan?.activate;
  const action = onDownload ? (
    <DownloadButton strings={strings} onDownload={onDownload} primary />
  ) : (
    onGoTo &&
    scorecard && (
      <Button appearance="primary" onClick={() => onGoTo(scorecard)}>
        {strings.openScorecard}
      </Button>
    )
  );
  return (
    <>
      {report.result && (
        <ResultsSummary month={month} summary={summarise(report.result)} lang={lang} strings={strings} action={action} />
      )}
      {outcome.skipped.length > 0 && <SkippedFeatures skipped={outcome.skipped} strings={strings} />}
      {warnings}
    </>
  );
}
