import { Field, Select } from '@fluentui/react-components';
import type { Period } from '../engine/period';
import { periodOption } from './period-choices';
import type { PaneStrings } from './strings';

interface PeriodPickerProps {
  readonly period: Period;
  readonly choices: readonly Period[];
  readonly strings: PaneStrings;
  readonly disabled: boolean;
  readonly onChange: (period: Period) => void;
}

/** The quarter or year to sum up (SPEC §4.2): a list, like the month's, for Excel on Mac. */
export function PeriodPicker({ period, choices, strings, disabled, onChange }: PeriodPickerProps) {
  const offered = choices.includes(period) ? choices : [period, ...choices];
  return (
    <Field label={strings.periodLabel} hint={strings.periodHint}>
      <Select value={period} disabled={disabled} onChange={(_, data) => onChange(data.value)}>
        {offered.map((choice) => (
          <option key={choice} value={choice}>
            {periodOption(choice, strings)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
