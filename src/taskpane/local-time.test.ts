import { localTime } from './local-time';

describe('localTime', () => {
  it('shows an ISO timestamp as a local date and 24-hour time', () => {
    expect(localTime(new Date(2026, 11, 1, 9, 5).toISOString())).toBe('2026-12-01 09:05');
    expect(localTime(new Date(2026, 0, 31, 21, 59, 59).toISOString())).toBe('2026-01-31 21:59');
  });

  it('shows text that is not a timestamp unchanged', () => {
    expect(localTime('yesterday')).toBe('yesterday');
  });
});
