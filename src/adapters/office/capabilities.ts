/**
 * What the running Excel supports beyond the add-in's minimum (ExcelApi 1.7, in the manifest),
 * each member's set as `@types/office-js` annotates it. Features of newer sets are left out or
 * drawn another way where missing (host-plan.ts), and the write reports which.
 */
export interface Capabilities {
  /** ExcelApi 1.9: `Application.suspendScreenUpdatingUntilNextSync`. */
  readonly suspendScreenUpdating: boolean;
  /** ExcelApi 1.9: `Worksheet.autoFilter`. */
  readonly autoFilter: boolean;
  /** ExcelApi 1.9: `Worksheet.pageLayout`. */
  readonly pageLayout: boolean;
  /** ExcelApi 1.9: `Worksheet.getRanges`, which formats many ranges in one operation. */
  readonly rangeAreas: boolean;
  /** ExcelApi 1.9: `RangeFont.strikethrough`. */
  readonly strikethrough: boolean;
}

export const noCapabilities: Capabilities = { suspendScreenUpdating: false, autoFilter: false, pageLayout: false, rangeAreas: false, strikethrough: false };

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
    strikethrough: supports('1.9'),
  };
}

export type { SkippedFeature } from './host-plan';
