import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId, useRef, useState, type DragEvent } from 'react';
import type { PaneStrings } from './strings';

interface FileDropProps {
  readonly strings: PaneStrings;
  readonly busy: boolean;
  /** The workbook open now, if any. */
  readonly fileName?: string;
  readonly onFile: (file: File) => void;
  readonly onStartEmpty: () => void;
}

const useStyles = makeStyles({
  zone: {
    display: 'grid',
    rowGap: tokens.spacingVerticalS,
    justifyItems: 'start',
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  over: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  label: { fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  input: { display: 'none' },
});

/**
 * Opens a workbook in the plain web page: dropped on the zone or chosen with the file button.
 * The file is read in the browser only.
 */
export function FileDrop({ strings, busy, fileName, onFile, onStartEmpty }: FileDropProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const hintId = useId();

  const take = (files: FileList | null) => {
    const file = files?.[0];
    if (file) onFile(file);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    if (!busy) take(event.dataTransfer.files);
  };

  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="file-drop"
    >
      <span className={styles.label}>{strings.fileDropLabel}</span>
      <span id={hintId}>{strings.fileDropHint}</span>
      {fileName && <span data-testid="open-file">{strings.fileOpen(fileName)}</span>}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} aria-describedby={hintId} onClick={() => input.current?.click()}>
          {strings.chooseFile}
        </Button>
        <Button disabled={busy} onClick={onStartEmpty}>
          {strings.startEmpty}
        </Button>
      </div>
      <input
        ref={input}
        className={styles.input}
        type="file"
        accept=".xlsx,.xlsm,.xltx,.xltm"
        aria-label={strings.chooseFile}
        data-testid="file-input"
        onChange={(event) => {
          take(event.target.files);
          event.target.value = '';
        }}
      />
    </div>
  );
}
