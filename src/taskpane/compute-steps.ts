/** The stages of one compute, in order, as the progress bar and the live region announce them. */
export const computeSteps = ['reading', 'checking', 'computing', 'writing'] as const;

export type ComputeStep = (typeof computeSteps)[number];

/** Share of the work done when `step` starts, for the progress bar (0 before reading). */
export function progressAt(step: ComputeStep): number {
  return computeSteps.indexOf(step) / computeSteps.length;
}

/** 1-based position of `step`, for "step 2 of 4". */
export function stepNumber(step: ComputeStep): number {
  return computeSteps.indexOf(step) + 1;
}
