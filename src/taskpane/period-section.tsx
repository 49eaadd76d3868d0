import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { RefObject } from 'react';
import type { Period } from '../engine/period';
import type { Lang } from '../i18n/lang';
import { PeriodOutcome } from './period-outcome';
import { PeriodPicker } from './period-picker';
import type { PaneStrings } from './strings';
import type { RollupState } from './use-rollup';

interface PeriodSectionProps {
  readonly strings: PaneStrings;
  readonly lang: Lang;
  readonly period: Period;
  readonly choices: readonly Period[];
  /** Something else runs: the picker and the button wait. */
  readonly busy: boolean;
  readonly state: RollupState;
  readonly onPeriod: (period: Period) => void;
  readonly onRollup: () => void;
  readonly onGoTo?: (sheet: string, cell?: string) => void;
  readonly onDownload?: () => void;
  /** Where keyboard focus lands when a summary ends. */
  readonly outcomeRef: RefObject<HTMLDivElement>;
}

const useStyles = makeStyles({
  section: { display: 'grid', rowGap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalM, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  button: { justifySelf: 'start' },
  outcome: { display: 'grid', rowGap: tokens.spacingVerticalM, outlineStyle: 'none' },
});

/** Quarters and years (SPEC §4.2): pick a period, sum it up from the months computed. */
export function PeriodSection(props: PeriodSectionProps) {
  const { strings, lang, period, choices, busy, state, onPeriod, onRollup, onGoTo, onDownload, outcomeRef } = props;
  const styles = useStyles();
  const running = state.phase === 'running';
  return (
    <section aria-labelledby="periods-heading" className={styles.section}>
      <h2 id="periods-heading">{strings.periodsHeading}</h2>
      <PeriodPicker period={period} choices={choices} strings={strings} disabled={busy || running} onChange={onPeriod} />
      <Button className={styles.button} disabled={busy && !running} disabledFocusable={running} onClick={onRollup}>
        {running ? strings.rollingUp : strings.rollup}
      </Button>
      {state.phase === 'finished' && (
        <div ref={outcomeRef} tabIndex={-1} className={styles.outcome} data-testid="period-outcome">
          <PeriodOutcome outcome={state.outcome} lang={lang} strings={strings} onGoTo={onGoTo} onDownload={onDownload} />
        </div>
      )}
    </section>
  );
}
