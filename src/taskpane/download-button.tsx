import { Button } from '@fluentui/react-components';
import type { PaneStrings } from './strings';

interface DownloadButtonProps {
  readonly strings: PaneStrings;
  readonly onDownload: () => void;
  readonly primary?: boolean;
}

export function DownloadButton({ strings, onDownload, primary = false }: DownloadButtonProps) {
  return (
    <Button appearance={primary ? 'primary' : 'secondary'} onClick={onDownload}>
      {strings.download}
    </Button>
  );
}

/** Hands bytes to the browser as a download: a Blob URL behind a temporary `<a download>`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
