import { dayNumber, isoDateFromDayNumber, type IsoDate } from './calendar';
import { keepAsLatest } from './latest-instance';

/**
 * Day numbers by date and dates by day number, remembered: a month's punches carry some sixty
 * dates between them, mostly in runs of one date (exports are in time order).
 */
export class DayNumbers {
  private readonly numbers = new Map<IsoDate, number>();
  /** Dates by day number, from `firstDay` on: a month's punches and shifts span some sixty days. */
  private readonly dates: (IsoDate | undefined)[] = [];
  private firstDay = NaN;
  private lastDate = '';
  private lastNumber = 0;

  constructor() {
    keepAsLatest(this);
  }

  of(date: IsoDate): number {
    if (date === this.lastDate) return this.lastNumber;
    let day = this.numbers.get(date);
    if (day === undefined) this.numbers.set(date, (day = dayNumber(date)));
    this.lastDate = date;
    this.lastNumber = day;
    return day;
  }

  dateOf(day: number): IsoDate {
    if (Number.isNaN(this.firstDay)) this.firstDay = day - 64;
    const index = day - this.firstDay;
    const known = index >= 0 && index < 4096 ? this.dates[index] : undefined;
    if (known !== undefined) return known;
    const date = isoDateFromDayNumber(day);
    if (index >= 0 && index < 4096) this.dates[index] = date;
    return date;
  }
}
