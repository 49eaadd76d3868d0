import { bytes, grouped, megabytesOfKb, microseconds, milliseconds, seconds, times, timesAgainst } from './format';

describe('table formats', () => {
  it('groups thousands', () => {
    expect(grouped(150000)).toBe('150,000');
  });

  it('shows milliseconds below ten seconds and seconds from ten seconds on', () => {
    expect(milliseconds(9999.4)).toBe('9,999 ms');
    expect(milliseconds(10000)).toBe('10.0 s');
  });

  it('shows seconds with one decimal', () => {
    expect(seconds(449)).toBe('0.4 s');
    expect(seconds(9050)).toBe('9.1 s');
  });

  it('shows a time per row with one decimal of microseconds', () => {
    expect(microseconds(3.456)).toBe('3.5 µs');
  });

  it('shows ratios with two decimals', () => {
    expect(times(1.2999)).toBe('1.30×');
  });

  it('shows a third decimal only where two would hide which side of its limit a ratio is on', () => {
    expect(timesAgainst(1.3)(1.3017)).toBe('1.302×');
    expect(timesAgainst(1.3)(1.2981)).toBe('1.298×');
    expect(timesAgainst(1.3)(1.3)).toBe('1.30×');
    expect(timesAgainst(1.3)(1.28)).toBe('1.28×');
  });

  it('shows kilobytes of resident memory as whole megabytes', () => {
    expect(megabytesOfKb(1_572_864)).toBe('1,536 MB');
  });

  it('shows byte counts in the largest unit that keeps them above one', () => {
    expect(bytes(1023)).toBe('1023 B');
    expect(bytes(1024)).toBe('1.0 KB');
    expect(bytes(4 * 1024 * 1024)).toBe('4.00 MB');
  });
});
