import { describe, expect, it } from 'vitest';
import { normalizeWithMap } from '../normalize';
import { fastNormalizeWithMap } from './fastnorm';

describe('fastNormalizeWithMap', () => {
  it('gives exactly what normalizeWithMap gives', () => {
    const samples = [
      'قالَ الوزيرُ غداً في ١٤/٠٣/٢٠٢٣ و۱۴ مـارس \u200f12\u200f/3\u200f/2023\uFEFF — إلى ئؤة ى گ',
      'Latin text, emoji 😀 and ﻫ presentation forms',
      '',
    ];
    let all = '';
    for (let c = 0x0600; c < 0x0700; c++) all += String.fromCharCode(c);
    for (let c = 0x2000; c < 0x2070; c++) all += String.fromCharCode(c);
    samples.push(all);
    for (const s of samples) {
      const a = normalizeWithMap(s);
      const b = fastNormalizeWithMap(s);
      expect(b.text).toBe(a.text);
      expect(Array.from(b.map)).toEqual(Array.from(a.map));
    }
  });
});
