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

describe('formatDateValue: issue 15 values', () => {
  it('a time with its written zone', () => {
    expect(formatDateValue('2024-10-16T19:00Z', 'gregorian', 'ar')).toBe('الأربعاء 16 أكتوبر 2024، 19:00 بتوقيت غرينتش — 13 ربيع الآخر 1446 هـ');
    expect(formatDateValue('2024-10-16T09:00+03:00', 'gregorian', 'en')).toBe('Wednesday 16 October 2024, 09:00 GMT+3 — 13 Rabi al-Thani 1446 AH');
  });
  it('a holiday by its name, in both calendars', () => {
    expect(formatDateValue('2025-03-30', 'hijri', 'ar')).toBe('عيد الفطر — 1 شوال 1446 هـ — الأحد 30 مارس 2025');
    expect(formatDateValue('2025-03-30', 'hijri', 'en')).toBe('Eid al-Fitr — 1 Shawwal 1446 AH — Sunday 30 March 2025');
    expect(formatDateValue('2024-12-25', 'gregorian', 'en')).toBe('Christmas — Wednesday 25 December 2024 — 24 Jumada al-Akhirah 1446 AH');
  });
  it('intervals of years and of months', () => {
    expect(formatDateValue('1800/1900', 'gregorian', 'ar')).toBe('1800–1899');
    expect(formatDateValue('2011/2013', 'gregorian', 'en')).toBe('2011–2012');
    expect(formatDateValue('2024-10/2025-01', 'gregorian', 'ar')).toBe('أكتوبر – ديسمبر 2024 — 28 ربيع الأول – 30 جمادى الآخرة 1446 هـ');
    expect(formatDateValue('2024-11/2025-03', 'gregorian', 'en')).toBe('November 2024 – February 2025 — 29 Rabi al-Thani – 29 Shaban 1446 AH');
  });
});
