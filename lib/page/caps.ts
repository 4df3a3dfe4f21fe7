/**
 * How much of a page is analyzed. A body beyond the cap (a book-length page, a dump of text) is
 * analyzed and painted from its beginning only, and the control says so, rather than the worker
 * and the page's main thread spending seconds on it.
 */
export const MAX_ANALYZED_CHARS = 300_000;

/** The part of a body's text that is analyzed, and whether the page was beyond the cap. */
export function analyzedPart(text: string, max = MAX_ANALYZED_CHARS): { text: string; capped: boolean } {
  if (text.length <= max) return { text, capped: false };
  // End at a line or word break before the cap, so no word is cut in two.
  const cut = Math.max(text.lastIndexOf('\n', max), text.lastIndexOf(' ', max));
  return { text: text.slice(0, cut > max / 2 ? cut : max), capped: true };
}
