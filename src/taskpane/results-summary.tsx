import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Month } from '../engine/calendar';
import type { Lang } from '../i18n/lang';
import { labels } from '../i18n/labels';
import { FigureList } from './figure-list';
import { GradeChart } from './grade-chart';
import type { ResultSummary } from './result-summary';
import type { PaneStrings } from './strings';

interface ResultsSummaryProps {
  readonly month: Month;
  readonly summary: ResultSummary;
  readonly lang: Lang;
  readonly strings: PaneStrings;
  /** Open the scorecard tab (in Excel) or download the workbook (in a browser). */
  readonly action: ReactNode;
  /** A preview's heading and note instead of the written result's. */
  readonly preview?: boolean;
  /** What a recompute or a preview changes, shown after the figures. */
  readonly changes?: ReactNode;
}

const useStyles = makeStyles({
  flagged: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  action: { marginTop: tokens.spacingVerticalL },
});

/** The month at a glance after a successful compute; every detail is in the tabs. */
export function ResultsSummary({ month, summary, lang, strings, action, preview = false, changes }: ResultsSummaryProps) {
  const styles = useStyles();
  const flagWords = labels(lang).flags;
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">{preview ? strings.previewHeading(month) : strings.resultsHeading(month)}</h2>
      <p data-testid="results-note">{preview ? strings.previewNote : strings.written}</p>
      <FigureList
        figures={[
          { term: strings.headcount, value: summary.headcount, testId: 'headcount' },
          { term: strings.salaryTotal, value: strings.money(summary.salaryTotal), testId: 'salary-total' },
          { term: strings.awardTotal, value: strings.money(summary.awardTotal), testId: 'award-total' },
        ]}
      />
      {changes && (
        <>
          <h3>{strings.changesHeading}</h3>
          {changes}
        </>
      )}
      <h3>{strings.gradesHeading}</h3>
      <GradeChart grades={summary.grades} strings={strings} />
      <h3>{strings.flagsHeading(summary.flagged.length)}</h3>
      {summary.flagged.length === 0 ? (
        <p>{strings.noFlags}</p>
      ) : (
        <ul className={styles.flagged} data-testid="flagged">
          {summary.flagged.map((employee) => (
            <li key={employee.id}>
              {strings.employeeWithFlags(
                employee.name,
                employee.id,
                employee.flags.map((flag) => flagWords[flag](summary.policy)).join(strings.listSeparator),
              )}
            </li>
          ))}
        </ul>
      )}
      {action && <div className={styles.action}>{action}</div>}
    </section>
  );
}
