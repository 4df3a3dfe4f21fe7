import { describe, expect, it } from 'vitest';
import { FIRST_PART_CHARS, firstPartEnd } from './first-part';

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
