import { keepAsLatest } from './latest-instance';
import type { LineItem } from './results';

/** Every line item of the month, filed by employee, in the order the rules produced them. */
export class Ledger {
  private readonly byEmployee = new Map<string, LineItem[]>();

  constructor() {
    keepAsLatest(this);
  }

  add(item: LineItem): void {
    const items = this.byEmployee.get(item.employeeId);
    if (items === undefined) this.byEmployee.set(item.employeeId, [item]);
    else items.push(item);
  }

  itemsOf(employeeId: string): readonly LineItem[] {
    return this.byEmployee.get(employeeId) ?? [];
  }

  /** SPEC §3.4: any deduction that counts (attendance, a valid deduction entry, a derived M07) rules out B01. */
  hasDeduction(employeeId: string): boolean {
    return this.itemsOf(employeeId).some((item) => !item.voided && isDeduction(item));
  }
}

export function isDeduction(item: LineItem): boolean {
  return item.category === 'minor' || item.category === 'moderate' || item.category === 'severe' || item.category === 'dismissal';
}
