import { createFakeOffice, type FakeOffice } from './index';

type Context = Excel.RequestContext;

function fakeWith(rows: (string | number | boolean | null)[][] = [], options = {}): FakeOffice {
  return createFakeOffice({ workbook: { sheets: [{ name: 'Data', rows }, { name: 'Other' }] }, ...options });
}

/** Runs a batch against the fake, typed as Office.js code would be. */
function run<T>(fake: FakeOffice, batch: (context: Context) => Promise<T>): Promise<T> {
  return fake.Excel.run((context) => batch(context as unknown as Context));
}

async function cellValues(fake: FakeOffice, address: string): Promise<unknown[][]> {
  return run(fake, async (context) => {
    const range = context.workbook.worksheets.getItem('Data').getRange(address).load('values');
    await context.sync();
    return range.values;
  });
}

describe('the fake Excel request model', () => {
  it('throws PropertyNotLoaded when a property is read before load and sync', async () => {
    const fake = fakeWith([['a']]);
    await run(fake, async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('A1');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([['a']]);
    });
  });

  it('applies queued writes only at sync', async () => {
    const fake = fakeWith();
    await run(fake, async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('A1').values = [[5]];
      expect(fake.snapshot().sheets[0].cells).toEqual({});
      await context.sync();
      expect(fake.snapshot().sheets[0].cells.A1).toEqual({ value: 5 });
    });
  });

  it('sends what a batch leaves queued when Excel.run ends', async () => {
    const fake = fakeWith();
    await run(fake, async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('B2').values = [['x']];
    });
    expect(fake.syncCount()).toBe(1);
    expect(fake.snapshot().sheets[0].cells.B2).toEqual({ value: 'x' });
  });

  it('counts every sync and measures each request', async () => {
    const fake = fakeWith();
    await run(fake, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      sheet.getRange('A1').values = [['short']];
      await context.sync();
      sheet.getRange('A1:A2').values = [['a much longer text than before'], ['and another']];
      await context.sync();
    });
    expect(fake.syncCount()).toBe(2);
    expect(fake.syncs[1].requestBytes).toBeGreaterThan(fake.syncs[0].requestBytes);
    expect(fake.largestRequestBytes()).toBe(fake.syncs[1].requestBytes);
  });

  it('counts request bytes as UTF-8, three per Chinese character', async () => {
    const ascii = fakeWith();
    const chinese = fakeWith();
    await run(ascii, async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('A1').values = [['abcd']];
    });
    await run(chinese, async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('A1').values = [['考勤明细']];
    });
    expect(chinese.syncs[0].requestBytes - ascii.syncs[0].requestBytes).toBe(8);
  });

  it('refuses a request over 5 MB whole, leaving the workbook untouched', async () => {
    const fake = fakeWith();
    const before = fake.snapshot();
    const big = Array.from({ length: 60_000 }, (_, i) => [`row ${i} ${'x'.repeat(80)}`]);
    await expect(
      run(fake, async (context) => {
        const sheet = context.workbook.worksheets.getItem('Data');
        sheet.getRange('B1').values = [['first']];
        sheet.getRange(`A1:A${big.length}`).values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(fake.snapshot()).toEqual(before);
  });

  it('accepts a request just under the limit it is given', async () => {
    const fake = fakeWith([], { requestLimitBytes: 2_000 });
    await run(fake, async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('A1').values = [['x'.repeat(1_800)]];
    });
    expect(fake.syncs[0].requestBytes).toBeLessThanOrEqual(2_000);
    expect(fake.syncs[0].failed).toBeUndefined();
  });

  it('refuses a response over the limit', async () => {
    const fake = fakeWith([['x'.repeat(3_000)]], { responseLimitBytes: 2_000 });
    await expect(cellValues(fake, 'A1')).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  it('stops a batch at the first failing operation, keeping the ones before it', async () => {
    const fake = fakeWith();
    await expect(
      run(fake, async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.getItem('Data').getRange('A1').values = [['kept']];
        sheets.getItem('Missing').getRange('A1').values = [['fails']];
        sheets.getItem('Data').getRange('A2').values = [['never']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    const cells = fake.snapshot().sheets[0].cells;
    expect(cells.A1).toEqual({ value: 'kept' });
    expect(cells.A2).toBeUndefined();
  });

  it('fails the chosen sync after the chosen number of operations', async () => {
    const fake = fakeWith();
    fake.failOnSync(2, { afterOperations: 1 });
    await expect(
      run(fake, async (context) => {
        const sheet = context.workbook.worksheets.getItem('Data');
        sheet.getRange('A1').values = [[1]];
        await context.sync();
        sheet.getRange('A2').values = [[2]];
        sheet.getRange('A3').values = [[3]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
    expect(Object.keys(fake.snapshot().sheets[0].cells)).toEqual(['A1', 'A2']);
    expect(fake.syncs.map((sync) => sync.failed)).toEqual([undefined, 'GeneralException']);
  });

  it('fails the next operation whose path matches, once', async () => {
    const fake = fakeWith();
    fake.failOnOperation('getRange(A2)');
    const write = (address: string) =>
      run(fake, async (context) => {
        context.workbook.worksheets.getItem('Data').getRange(address).values = [[1]];
      });
    await expect(write('A2')).rejects.toMatchObject({ code: 'GeneralException' });
    await expect(write('A2')).resolves.toBeUndefined();
  });

  it('refuses an API newer than the host supports', async () => {
    const fake = fakeWith([], { apiVersion: '1.8' });
    await expect(
      run(fake, async (context) => {
        context.workbook.application.suspendScreenUpdatingUntilNextSync();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    await expect(
      run(fake, async (context) => {
        context.workbook.application.suspendApiCalculationUntilNextSync();
        await context.sync();
      }),
    ).resolves.toBeUndefined();
  });
});

describe('the fake Excel cell semantics', () => {
  async function enter(value: unknown, numberFormat?: string): Promise<{ value: unknown; formula: unknown }> {
    const fake = fakeWith();
    return run(fake, async (context) => {
      const cell = context.workbook.worksheets.getItem('Data').getRange('A1');
      if (numberFormat) cell.numberFormat = [[numberFormat]];
      cell.values = [[value]];
      cell.load('values,formulas');
      await context.sync();
      return { value: cell.values[0][0], formula: cell.formulas[0][0] };
    });
  }

  it('turns text starting with = into a formula and shows its result', async () => {
    expect(await enter('=1+1')).toEqual({ value: 2, formula: '=1+1' });
  });

  it('keeps text starting with = as text in a cell formatted @', async () => {
    expect(await enter('=1+1', '@')).toEqual({ value: '=1+1', formula: '=1+1' });
  });

  it('turns text starting with @, + or - into a formula unless it is a number', async () => {
    expect(await enter('@SUM(A1)')).toEqual({ value: '#NAME?', formula: '=@SUM(A1)' });
    expect(await enter('+abc')).toEqual({ value: '#NAME?', formula: '=+abc' });
    expect(await enter('-5')).toEqual({ value: -5, formula: -5 });
  });

  it('reads digits typed as text as a number, except in a cell formatted @', async () => {
    expect((await enter('1001')).value).toBe(1001);
    expect((await enter('1001', '@')).value).toBe('1001');
  });

  it('reads TRUE, percentages and ISO dates as Excel does', async () => {
    expect((await enter('TRUE')).value).toBe(true);
    expect((await enter('50%')).value).toBe(0.5);
    expect((await enter('2026-11-03')).value).toBe(46329);
  });

  it('leaves a cell unchanged for null and empties it for ""', async () => {
    const fake = fakeWith([['keep', 'clear']]);
    await run(fake, async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('A1:B1').values = [[null, '']];
    });
    expect(fake.snapshot().sheets[0].cells).toEqual({ A1: { value: 'keep' } });
  });

  it('fills a range with a single value', async () => {
    const fake = fakeWith();
    await run(fake, async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('A1:B2');
      (range as unknown as { values: unknown }).values = 7;
    });
    expect(await cellValues(fake, 'A1:B2')).toEqual([
      [7, 7],
      [7, 7],
    ]);
  });

  it('refuses a matrix whose shape differs from the range', async () => {
    const fake = fakeWith();
    await expect(
      run(fake, async (context) => {
        context.workbook.worksheets.getItem('Data').getRange('A1:B2').values = [[1, 2]];
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('refuses numbers Excel cannot hold', async () => {
    await expect(enter(Number.NaN)).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('refuses cell-level properties on whole columns and rows, and reads them as null there', async () => {
    const fake = fakeWith([['a'], ['b']]);
    for (const address of ['A:A', '2:3']) {
      const failure = await run(fake, async (context) => {
        (context.workbook.worksheets.getItem('Data').getRange(address) as unknown as { numberFormat: unknown }).numberFormat = '@';
        await context.sync();
      }).catch((error: { code?: string }) => error.code);
      expect(failure).toBe('InvalidArgument');
    }
    const read = await run(fake, async (context) => {
      const column = context.workbook.worksheets.getItem('Data').getRange('A:A').load('values,numberFormat,address');
      await context.sync();
      return [column.values, column.numberFormat, column.address];
    });
    expect(read).toEqual([null, null, 'Data!A:A']);
  });

  it('refuses to read more than 5,000,000 cells of one range', async () => {
    const fake = fakeWith([['a']]);
    const failure = await run(fake, async (context) => {
      context.workbook.worksheets.getItem('Data').getRangeByIndexes(0, 0, 500_001, 10).load('values');
      await context.sync();
    }).catch((error: { message?: string }) => error.message);
    expect(failure).toMatch(/5000000 cells/);
  });

  it('reports the used range of values, or a null object for an empty sheet', async () => {
    const fake = fakeWith([[null, null], [null, 'x', 3]]);
    await run(fake, async (context) => {
      const used = context.workbook.worksheets.getItem('Data').getUsedRangeOrNullObject(true).load('address,values');
      const empty = context.workbook.worksheets.getItem('Other').getUsedRangeOrNullObject(true).load('address');
      await context.sync();
      expect(used.isNullObject).toBe(false);
      expect(used.address).toBe('Data!B2:C2');
      expect(used.values).toEqual([['x', 3]]);
      expect(empty.isNullObject).toBe(true);
    });
  });
});
