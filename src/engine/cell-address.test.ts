import { cellAddress } from './cell-address';
import { ref } from './fixtures';

describe('cellAddress', () => {
  it('names a field’s cell with its sheet', () => {
    expect(cellAddress(ref('考勤', 12), 'shift')).toBe('考勤!C12');
  });
});
