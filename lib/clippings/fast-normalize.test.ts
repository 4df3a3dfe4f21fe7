import { describe, expect, it } from 'vitest';
import { normalize } from '../arabic/normalize';
import { fastNormalize } from './fast-normalize';

describe('fastNormalize', () => {
  it('gives exactly what normalize() gives', () => {
    const samples = [
      'قالَ الوزيــرُ إنّ «الأمم المتحدة» أعلنت في ١٠/٠١/٢٠٢٣ أنّ مستشفى المدينة… ۱۲۳ پ چ ژ ڤ ک گ ی ۃ ؤ ئ آ إ أ ٱ',
      '\u200Fمرحبا\u200E \u2066x\u2069 \uFEFF ـــ ً ٌ ٍ َ ُ ِ ّ ْ ٰ ۖ',
      'Latin, emoji 😀 𝐀 and CJK 漢字',
      '',
    ];
    // Every BMP code unit once, plus surrogate pairs.
    let all = '';
    for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) all += String.fromCharCode(c);
    samples.push(all, '😀𝐀'.repeat(10), `${'نص '.repeat(40)}\uD800 وحيد \uDC00`);
    for (const s of samples) expect(fastNormalize(s)).toBe(normalize(s));
  });
});
