import { describe, expect, it } from 'vitest';
import { formatDateValue } from './format';

describe('formatDateValue', () => {
  it('a day in both calendars, written calendar first', () => {
    expect(formatDateValue('2023-04-06', 'gregorian', 'ar')).toBe('الخميس 6 أبريل 2023 — 15 رمضان 1444 هـ');
    expect(formatDateValue('2023-04-06', 'hijri', 'ar')).toBe('15 رمضان 1444 هـ — الخميس 6 أبريل 2023');
    expect(formatDateValue('2023-04-06', 'gregorian', 'en')).toBe('Thursday 6 April 2023 — 15 Ramadan 1444 AH');
  });
  it('a day with a time', () => {
    expect(formatDateValue('2023-04-06T20:30', 'gregorian', 'ar')).toBe('الخميس 6 أبريل 2023، 20:30 — 15 رمضان 1444 هـ');
  });
  it('a month and a year', () => {
    expect(formatDateValue('2023-04', 'gregorian', 'en')).toBe('April 2023 — 10 Ramadan – 10 Shawwal 1444 AH');
    expect(formatDateValue('2023', 'gregorian', 'ar')).toBe('2023 — 1444–1445 هـ');
  });
  it('a week interval (end exclusive) and a Hijri month interval', () => {
    expect(formatDateValue('2023-03-13/2023-03-20', 'gregorian', 'ar')).toBe('13–19 مارس 2023 — 21–27 شعبان 1444 هـ');
    expect(formatDateValue('2023-03-23/2023-04-21', 'hijri', 'ar')).toBe('رمضان 1444 هـ — 23 مارس – 20 أبريل 2023');
  });
  it('an unknown shape comes back unchanged', () => {
    expect(formatDateValue('soon', 'gregorian', 'en')).toBe('soon');
  });
});
