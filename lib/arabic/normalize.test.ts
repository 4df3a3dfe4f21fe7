import { describe, expect, it } from 'vitest';
import { foldDigits, normalize, normalizeWithMap, toOriginalRange } from './normalize';

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
});
