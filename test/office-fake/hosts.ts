import { type Capabilities, detectCapabilities } from '../../src/adapters/office/capabilities';
import { createFakeOffice, type FakeOffice, type FakeOfficeOptions } from '../../src/adapters/office/fake';
import { NEWEST_EXCEL_API } from '../../src/adapters/office/fake/requirement-sets';

/**
 * The Excel hosts every Office.js test runs against: the manifest's minimum (ExcelApi 1.7, as in
 * Office 2019 volume-licensed), 1.9 (where the filter, page setup, strikethrough and getRanges
 * arrive) and the newest set the installed typings name.
 */
export const HOSTS = [
  { label: 'ExcelApi 1.7 (Office 2019)', apiVersion: '1.7' },
  { label: 'ExcelApi 1.9', apiVersion: '1.9' },
  { label: `ExcelApi ${NEWEST_EXCEL_API}, the newest in the typings`, apiVersion: NEWEST_EXCEL_API },
] as const;

export type Host = (typeof HOSTS)[number];

/** A fake Excel of `host`'s version. */
export function fakeExcel(host: Host, options: Omit<FakeOfficeOptions, 'apiVersion'> = {}): FakeOffice {
  return createFakeOffice({ ...options, apiVersion: host.apiVersion });
}

/** What the add-in detects on `host`, as the pane does from `Office.context.requirements`. */
export function capabilitiesOf(host: Host): Capabilities {
  return detectCapabilities(createFakeOffice({ apiVersion: host.apiVersion }).Office.context.requirements);
}
