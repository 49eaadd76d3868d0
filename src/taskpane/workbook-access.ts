import type { WorkbookGrids } from '../workbook/grid';
import type { WritePlan } from '../workbook/sheet-spec';
import type { SkippedFeature } from '../adapters/office/host-plan';

export type { SkippedFeature };

/** What a write could not do in this Excel, for the pane to say; nothing for a file. */
export interface WriteNotes {
  readonly skipped: readonly SkippedFeature[];
}

/**
 * Reading and writing one workbook: the open workbook through Office.js inside Excel, or a file
 * held as a package (in the web page's worker). The runs of a compute or a roll-up use only this.
 */
export interface WorkbookAccess {
  readonly readGrids: () => Promise<WorkbookGrids>;
  /** All of the plan or, on failure, none of it (SPEC §4). */
  readonly write: (plan: WritePlan) => Promise<WriteNotes | void>;
}
