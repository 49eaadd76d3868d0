import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { Month } from '../engine/calendar';
import type { ComputeReport } from '../workbook/pipeline-types';
import { ChangesTable } from './changes-table';
import type { PaneStrings } from './strings';

interface ConfirmReplaceDialogProps {
  readonly strings: PaneStrings;
  readonly month: Month;
  /** The month's tabs that would be replaced; the dialog is open while this is defined. */
  readonly tabs?: readonly string[];
  /** The compute waiting for the answer: what would change (SPEC §4.3). */
  readonly report?: ComputeReport;
  readonly onAnswer: (replace: boolean) => void;
}

const useStyles = makeStyles({
  dialog: {
    border: 'none',
    borderRadius: tokens.borderRadiusXLarge,
    boxShadow: tokens.shadow64,
    padding: tokens.spacingHorizontalXXL,
    width: 'min(560px, calc(100vw - 32px))',
    maxHeight: 'calc(100vh - 32px)',
    boxSizing: 'border-box',
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    '::backdrop': { backgroundColor: 'rgba(0, 0, 0, 0.4)' },
  },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: `0 0 ${tokens.spacingVerticalM} 0` },
  body: { display: 'grid', rowGap: tokens.spacingVerticalS, '& p': { margin: 0 } },
  actions: { display: 'flex', flexWrap: 'wrap', justifyContent: 'flex-end', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalL },
});

/**
 * SPEC §4: re-computing replaces the month's tabs, so the user agrees to it first, having
 * seen who changes and how, with the totals before and after (§4.3).
 *
 * A native modal `<dialog>`: the browser makes the rest of the page inert and keeps focus in
 * it. Fluent's Dialog traps focus with focusable sentinels that are hidden from screen
 * readers, which the accessibility check rightly counts as a serious violation
 * (aria-hidden-focus), and which stay in the page from the moment a Dialog is first rendered.
 * Focus starts on "keep", the answer that changes nothing; Escape answers it too.
 */
export function ConfirmReplaceDialog({ strings, month, tabs, report, onAnswer }: ConfirmReplaceDialogProps) {
  const styles = useStyles();
  const dialog = useRef<HTMLDialogElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const open = tabs !== undefined;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      keep.current?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  return (
    <dialog
      ref={dialog}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="replace-title"
      aria-describedby="replace-body"
      className={styles.dialog}
      onCancel={(event) => {
        event.preventDefault();
        onAnswer(false);
      }}
    >
      {open && (
        <>
          <h2 id="replace-title" className={styles.title}>
            {strings.replaceTitle}
          </h2>
          <div className={styles.body}>
            <p id="replace-body">{strings.replaceBody(month, tabs.join(strings.listSeparator))}</p>
            {report?.totals && (
              <>
                <p>{strings.replaceChanges}</p>
                <ChangesTable changes={report.changes} totals={report.totals} strings={strings} maxHeight="40vh" />
              </>
            )}
          </div>
          <div className={styles.actions}>
            <Button appearance="primary" onClick={() => onAnswer(true)}>
              {strings.replaceConfirm}
            </Button>
            <Button appearance="secondary" ref={keep} onClick={() => onAnswer(false)}>
              {strings.replaceCancel}
            </Button>
          </div>
        </>
      )}
    </dialog>
  );
}
