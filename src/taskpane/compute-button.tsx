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
    <Button appearance="primary" size="large" disabled={busy || disabled} onClick={onCompute}>
      {busy ? strings.computing : strings.compute}
    </Button>
  );
}
