import { describe, expect, it } from 'vitest';
import { canon } from './grain';

describe('canon (values at their grain)', () => {
  it('a month is its interval of days, never its first day', () => {
    expect(canon('2016-11')).toBe('I:2016-11-01/2016-12-01');
    expect(canon('2016-11')).toBe(canon('2016-11-01/2016-12-01'));
    expect(canon('2016-11')).not.toBe(canon('2016-11-01'));
  });
  it('a day, a year, a year interval and a minute', () => {
    expect(canon('2016-12-31')).toBe('I:2016-12-31/2017-01-01');
    expect(canon('2016')).toBe('I:2016-01-01/2017-01-01');
    expect(canon('1970/1980')).toBe('I:1970-01-01/1980-01-01');
    expect(canon('2016-11-07 20:30:00')).toBe('T:2016-11-07T20:30');
    expect(canon('soon')).toBeNull();
  });
});
