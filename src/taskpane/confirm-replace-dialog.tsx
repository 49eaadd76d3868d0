import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
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

/**
 * SPEC §4: re-computing replaces the month's tabs, so the user agrees to it first, having
 * seen who changes and how, with the totals before and after (§4.3).
 */
export function ConfirmReplaceDialog({ strings, month, tabs, report, onAnswer }: ConfirmReplaceDialogProps) {
  return (
    <Dialog
      open={tabs !== undefined}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) onAnswer(false);
      }}
    >
      <DialogSurface aria-describedby="replace-body">
        <DialogBody>
          <DialogTitle>{strings.replaceTitle}</DialogTitle>
          <DialogContent>
            <p id="replace-body">{strings.replaceBody(month, (tabs ?? []).join(strings.listSeparator))}</p>
            {report?.totals && (
              <>
                <p>{strings.replaceChanges}</p>
                <ChangesTable changes={report.changes} totals={report.totals} strings={strings} maxHeight="40vh" />
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onAnswer(true)}>
              {strings.replaceConfirm}
            </Button>
            <Button appearance="secondary" onClick={() => onAnswer(false)}>
              {strings.replaceCancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
