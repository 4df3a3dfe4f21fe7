import { describe, expect, it } from 'vitest';
import { highlightName, setMark } from './paint';

/** A window with just enough of the Highlight API to watch what is registered. */
function fakeWindow() {
  class Highlight { priority = 0; readonly ranges: Range[]; constructor(...r: Range[]) { this.ranges = r; } }
  const highlights = new Map<string, Highlight>();
  return { win: { Highlight, CSS: { highlights } } as unknown as Window & typeof globalThis, highlights };
}

describe('setMark', () => {
  it('registers the keyboard place over the kinds, and removes it when empty', () => {
    const { win, highlights } = fakeWindow();
    const r = document.createRange();
    setMark('focus', [r], win);
    expect(highlights.get(highlightName('focus'))).toMatchObject({ priority: 3, ranges: [r] });
    setMark('focus', [], win);
    expect(highlights.has(highlightName('focus'))).toBe(false);
  });

  it('does nothing without the Highlight API', () => {
    expect(() => setMark('focus', [document.createRange()], {} as Window & typeof globalThis)).not.toThrow();
  });
});
