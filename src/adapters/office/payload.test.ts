import fc from 'fast-check';
import { estimateBytes, OPERATION_OVERHEAD_BYTES, packSteps, utf8Length } from './payload';

describe('utf8Length', () => {
  it('counts the bytes of any text as UTF-8 encodes it', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => utf8Length(text) === new TextEncoder().encode(text).length));
  });

  it('counts three bytes per Chinese character', () => {
    expect(utf8Length('考核')).toBe(6);
  });
});

describe('estimateBytes', () => {
  it('is the JSON of the arguments plus a fixed overhead per operation', () => {
    expect(estimateBytes([['a', 1]], 2)).toBe('[["a",1]]'.length + 2 * OPERATION_OVERHEAD_BYTES);
  });
});

describe('packSteps', () => {
  const steps = fc.array(fc.record({ bytes: fc.integer({ min: 0, max: 3_000 }) }), { maxLength: 60 });

  it('keeps every step, in order', () => {
    fc.assert(fc.property(steps, (input) => expect(packSteps(input, 2_000).flat()).toEqual(input)));
  });

  it('keeps each batch within the budget unless it holds a single larger step', () => {
    fc.assert(
      fc.property(steps, (input) =>
        packSteps(input, 2_000).every((batch) => batch.length === 1 || batch.reduce((sum, step) => sum + step.bytes, 0) <= 2_000),
      ),
    );
  });

  it('closes a batch only when the next step would not fit', () => {
    fc.assert(
      fc.property(steps, (input) => {
        const batches = packSteps(input, 2_000);
        return batches.slice(0, -1).every((batch, index) => {
          const size = batch.reduce((sum, step) => sum + step.bytes, 0);
          return size + batches[index + 1][0].bytes > 2_000;
        });
      }),
    );
  });

  it('puts everything in one batch when it fits', () => {
    expect(packSteps([{ bytes: 1_000 }, { bytes: 1_000 }], 2_000)).toHaveLength(1);
    expect(packSteps([{ bytes: 1_000 }, { bytes: 1_001 }], 2_000)).toHaveLength(2);
  });
});
