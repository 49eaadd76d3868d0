import { makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { ChangedValues, EmployeeChange, MonthTotals } from '../engine/changes';
import type { PaneStrings } from './strings';

interface ChangesTableProps {
  readonly changes: readonly EmployeeChange[];
  readonly totals: { readonly before?: MonthTotals; readonly after: MonthTotals };
  readonly strings: PaneStrings;
  /** Taller lists scroll within this height (in the replace dialog). */
  readonly maxHeight?: string;
}

const useStyles = makeStyles({
  section: { display: 'grid', rowGap: tokens.spacingVerticalS },
  table: {
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: 'tabular-nums',
    width: '100%',
    '& th, & td': {
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      textAlign: 'right',
      verticalAlign: 'top',
    },
    '& th:first-child, & td:first-child': { textAlign: 'left' },
    '& thead th': { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  },
  caption: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  scroller: { overflow: 'auto' },
  unchanged: { color: tokens.colorNeutralForeground3 },
  changed: { fontWeight: tokens.fontWeightSemibold },
  marker: { color: tokens.colorNeutralForeground2, fontStyle: 'italic' },
  none: { margin: 0 },
});

const fields: readonly (keyof ChangedValues)[] = ['score', 'grade', 'rank', 'salaryAdjustment', 'award'];

/** Signed for money that moves both ways; a real minus sign, as the tabs show it. */
function shown(field: keyof ChangedValues, values: ChangedValues | null): string {
  if (values === null) return '—';
  const value = values[field];
  if (typeof value !== 'number') return value;
  if (field === 'salaryAdjustment') return value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0';
  return String(value);
}

const signedTotal = (value: number): string => (value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0');

/**
 * Who changes and how (SPEC §4.3): the month's totals before and after, then one row per
 * employee whose score, grade, rank, salary adjustment or award changes, or who is added or
 * removed. Shown before "replace?" is answered, after a preview, and after a recompute.
 */
export function ChangesTable({ changes, totals, strings, maxHeight }: ChangesTableProps) {
  const styles = useStyles();
  const scrollerId = useId();
  const { before, after } = totals;
  const totalRows: [string, string, string][] = [
    [strings.headcount, before ? String(before.employees) : '—', String(after.employees)],
    [strings.salaryTotal, before ? signedTotal(before.salaryAdjustment) : '—', signedTotal(after.salaryAdjustment)],
    [strings.awardTotal, before ? String(before.award) : '—', String(after.award)],
  ];
  return (
    <section className={styles.section} aria-label={strings.changesHeading} data-testid="changes">
      <table className={styles.table} data-testid="change-totals">
        <caption className={styles.caption}>{strings.totalsCaption}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">{strings.before}</th>
            <th scope="col">{strings.after}</th>
          </tr>
        </thead>
        <tbody>
          {totalRows.map(([label, was, is]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className={was === is ? styles.unchanged : styles.changed}>{was}</td>
              <td className={was === is ? styles.unchanged : styles.changed}>{is}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {changes.length === 0 ? (
        <p className={styles.none}>{strings.noChanges}</p>
      ) : (
        // Focusable, so that keyboard users can scroll a long list too.
        <div className={styles.scroller} style={maxHeight ? { maxHeight } : undefined} tabIndex={0} role="region" aria-labelledby={scrollerId}>
          <table className={styles.table} data-testid="change-list">
            <caption id={scrollerId} className={styles.caption}>
              {strings.changesCaption(changes.length)}
            </caption>
            <thead>
              <tr>
                <th scope="col">{strings.employeeColumn}</th>
                {fields.map((field) => (
                  <th key={field} scope="col">
                    {strings.changeColumns[field]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {changes.map((change) => (
                <tr key={change.id}>
                  <th scope="row">
                    {change.name} ({change.id})
                    {(change.before === null || change.after === null) && (
                      <span className={styles.marker}> · {change.before === null ? strings.added : strings.removed}</span>
                    )}
                  </th>
                  {fields.map((field) => {
                    const was = shown(field, change.before);
                    const is = shown(field, change.after);
                    return was === is ? (
                      <td key={field} className={styles.unchanged}>
                        {is}
                      </td>
                    ) : (
                      <td key={field} className={styles.changed}>
                        {strings.changeValue(was, is)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
