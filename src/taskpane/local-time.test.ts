import { localTime } from './local-time';

describe('localTime', () => {
  const iso = new Date(2026, 11, 1, 9, 5).toISOString();

  it('shows an ISO timestamp as a local date and 24-hour time', () => {
    expect(localTime(iso, 'en')).toBe('01/12/2026, 09:05');
    expect(localTime(iso, 'zh')).toBe('2026/12/01 09:05');
  });

  it('shows text that is not a timestamp unchanged', () => {
    expect(localTime('yesterday', 'en')).toBe('yesterday');
  });
});
