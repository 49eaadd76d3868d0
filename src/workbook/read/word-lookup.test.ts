import { attendanceStatusWords, roleWords } from '../schema';
import { wordLookup } from './word-lookup';

describe('wordLookup', () => {
  const status = wordLookup(attendanceStatusWords);

  it('finds every word of the table under its key', () => {
    expect(status('出勤')).toBe('present');
    expect(status('正常')).toBe('present');
    expect(status('缺勤')).toBe('absent');
    expect(status('请假')).toBe('leave');
    expect(status('休息')).toBe('rest');
  });

  it('compares normalised: case, spaces and full-width letters do not matter', () => {
    expect(status(' ABSENT ')).toBe('absent');
    expect(status('ｌｅａｖｅ')).toBe('leave');
    expect(wordLookup(roleWords)('Team  Lead')).toBe('teamLead');
  });

  it('answers undefined for a word not in the table, also when asked again', () => {
    expect(status('迟到')).toBeUndefined();
    expect(status('迟到')).toBeUndefined();
  });
});
