import { latestScorecard } from './latest-scorecard';

type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** What a ribbon command receives: Office waits until `completed` is called. */
export interface CommandEvent {
  readonly completed: () => void;
}

/**
 * The ribbon's "Latest scorecard" button: shows the most recent month's scorecard tab. A
 * workbook without one is left as it is. The event is completed whatever happens, or Office
 * would keep the button busy.
 */
export function goToLatestScorecard(run: ExcelRun): (event: CommandEvent) => Promise<void> {
  return async (event) => {
    try {
      await run(async (context) => {
        const sheets = context.workbook.worksheets.load('items/name,items/visibility');
        await context.sync();
        const target = latestScorecard(sheets.items.filter((sheet) => sheet.visibility === 'Visible').map((sheet) => sheet.name));
        if (!target) return;
        sheets.getItem(target).activate();
        await context.sync();
      });
    } catch {
      // Nothing to show: a command has no place to report to, and the workbook is unchanged.
    } finally {
      event.completed();
    }
  };
}
