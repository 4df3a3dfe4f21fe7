import { describe, expect, it } from 'vitest';
import { foldDigits, isIgnorable, normalize, normalizeWithMap, toOriginalRange } from './normalize';

describe('normalize', () => {
  it('removes diacritics, tatweel and direction marks', () => {
    expect(normalize('الجعفريّ')).toBe('الجعفري');
    expect(normalize('العراقـيَّة')).toBe('العراقيه');
    expect(normalize('\u200f١٤\u200f/٠٣')).toBe('14/03');
  });
  it('folds alef, hamza, ya, ta marbuta and Persian letters', () => {
    expect(normalize('إبراهيم أحمد آل')).toBe('ابراهيم احمد ال');
    expect(normalize('مصطفى')).toBe('مصطفي');
    expect(normalize('مدينة')).toBe('مدينه');
    expect(normalize('البيشمرگة')).toBe('البيشمركه');
    expect(normalize('کردی')).toBe('كردي');
  });
  it('folds Arabic-Indic and Persian digits', () => {
    expect(foldDigits('٢٠٢٣ ۱۴۰۲')).toBe('2023 1402');
  });
  it('maps normalized offsets back to the original', () => {
    const original = 'قال الجعفريّ أمس';
    const n = normalizeWithMap(original);
    const at = n.text.indexOf('الجعفري');
    const [s, e] = toOriginalRange(n, at, at + 'الجعفري'.length);
    expect(original.slice(s, e)).toBe('الجعفري');
  });
  it('keeps long texts and lone surrogates intact, and agrees with its offset map', () => {
    const long = 'قالَ الوزيـرُ إنَّ ٢٠٢٣ '.repeat(200);
    expect(normalize(long)).toBe('قال الوزير ان 2023 '.repeat(200));
    expect(normalizeWithMap(long).text).toBe(normalize(long));
    const odd = 'نص \uD800 مكسور 😀 '.repeat(4);
    expect(normalize(odd)).toBe(odd);
  });
  it('drops exactly the diacritics, tatweel and invisible marks, and keeps every other code unit or its fold', () => {
    // The table is built from code-unit ranges; this is the rule written as character classes.
    const dropped = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF]/;
    const folds = normalize('أإآٱٲٳىیېۍئةۃەہھؤکگڪپچژڤڨ٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹');
    expect(folds).toBe('اااااايييييهههههوكككبجزفق01234567890123456789');
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isIgnorable(ch) !== dropped.test(ch)) wrong.push(c);
      else if (!dropped.test(ch) && !'أإآٱٲٳىیېۍئةۃەہھؤکگڪپچژڤڨ٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹'.includes(ch) && normalize(`ا${ch}ا`) !== `ا${ch}ا` && !(c >= 0xd800 && c <= 0xdfff)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });
});
