import { entry, ref } from './fixtures';
import { entriesInSheetOrder, inSheetOrder } from './sheet-order';

describe('inSheetOrder', () => {
  it('orders rows by sheet row without changing the input', () => {
    const rows = [{ ref: ref('考勤', 9) }, { ref: ref('考勤', 2) }, { ref: ref('考勤', 5) }];
    expect(inSheetOrder(rows).map((row) => row.ref.row)).toEqual([2, 5, 9]);
    expect(rows.map((row) => row.ref.row)).toEqual([9, 2, 5]);
  });
});

describe('entriesInSheetOrder', () => {
  it('puts Violations before Merits, each by row', () => {
    const rows = [
      entry({ sheet: 'merits', ref: ref('加分', 2) }),
      entry({ sheet: 'violations', ref: ref('违规', 7) }),
      entry({ sheet: 'violations', ref: ref('违规', 3) }),
    ];
    expect(entriesInSheetOrder(rows).map((row) => `${row.ref.sheet}${row.ref.row}`)).toEqual(['违规3', '违规7', '加分2']);
  });
});
