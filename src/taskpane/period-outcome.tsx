import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { sum } from '../engine/decimal';
import type { Issue } from '../engine/issues';
import type { Lang } from '../i18n/lang';
import { WrittenTabAction } from './written-tab-action';
import { IssueList } from './issue-list';
import { FigureList } from './figure-list';
import { MonthAverageChart } from './month-average-chart';
import type { RollupOutcome } from './rollup-run';
import { SkippedFeatures } from './skipped-features';
import { StoppedOutcome } from './stopped-outcome';
import type { PaneStrings } from './strings';

interface PeriodOutcomeProps {
  readonly outcome: RollupOutcome;
  readonly lang: Lang;
  readonly strings: PaneStrings;
  readonly onGoTo?: (sheet: string, cell?: string) => void;
  readonly onDownload?: () => void;
}

const useStyles = makeStyles({
  action: { marginTop: tokens.spacingVerticalL },
  months: { margin: `${tokens.spacingVerticalXS} 0` },
});

/** What a quarter's or a year's summary ended with: its figures and chart, or the errors. */
export function PeriodOutcome({ outcome, lang, strings, onGoTo, onDownload }: PeriodOutcomeProps) {
  const styles = useStyles();
  if (outcome.kind === 'protected' || outcome.kind === 'failed') return <StoppedOutcome stopped={outcome} strings={strings} />;
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
        <FigureList
          figures={[
            { term: strings.headcount, value: result.employees.length, testId: 'period-headcount' },
            { term: strings.periodAverage, value: result.averageScore, testId: 'period-average' },
            { term: strings.salaryTotal, value: strings.money(sum(result.employees.map((employee) => employee.salaryAdjustmentTotal))), testId: 'period-salary-total' },
            { term: strings.awardTotal, value: strings.money(sum(result.employees.map((employee) => employee.awardTotal))) },
            { term: strings.topRanked, value: first.map((employee) => `${employee.name} (${employee.averageScore})`).join(strings.listSeparator), testId: 'period-first' },
          ]}
        />
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
