import { computeSteps, stepNumber, type ComputeStep } from './compute-steps';
import type { PaneStrings } from './strings';

/** "Step 2 of 4: Checking the data". */
export function stepText(strings: PaneStrings, step: ComputeStep): string {
  return strings.stepOf(stepNumber(step), computeSteps.length, strings.stepNames[step]);
}
