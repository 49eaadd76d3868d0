/**
 * Excel's DATE(year, month, day) as a serial in either date system. Microsoft's "Date systems in
 * Excel" (support.microsoft.com/office/date-systems-in-excel-e7fe7167-48a9-4b96-bb53-5612a800b487):
 * in the 1900 system day 1 is 1900-01-01 and July 5, 2011 is 40729; in the 1904 system the first
 * day, 1904-01-01, is 0 and July 5, 2011 is 39267. The 1900 system counts a 29 February 1900
 * that never was (serial 60), so its serials from March 1900 on are days since 1899-12-30. A year
 * below 1900 is taken as 1900 + year; the 1904 system has no date before 1904-01-01 (#NUM!), and
 * no system one after 9999-12-31. Months and days beyond their range roll over, as in Excel.
 */
const MS_PER_DAY = 86_400_000;

export function dateSerial(year: number, month: number, day: number, date1904: boolean): { value: number | null; error: string } {
  const numbers = [year, month, day].map(Math.trunc);
  if (numbers.some((n) => !Number.isFinite(n))) return { value: null, error: '#VALUE!' };
  let [y] = numbers;
  const [, m, d] = numbers;
  if (y < 0 || y >= 10000) return { value: null, error: '#NUM!' };
  if (y < 1900) y += 1900;
  const time = Date.UTC(y, m - 1, 1) + (d - 1) * MS_PER_DAY;
  const last = Date.UTC(9999, 11, 31);
  if (date1904) {
    const serial = Math.round((time - Date.UTC(1904, 0, 1)) / MS_PER_DAY);
    return serial < 0 || time > last ? { value: null, error: '#NUM!' } : { value: serial, error: '' };
  }
  const days = Math.round((time - Date.UTC(1899, 11, 30)) / MS_PER_DAY);
  // 1900-01-01 … 1900-02-28 are serials 1 … 59, one less than the days since 1899-12-30.
  const serial = time < Date.UTC(1900, 2, 1) ? days - 1 : days;
  return serial < 1 || time > last ? { value: null, error: '#NUM!' } : { value: serial, error: '' };
}
