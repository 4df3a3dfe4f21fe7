import { describe, expect, it } from 'vitest';
import { highlightName, setMark } from './paint';

/** A window with just enough of the Highlight API to watch what is registered. */
function fakeWindow() {
  class Highlight { priority = 0; readonly ranges: Range[]; constructor(...r: Range[]) { this.ranges = r; } }
  const highlights = new Map<string, Highlight>();
  return { win: { Highlight, CSS: { highlights } } as unknown as Window & typeof globalThis, highlights };
}

describe('setMark', () => {
  it('registers saved passages and the keyboard place over the kinds, and removes them when empty', () => {
    const { win, highlights } = fakeWindow();
    const r = document.createRange();
    setMark('saved', [r, r], win);
    setMark('focus', [r], win);
    expect(highlights.get(highlightName('saved'))).toMatchObject({ priority: 2, ranges: [r, r] });
    expect(highlights.get(highlightName('focus'))).toMatchObject({ priority: 3, ranges: [r] });
    setMark('focus', [], win);
    expect(highlights.has(highlightName('focus'))).toBe(false);
    expect(highlights.has(highlightName('saved'))).toBe(true);
  });

  it('does nothing without the Highlight API', () => {
    expect(() => setMark('saved', [document.createRange()], {} as Window & typeof globalThis)).not.toThrow();
  });
});
