import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { sum } from '../engine/decimal';
import type { Issue } from '../engine/issues';
import type { Lang } from '../i18n/lang';
import { WrittenTabAction } from './written-tab-action';
import { IssueList } from './issue-list';
import { MonthAverageChart } from './month-average-chart';
import type { RollupOutcome } from './rollup-run';
import { SkippedFeatures } from './skipped-features';
import type { PaneStrings } from './strings';

interface PeriodOutcomeProps {
  readonly outcome: RollupOutcome;
  readonly lang: Lang;
  readonly strings: PaneStrings;
  readonly onGoTo?: (sheet: string, cell?: string) => void;
  readonly onDownload?: () => void;
}

const useStyles = makeStyles({
  figures: {
    display: 'grid',
    gridTemplateColumns: 'auto auto',
    justifyContent: 'start',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums', textAlign: 'right' },
  action: { marginTop: tokens.spacingVerticalL },
  months: { margin: `${tokens.spacingVerticalXS} 0` },
});

/** What a quarter's or a year's summary ended with: its figures and chart, or the errors. */
export function PeriodOutcome({ outcome, lang, strings, onGoTo, onDownload }: PeriodOutcomeProps) {
  const styles = useStyles();
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
  const warnings = (
    <IssueList issues={report.issues.filter((issue) => issue.code !== 'MONTH_NOT_COMPUTED')} severity="warning" lang={lang} strings={strings} onGoTo={goToIssue} />
  );
  const result = report.result;
  if (outcome.kind === 'invalid' || !result) {
    return (
      <>
        <IssueList issues={report.issues} severity="error" lang={lang} strings={strings} onGoTo={goToIssue} />
        {warnings}
      </>
    );
  }
  const tab = report.plan?.activate;
  const first = result.employees.filter((employee) => employee.rank === 1);
  return (
    <>
      <section aria-labelledby="period-heading" data-testid="period-summary">
        <h2 id="period-heading">{strings.periodHeading(report.period)}</h2>
        <p>{strings.periodWritten(tab ?? '')}</p>
        <p className={styles.months}>{strings.monthsIncluded(result.months.join(strings.listSeparator))}</p>
        {result.missingMonths.length > 0 && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody data-testid="months-missing">{strings.monthsMissing(result.missingMonths.join(strings.listSeparator))}</MessageBarBody>
          </MessageBar>
        )}
        <dl className={styles.figures}>
          <dt className={styles.term}>{strings.headcount}</dt>
          <dd className={styles.value} data-testid="period-headcount">
            {result.employees.length}
          </dd>
          <dt className={styles.term}>{strings.periodAverage}</dt>
          <dd className={styles.value} data-testid="period-average">
            {result.averageScore}
          </dd>
          <dt className={styles.term}>{strings.salaryTotal}</dt>
          <dd className={styles.value} data-testid="period-salary-total">
            {strings.money(sum(result.employees.map((employee) => employee.salaryAdjustmentTotal)))}
          </dd>
          <dt className={styles.term}>{strings.awardTotal}</dt>
          <dd className={styles.value}>{strings.money(sum(result.employees.map((employee) => employee.awardTotal)))}</dd>
          <dt className={styles.term}>{strings.topRanked}</dt>
          <dd className={styles.value} data-testid="period-first">
            {first.map((employee) => `${employee.name} (${employee.averageScore})`).join(strings.listSeparator)}
          </dd>
        </dl>
        <MonthAverageChart months={result.monthAverages} strings={strings} />
        <div className={styles.action}>
          <WrittenTabAction strings={strings} tab={tab} openLabel={strings.openPeriodTab} onGoTo={onGoTo} onDownload={onDownload} />
        </div>
      </section>
      {outcome.kind === 'written' && outcome.skipped.length > 0 && <SkippedFeatures skipped={outcome.skipped} strings={strings} />}
      {warnings}
    </>
  );
}
