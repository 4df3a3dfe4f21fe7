import { describe, expect, it } from 'vitest';
import { analyzedPart, FIRST_PART_CHARS, firstPartEnd } from './caps';

describe('analyzedPart', () => {
  it('keeps a body under the cap whole', () => {
    expect(analyzedPart('نص قصير', 100)).toEqual({ text: 'نص قصير', capped: false });
  });

  it('cuts a body beyond the cap at a break before it, never inside a word', () => {
    const text = 'كلمة '.repeat(100);
    const r = analyzedPart(text, 52);
    expect(r.capped).toBe(true);
    expect(r.text.length).toBeLessThanOrEqual(52);
    expect(text.startsWith(r.text)).toBe(true);
    expect(r.text.endsWith('كلمة')).toBe(true);
  });
});

const words = (n: number): string => Array.from({ length: n }, (_, i) => `كلمة${i}`).join(' ');

describe('firstPartEnd', () => {
  it('is the whole of a body under three first parts (one request)', () => {
    const text = 'أ'.repeat(FIRST_PART_CHARS * 3 - 1);
    expect(firstPartEnd(text)).toBe(text.length);
  });

  it('ends at the first paragraph break past a screenful', () => {
    const text = `${words(300)}\n${words(300)}\n${words(2000)}`;
    const end = firstPartEnd(text);
    expect(text[end]).toBe('\n');
    expect(end).toBeGreaterThanOrEqual(FIRST_PART_CHARS);
    expect(end).toBeLessThanOrEqual(FIRST_PART_CHARS * 2);
  });

  it('ends at a word break when no paragraph ends near, never inside a word', () => {
    const text = words(3000);
    const end = firstPartEnd(text);
    expect(text[end]).toBe(' ');
    expect(end).toBeLessThanOrEqual(FIRST_PART_CHARS * 2);
  });
});
