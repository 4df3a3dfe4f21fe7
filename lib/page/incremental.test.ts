import { describe, expect, it } from 'vitest';
import { mergeChange, mergeTail } from './incremental';
import { spansAt } from './paint';
import type { Span } from '../arabic/types';

const span = (kind: Span['kind'], start: number, end: number): Span => ({ kind, start, end, text: '' });

describe('mergeTail', () => {
  it('re-reads from the last old paragraph when text was appended, keeping earlier spans', () => {
    const spans = [span('place', 0, 5), span('person', 12, 16)];
    expect(mergeTail('بغداد اليوم\nقال فؤاد', 'بغداد اليوم\nقال فؤاد حسين\nفقرة جديدة', spans)).toEqual({ from: 12, kept: [spans[0]] });
  });

  it('gives up (full re-analysis) when the text changed in the middle', () => {
    expect(mergeTail('أ ب ج', 'أ د ج', [])).toBeNull();
  });
});

describe('spansAt', () => {
  it('answers the spans over an offset, innermost first', () => {
    const quote = span('quote', 0, 30);
    const person = span('person', 5, 9);
    expect(spansAt([quote, person], 6)).toEqual([person, quote]);
    expect(spansAt([quote, person], 9)).toEqual([quote]);
    expect(spansAt([quote, person], 30)).toEqual([]);
  });
});

describe('mergeChange', () => {
  const span = (text: string, start: number): Span => ({ kind: 'place', start, end: start + text.length, text });
  it('re-reads only the paragraph that changed in the middle, and moves the spans after it', () => {
    const old = 'بغداد مدينة.\nخبر عاجل 1\nالقاهرة مدينة.';
    const neu = 'بغداد مدينة.\nخبر عاجل رقم 22\nالقاهرة مدينة.';
    const cairo = old.indexOf('القاهرة');
    const m = mergeChange(old, neu, [span('بغداد', 0), span('القاهرة', cairo)])!;
    expect(neu.slice(m.from, m.to)).toBe('خبر عاجل رقم 22');
    expect(m.kept.map((x) => neu.slice(x.start, x.end))).toEqual(['بغداد', 'القاهرة']);
  });
  it('handles appended and removed text', () => {
    const old = 'أ\nب';
    expect(mergeChange(old, 'أ\nب\nج', [])).toMatchObject({ from: 2, to: 5 });
    const m = mergeChange('أ\nب\nج\nد', 'أ\nج\nد', [span('د', 6)])!;
    expect('أ\nج\nد'.slice(m.from, m.to)).toBe('ج');
    expect(m.kept).toEqual([span('د', 4)]);
  });
  it('gives nothing to keep for the same or a new text', () => {
    expect(mergeChange('نص', 'نص', [])).toBeNull();
    expect(mergeChange('', 'نص', [])).toBeNull();
  });
});
