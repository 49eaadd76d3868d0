type SyncFn = () => Promise<void>;

/**
 * A date whose serial Microsoft gives in both systems ("Date systems in Excel",
 * support.microsoft.com/office/date-systems-in-excel-e7fe7167-48a9-4b96-bb53-5612a800b487):
 * "July 5, 2011" is 40729 in the 1900 date system and 39267 in the 1904 date system.
 */
const PROBE = { year: 2011, month: 7, day: 5 } as const;
const SERIAL_IN_1904 = 39267;

/**
 * Queues the question "which date system does this workbook use?" into the current request,
 * with released APIs only: Excel's own DATE function, evaluated by `Workbook.functions`
 * (`Functions.date`, ExcelApi 1.2, whose year is "a number from 1900 or 1904 (depending on the
 * workbook's date system) to 9999"). The answer is read once the request has run.
 *
 * `Workbook.use1904DateSystem`, which says it outright, is in no released requirement set (it is
 * absent from @types/office-js and from the production Office.js). Reading a date cell's `text`
 * against its `values` would also tell, but only for a workbook that has a date cell, and only by
 * parsing text shaped by the cell's format and the user's locale. DATE needs neither. What cannot
 * be checked here: that every Excel (desktop, Mac, web) evaluates `Workbook.functions` in the
 * workbook's own date system, as the JSDoc implies; no Excel runs in these tests.
 */
export function queueDateSystem(context: Excel.RequestContext): () => boolean {
  const result = context.workbook.functions.date(PROBE.year, PROBE.month, PROBE.day).load('value,error');
  // An error or any other answer leaves the 1900 system, Excel's default, in force.
  return () => !result.error && result.value === SERIAL_IN_1904;
}

/** Queues `loads`, asks for the date system in the same request, and syncs once. */
export async function syncWithDateSystem<T>(
  context: Excel.RequestContext,
  loads: () => T,
  sync: SyncFn,
): Promise<{ readonly loaded: T; readonly date1904: boolean }> {
  const loaded = loads();
  const date1904 = queueDateSystem(context);
  await sync();
  return { loaded, date1904: date1904() };
}
