import { describe, expect, it } from 'vitest';
import { anchorText } from './anchor-text';

const body = 'مقدمة الخبر.\nقال وزير الخارجية إن العلاقات جيدة جداً مع الجيران. ثم أضاف أن الزيارة ناجحة.\nوقال وزير الخارجية إن العلاقات جيدة جداً مع الجيران في ختام المؤتمر.';
const text = 'وزير الخارجية إن العلاقات جيدة جداً مع الجيران';

describe('anchorText', () => {
  it('uses the saved position when the words are still there', () => {
    const start = body.indexOf(text);
    expect(anchorText(body, { text, prefix: '', suffix: '', position: { start, end: start + text.length } })).toEqual({ start, end: start + text.length, how: 'position' });
  });

  it('else picks the occurrence whose context matches', () => {
    const second = body.lastIndexOf(text);
    const a = anchorText(body, { text, prefix: 'الزيارة ناجحة.\nوقال ', suffix: ' في ختام', position: { start: 0, end: 5 } });
    expect(a).toEqual({ start: second, end: second + text.length, how: 'context' });
  });

  it('else finds the words with different diacritics and spacing', () => {
    const changed = body.replace('ثم أضاف أن', 'ثمَّ  أضافَ أنّ');
    const a = anchorText(changed, { text: 'ثم أضاف أن الزيارة', prefix: '', suffix: '', position: null })!;
    expect(changed.slice(a.start, a.end)).toBe('ثمَّ  أضافَ أنّ الزيارة');
    expect(a.how).toBe('fuzzy');
  });

  it('else matches fuzzily when a word changed', () => {
    const saved = 'أكد رئيس الوزراء في مؤتمر صحفي عقده اليوم في العاصمة أن الحكومة ماضية في خطتها الاقتصادية';
    const page = `خبر.\nأكد رئيس الوزراء خلال مؤتمر صحفي عقده اليوم في العاصمة أن الحكومة ماضية في خطتها الاقتصادية الجديدة.`;
    const a = anchorText(page, { text: saved, prefix: '', suffix: '', position: null })!;
    expect(a.how).toBe('fuzzy');
    expect(page.slice(a.start, a.end)).toContain('خلال مؤتمر صحفي');
  });

  it('returns null when the passage is gone', () => {
    expect(anchorText(body, { text: 'نص لم يعد في الصفحة أبداً ولا يشبه شيئاً مما فيها على الإطلاق', prefix: '', suffix: '', position: null })).toBeNull();
  });
});
