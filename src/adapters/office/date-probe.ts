type SyncFn = () => Promise<void>;

/** Error codes with which Excel refuses a property it does not know. */
const REFUSALS = new Set(['InvalidArgument', 'ApiNotFound', 'NotImplemented', 'UnsupportedOperation', 'PropertyNotLoaded']);

function isRefusal(error: unknown): boolean {
  return typeof error === 'object' && error !== null && REFUSALS.has(String((error as { code?: unknown }).code));
}

/**
 * Queues `loads` and syncs once, asking in the same request whether the workbook uses the 1904
 * date system. `Workbook.use1904DateSystem` is not in a released requirement set, so it is asked
 * only when the loaded Office.js has the property, and if Excel refuses it the loads are queued
 * and sent again without it (the workbook is then taken to use the 1900 system).
 */
export async function syncWithDateSystem<T>(
  context: Excel.RequestContext,
  loads: () => T,
  sync: SyncFn,
): Promise<{ readonly loaded: T; readonly date1904: boolean }> {
  const workbook = context.workbook as Excel.Workbook & { use1904DateSystem?: boolean };
  if ('use1904DateSystem' in workbook) {
    const loaded = loads();
    workbook.load('use1904DateSystem');
    try {
      await sync();
      return { loaded, date1904: workbook.use1904DateSystem === true };
    } catch (error) {
      if (!isRefusal(error)) throw error;
    }
  }
  const loaded = loads();
  await sync();
  return { loaded, date1904: false };
}
