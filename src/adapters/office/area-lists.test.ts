import { areaLists, MAX_AREA_LIST_LENGTH } from './area-lists';

/** `count` row runs of seven characters each: `100:101`, `103:104`, … */
function sevenCharacterRuns(count: number, value = 30) {
  return Array.from({ length: count }, (_, i) => ({ address: `${100 + 3 * i}:${101 + 3 * i}`, value }));
}

describe('areaLists', () => {
  it('joins the runs of one value with commas, one list per value, in the order the values first appear', () => {
    const runs = [
      { address: '3:5', value: 30 },
      { address: '7:7', value: 45 },
      { address: '9:9', value: 30 },
      { address: '12:20', value: 30 },
      { address: '22:22', value: 45 },
    ];
    expect(areaLists(runs)).toEqual([
      { address: '3:5,9:9,12:20', value: 30 },
      { address: '7:7,22:22', value: 45 },
    ]);
  });

  it('keeps a list of exactly 255 characters whole', () => {
    // 32 runs of 7 characters and 31 commas.
    const lists = areaLists(sevenCharacterRuns(32));
    expect(MAX_AREA_LIST_LENGTH).toBe(255);
    expect(lists.map((list) => list.address.length)).toEqual([255]);
  });

  it('starts a new list where one more run would make 256 characters', () => {
    // 31 runs of 7 characters, one of 8 and 31 commas.
    const runs = [...sevenCharacterRuns(31), { address: '990:9991', value: 30 }];
    expect(areaLists(runs).map((list) => list.address.length)).toEqual([247, 8]);
  });

  it('loses no run and repeats none, whatever the number of lists', () => {
    const runs = [...sevenCharacterRuns(500, 30), ...sevenCharacterRuns(90, 45).map((run) => ({ ...run, address: `${run.address}0` }))];
    const lists = areaLists(runs);
    expect(lists.length).toBeGreaterThan(2);
    expect(lists.every((list) => list.address.length <= MAX_AREA_LIST_LENGTH)).toBe(true);
    const listed = lists.flatMap((list) => list.address.split(',').map((address) => ({ address, value: list.value })));
    expect(listed).toEqual([...runs.filter((run) => run.value === 30), ...runs.filter((run) => run.value === 45)]);
  });

  it('takes a limit, and makes a list of an address longer than the limit by itself', () => {
    expect(areaLists(sevenCharacterRuns(3), 15).map((list) => list.address)).toEqual(['100:101,103:104', '106:107']);
    expect(areaLists([{ address: 'A1:B2', value: 'x' }, { address: 'C3', value: 'x' }], 4).map((list) => list.address)).toEqual(['A1:B2', 'C3']);
  });
});
