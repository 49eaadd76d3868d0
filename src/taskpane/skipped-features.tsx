import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { SkippedFeature } from './host';
import type { PaneStrings } from './strings';

interface SkippedFeaturesProps {
  readonly skipped: readonly SkippedFeature[];
  readonly strings: PaneStrings;
}

/**
 * What this Excel could not do in the tabs just written (a filter, print setup, strikethrough
 * need ExcelApi 1.9): the tabs are complete without them, and a newer Excel does them all.
 */
export function SkippedFeatures({ skipped, strings }: SkippedFeaturesProps) {
  return (
    <MessageBar intent="info" layout="multiline" data-testid="skipped-features">
      <MessageBarBody>
        <MessageBarTitle>{strings.skippedHeading}</MessageBarTitle>
        <ul>
          {skipped.map((feature) => (
            <li key={feature}>{strings.skippedFeatures[feature]}</li>
          ))}
        </ul>
        {strings.skippedHint}
      </MessageBarBody>
    </MessageBar>
  );
}
