import { Field, Select } from '@fluentui/react-components';
import type { Month } from '../engine/calendar';
import type { PaneStrings } from './strings';

interface MonthPickerProps {
  readonly month: Month;
  readonly choices: readonly Month[];
  readonly strings: PaneStrings;
  readonly disabled: boolean;
  readonly onChange: (month: Month) => void;
}

export function MonthPicker({ month, choices, strings, disabled, onChange }: MonthPickerProps) {
  const offered = choices.includes(month) ? choices : [month, ...choices];
  return (
    <Field label={strings.monthLabel} hint={strings.monthHint}>
      <Select value={month} disabled={disabled} onChange={(_, data) => onChange(data.value)}>
        {offered.map((choice) => (
          <option key={choice} value={choice}>
            {strings.monthOption(Number(choice.slice(0, 4)), Number(choice.slice(5, 7)))}
          </option>
        ))}
      </Select>
    </Field>
  );
}
