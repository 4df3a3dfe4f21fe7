import { describe, expect, it } from 'vitest';
import { WORD_RE, words, entityKey } from './keys';

describe('words', () => {
  it('splits exactly as the Unicode word pattern does', () => {
    const samples = [
      'قال الوزيــر: «إنّ العلاقات، جيدة؟» (٢٠٢٣) — نعم؛ 45٪ من ...',
      'Mixed العربية and English, with digits 123 and émigré café.',
      'ZWNJ: می‌خواهم؛ emoji 😀 and 𝐀 math; Quranic ۝ marks ۞',
      '',
    ];
    for (const s of samples) {
      const expected = [...s.matchAll(WORD_RE)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
      expect(words(s)).toEqual(expected);
    }
  });

  it('gives one key to an entity across spellings', () => {
    expect(entityKey('إبراهيم الجعفريّ')).toBe(entityKey('ابراهيم جعفري'));
    expect(entityKey('فؤاد حسين')).not.toBe(entityKey('واد حسين'));
  });
});
