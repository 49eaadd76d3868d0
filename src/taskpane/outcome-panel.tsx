import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Month } from '../engine/calendar';
import type { Issue } from '../engine/issues';
import type { Lang } from '../i18n/lang';
import type { ComputeOutcome } from './compute-run';
import { WrittenTabAction } from './written-tab-action';
import { IssueList } from './issue-list';
import { SkippedFeatures } from './skipped-features';
import { ResultsSummary } from './results-summary';
import { ChangesTable } from './changes-table';
import { StoppedOutcome } from './stopped-outcome';
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

/** What one compute or preview ended with: the results and what changed, the errors to fix, or why it stopped. */
export function OutcomePanel({ month, outcome, lang, strings, onGoTo, onDownload }: OutcomePanelProps) {
  if (outcome.kind === 'protected' || outcome.kind === 'failed') return <StoppedOutcome stopped={outcome} strings={strings} />;
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

  const changes = report.recompute && report.totals && <ChangesTable changes={report.changes} totals={report.totals} strings={strings} />;
  if (outcome.kind === 'previewed') {
    return (
      <>
        {report.summary && (
          <ResultsSummary month={month} summary={report.summary} lang={lang} strings={strings} action={null} preview changes={changes} />
        )}
        {warnings}
      </>
    );
  }

  const action = (
    <WrittenTabAction strings={strings} tab={report.plan?.activate} openLabel={strings.openScorecard} onGoTo={onGoTo} onDownload={onDownload} />
  );
  return (
    <>
      {report.summary && (
        <ResultsSummary month={month} summary={report.summary} lang={lang} strings={strings} action={action} changes={changes} />
      )}
      {outcome.skipped.length > 0 && <SkippedFeatures skipped={outcome.skipped} strings={strings} />}
      {warnings}
    </>
  );
}
