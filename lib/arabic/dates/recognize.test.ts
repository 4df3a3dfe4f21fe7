import { describe, expect, it } from 'vitest';
import { recognizeDates } from './recognize';
import { DATE_CASES, REF } from '../../../tests/dates/cases';
import { HELDOUT2_CASES, HELDOUT2_REF, HELDOUT3_CASES, HELDOUT3_REF, HELDOUT4_CASES, HELDOUT4_REF, HELDOUT_CASES, HELDOUT_REF } from '../../../tests/dates/heldout';

const spans = (text: string, ref = REF) => recognizeDates(text, ref).map((s) => ({ text: s.text, value: s.value, calendar: s.calendar }));

describe('recognizeDates: one example per form (cases.ts)', () => {
  for (const c of DATE_CASES) {
    it(`${c.form}: ${c.text}`, () => {
      expect(spans(c.text, c.ref ?? REF)).toEqual(c.expect);
    });
  }
});

describe('recognizeDates: held-out sentences (regressions once fixed)', () => {
  for (const [list, ref] of [[HELDOUT_CASES, HELDOUT_REF], [HELDOUT2_CASES, HELDOUT2_REF], [HELDOUT3_CASES, HELDOUT3_REF], [HELDOUT4_CASES, HELDOUT4_REF]] as const) {
    for (const c of list) {
      it(`${c.form}: ${c.text}`, () => {
        expect(spans(c.text, c.ref ?? ref)).toEqual(c.expect);
      });
    }
  }
});

describe('recognizeDates: offsets and conventions', () => {
  it('reports offsets into the original text, diacritics and tatweel included', () => {
    const text = 'صدر القرار غداً في 22 شعبان 1444هـ';
    for (const s of recognizeDates(text, REF)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(recognizeDates(text, REF).map((s) => s.text)).toEqual(['غداً', '22 شعبان 1444هـ']);
  });

  it('strips a clitic from the span: وأمس, بالأمس', () => {
    expect(spans('وأمس أعلنت الوزارة')).toEqual([{ text: 'أمس', value: '2023-03-14', calendar: 'gregorian' }]);
    expect(spans('قال بالأمس')).toEqual([{ text: 'الأمس', value: '2023-03-14', calendar: 'gregorian' }]);
  });

  it('a bare weekday on the reference weekday is the reference day; الماضي is a week earlier', () => {
    expect(spans('وقال الأربعاء', '2023-03-15')[0]!.value).toBe('2023-03-15');
    expect(spans('الأربعاء الماضي', '2023-03-15')[0]!.value).toBe('2023-03-08');
  });

  it('day and month without a year take the nearest year across a year boundary', () => {
    expect(spans('في 3 يناير', '2022-12-28')[0]!.value).toBe('2023-01-03');
    expect(spans('في 30 ديسمبر', '2023-01-04')[0]!.value).toBe('2022-12-30');
  });

  it('a week is Monday/next Monday, also from a Sunday reference', () => {
    expect(spans('هذا الأسبوع', '2023-03-19')[0]!.value).toBe('2023-03-13/2023-03-20');
  });

  it('a Hijri day without a year takes the nearest Hijri year', () => {
    expect(spans('في 27 رمضان', '2023-03-15')).toEqual([{ text: '27 رمضان', value: '2023-04-18', calendar: 'hijri' }]);
  });

  it('a 30th the Umm al-Qura month lacks is the day after the 29th', () => {
    expect(spans('30-02-1433')[0]!.value).toBe('2012-01-24');
  });

  it('month/day order is swapped only when the day cannot be a month', () => {
    expect(spans('4/22/2016')[0]!.value).toBe('2016-04-22');
    expect(spans('04/05/2016')[0]!.value).toBe('2016-05-04');
  });

  it('a recurring "day month of every year" is not a date', () => {
    expect(spans('يحتفل به في 5 جويلية من كل عام')).toEqual([]);
  });

  it('refuses a reference date it cannot read, accepts one with a time', () => {
    expect(() => recognizeDates('أمس', '15/03/2023')).toThrow(RangeError);
    expect(spans('أمس', '2023-03-15T23:30:00Z')[0]!.value).toBe('2023-03-14');
  });

  it('text without Arabic letters or digits returns nothing', () => {
    expect(recognizeDates('Hello world', REF)).toEqual([]);
  });
});

describe('recognizeDates: scrambled input', () => {
  it('every span slices the text and carries a readable value', () => {
    const pieces = ['12', '١٤', '/', '-', ':', ' ', '،', 'مارس', 'آذار', 'رمضان', 'هـ', 'م', 'الخميس', 'أمس', 'الساعة', 'الثامنة', 'مساء', 'منذ', 'عام', '2023', '1444', 'الموافق', 'إلى', 'الماضي', '(', '\u200f', 'مطلع', 'الشهر', 'صفر', '30', 'فبراير', '\u0000'];
    let seed = 7;
    const rnd = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 16) % n;
    };
    let seen = 0;
    for (let i = 0; i < 2000; i++) {
      let t = '';
      for (let j = 0, len = 1 + rnd(12); j < len; j++) t += pieces[rnd(pieces.length)];
      for (const s of recognizeDates(t, i % 2 ? '2023-03-15' : '1990-01-01')) {
        seen++;
        expect(t.slice(s.start, s.end)).toBe(s.text);
        expect(s.value).toMatch(/^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2})?)?)?(?:\/\d{4}(?:-\d{2}(?:-\d{2})?)?)?$/);
      }
    }
    expect(seen).toBeGreaterThan(20);
  });
});
