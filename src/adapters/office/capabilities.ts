/**
 * What the running Excel supports beyond the add-in's minimum (ExcelApi 1.7, in the manifest).
 * Features of newer sets are skipped where missing, and the write reports which.
 */
export interface Capabilities {
  /** ExcelApi 1.9: `suspendScreenUpdatingUntilNextSync`. */
  readonly suspendScreenUpdating: boolean;
  /** ExcelApi 1.9: `Worksheet.autoFilter`. */
  readonly autoFilter: boolean;
  /** ExcelApi 1.9: `Worksheet.pageLayout`. */
  readonly pageLayout: boolean;
  /** ExcelApi 1.9: `Worksheet.getRanges`, which formats many ranges in one operation. */
  readonly rangeAreas: boolean;
}

export const noCapabilities: Capabilities = { suspendScreenUpdating: false, autoFilter: false, pageLayout: false, rangeAreas: false };

interface Requirements {
  readonly isSetSupported: (name: string, minVersion?: string) => boolean;
}

export function detectCapabilities(requirements: Requirements | undefined): Capabilities {
  const supports = (version: string) => Boolean(requirements?.isSetSupported('ExcelApi', version));
  return {
    suspendScreenUpdating: supports('1.9'),
    autoFilter: supports('1.9'),
    pageLayout: supports('1.9'),
    rangeAreas: supports('1.9'),
  };
}

/** Features of a plan that the host could not render, by name, for the write's report. */
export type SkippedFeature = 'autoFilter' | 'print';
