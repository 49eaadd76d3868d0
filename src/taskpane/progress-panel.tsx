import { Field, ProgressBar } from '@fluentui/react-components';
import { progressAt, type ComputeStep } from './compute-steps';
import { stepText } from './step-text';
import type { PaneStrings } from './strings';

interface ProgressPanelProps {
  readonly strings: PaneStrings;
  /** The step under way; undefined when no compute runs. */
  readonly step?: ComputeStep;
}

/** The progress bar of a running compute; the step is also announced through the pane's live region. */
export function ProgressPanel({ strings, step }: ProgressPanelProps) {
  if (step === undefined) return null;
  const text = stepText(strings, step);
  return (
    <Field validationMessage={text} validationState="none">
      <ProgressBar value={progressAt(step)} max={1} thickness="large" aria-label={text} />
    </Field>
  );
}
