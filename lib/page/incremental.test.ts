import { describe, expect, it } from 'vitest';
import { mergeTail } from './incremental';
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
