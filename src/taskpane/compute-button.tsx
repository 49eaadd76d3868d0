import { Button } from '@fluentui/react-components';
import type { PaneStrings } from './strings';

interface ComputeButtonProps {
  readonly strings: PaneStrings;
  readonly busy: boolean;
  readonly disabled: boolean;
  readonly onCompute: () => void;
}

export function ComputeButton({ strings, busy, disabled, onCompute }: ComputeButtonProps) {
  return (
    // While busy the button stays focusable, so keyboard focus is not thrown back to the page.
    <Button appearance="primary" size="large" disabled={disabled && !busy} disabledFocusable={busy} onClick={onCompute}>
      {busy ? strings.computing : strings.compute}
    </Button>
  );
}
