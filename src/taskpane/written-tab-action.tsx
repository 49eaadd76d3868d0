import { Button } from '@fluentui/react-components';
import { DownloadButton } from './download-button';
import type { PaneStrings } from './strings';

interface WrittenTabActionProps {
  readonly strings: PaneStrings;
  /** The tab just written. */
  readonly tab?: string;
  /** The button's words inside Excel. */
  readonly openLabel: string;
  readonly onGoTo?: (sheet: string) => void;
  readonly onDownload?: () => void;
}

/** After a write: in a browser, download the workbook; inside Excel, show the tab just written. */
export function WrittenTabAction({ strings, tab, openLabel, onGoTo, onDownload }: WrittenTabActionProps) {
  if (onDownload) return <DownloadButton strings={strings} onDownload={onDownload} primary />;
  if (!onGoTo || !tab) return null;
  return (
    <Button appearance="primary" onClick={() => onGoTo(tab)}>
      {openLabel}
    </Button>
  );
}
