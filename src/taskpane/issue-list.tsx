import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { Issue, Severity } from '../engine/issues';
import { issueLocation, issueMessage } from '../i18n/issue-messages';
import type { Lang } from '../i18n/lang';
import { groupBySheet } from './issue-groups';
import type { PaneStrings } from './strings';

interface IssueListProps {
  readonly issues: readonly Issue[];
  readonly severity: Severity;
  readonly lang: Lang;
  readonly strings: PaneStrings;
  /** Inside Excel: select the issue's cell. Absent in a browser, where the location is shown as text. */
  readonly onGoTo?: (issue: Issue) => void;
}

const useStyles = makeStyles({
  groups: { display: 'grid', rowGap: tokens.spacingVerticalM, marginTop: tokens.spacingVerticalS },
  groupHeading: { fontSize: tokens.fontSizeBase300, margin: `0 0 ${tokens.spacingVerticalXS} 0` },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', rowGap: tokens.spacingVerticalS },
  item: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'start',
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  location: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalS },
});

/** Errors (nothing was written) or warnings (written anyway), grouped by sheet (SPEC §5). */
export function IssueList({ issues, severity, lang, strings, onGoTo }: IssueListProps) {
  const styles = useStyles();
  const groups = groupBySheet(issues, severity);
  const count = groups.reduce((total, group) => total + group.issues.length, 0);
  if (count === 0) return null;
  const headingId = `${severity}-heading`;
  return (
    <section aria-labelledby={headingId} data-testid={`${severity}-list`}>
      <MessageBar intent={severity === 'error' ? 'error' : 'warning'} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle id={headingId}>
            {severity === 'error' ? strings.errorsHeading(count) : strings.warningsHeading(count)}
          </MessageBarTitle>
          {severity === 'error' ? strings.nothingWritten : strings.warningsDoNotBlock}
        </MessageBarBody>
      </MessageBar>
      <div className={styles.groups}>
        {groups.map((group) => (
          <section key={group.sheet ?? ''} aria-label={group.sheet ?? strings.wholeMonth}>
            <h3 className={styles.groupHeading}>{group.sheet ?? strings.wholeMonth}</h3>
            <ul className={styles.list}>
              {group.issues.map((issue, index) => {
                const location = issueLocation(issue);
                return (
                  <li key={`${issue.cell ?? ''}-${issue.code}-${index}`} className={styles.item}>
                    <span>
                      {location && <span className={styles.location}>{location}</span>}
                      {issueMessage(issue, lang)}
                    </span>
                    {onGoTo && issue.sheet !== undefined && location && (
                      <Button size="small" aria-label={strings.goToCell(location)} onClick={() => onGoTo(issue)}>
                        {strings.goTo}
                      </Button>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
