import { Button, Checkbox, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../i18n/lang';
import type { WorkbookInspection } from '../workbook/pipeline';
import { inputSheet, type InputSheetKey } from '../workbook/schema';
import { localTime } from './local-time';
import type { PaneStrings } from './strings';

interface SheetStatusProps {
  readonly inspection: WorkbookInspection;
  readonly lang: Lang;
  readonly strings: PaneStrings;
  readonly busy: boolean;
  /** The templates are being written. */
  readonly creating: boolean;
  /** The inspection is being read again. */
  readonly loading: boolean;
  /** The input and policy sheets the templates would add (none when the workbook has them all). */
  readonly missingSheets: readonly string[];
  readonly onCreateTemplates: () => void;
  /** The templates' time-clock option (the Punches sheet and the month's schedule), when it would add anything. */
  readonly timeClock?: { readonly month: string; readonly checked: boolean; readonly onChange: (checked: boolean) => void };
  /** Read the workbook again, after editing it with the pane open. */
  readonly onRefresh: () => void;
}

const useStyles = makeStyles({
  heading: { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', columnGap: tokens.spacingHorizontalM },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', rowGap: tokens.spacingVerticalXXS },
  row: { display: 'flex', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalM },
  name: { fontWeight: tokens.fontWeightSemibold },
  kind: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  missing: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  absent: { color: tokens.colorNeutralForeground3 },
  notes: { display: 'grid', rowGap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  templates: { display: 'grid', rowGap: tokens.spacingVerticalXS, justifyItems: 'start', color: tokens.colorNeutralForeground2 },
});

/** What a sheet holds for the month: employees listed, punches, shifts scheduled, or rows. */
function monthCount(key: InputSheetKey, count: number, strings: PaneStrings): string {
  switch (key) {
    case 'employees':
      return strings.employeesListed(count);
    case 'punches':
      return strings.punchesThisMonth(count);
    case 'schedule':
      return strings.shiftsThisMonth(count);
    default:
      return strings.rowsThisMonth(count);
  }
}

/** Which input sheets the workbook has, how many rows each holds for the month, and what is missing. */
export function SheetStatus(props: SheetStatusProps) {
  const { inspection, lang, strings, busy, creating, loading, missingSheets, onCreateTemplates, onRefresh, timeClock } = props;
  const styles = useStyles();
  const missing = inspection.missingRequired.map((key) => inputSheet(key)[lang]).join(strings.listSeparator);
  return (
    <section aria-labelledby="sheets-heading">
      <div className={styles.heading}>
        <h2 id="sheets-heading">{strings.sheetsHeading}</h2>
        <Button size="small" appearance="subtle" disabled={busy || loading} onClick={onRefresh}>
          {loading ? strings.loadingWorkbook : strings.refresh}
        </Button>
      </div>
      <ul className={styles.list}>
        {inspection.sheets.map((sheet) => (
          <li key={sheet.key} className={styles.row}>
            <span className={styles.name}>
              {sheet.name ?? inputSheet(sheet.key)[lang]}{' '}
              <span className={styles.kind}>{sheet.required ? strings.required : strings.optional}</span>
            </span>
            {sheet.name === undefined ? (
              <span className={sheet.required ? styles.missing : styles.absent}>
                {sheet.required ? strings.sheetMissing : strings.sheetNotUsed}
              </span>
            ) : (
              <span>{monthCount(sheet.key, sheet.monthRows, strings)}</span>
            )}
          </li>
        ))}
      </ul>
      <div className={styles.notes}>
        {inspection.missingRequired.length > 0 && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{strings.missingRequired(missing)}</MessageBarBody>
          </MessageBar>
        )}
        {(missingSheets.length > 0 || timeClock !== undefined) && (
          <div className={styles.templates}>
            {missingSheets.length > 0 && <span>{strings.templatesWillAdd(missingSheets.join(strings.listSeparator))}</span>}
            {timeClock && (
              <Checkbox
                checked={timeClock.checked}
                disabled={busy}
                label={strings.timeClockOption(timeClock.month)}
                onChange={(_event, data) => timeClock.onChange(data.checked === true)}
              />
            )}
            <Button disabled={busy || missingSheets.length === 0} onClick={onCreateTemplates}>
              {creating ? strings.creatingTemplates : strings.createTemplates}
            </Button>
          </div>
        )}
        {inspection.existingTabs.length > 0 && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              {strings.existingTabs(inspection.existingTabs.join(strings.listSeparator))}
              {inspection.computedAt && ` ${strings.computedAt(localTime(inspection.computedAt))}`}
            </MessageBarBody>
          </MessageBar>
        )}
        {inspection.outOfDate && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{strings.outOfDate}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
