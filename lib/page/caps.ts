/**
 * How much of a page is analyzed. A body beyond the cap (a book-length page, a dump of text) is
 * analyzed and painted from its beginning only, and the control says so, rather than the worker
 * and the page's main thread spending seconds on it. A long body's first screenful is analyzed
 * first (firstPartEnd, below).
 */
export const MAX_ANALYZED_CHARS = 300_000;

/** The part of a body's text that is analyzed, and whether the page was beyond the cap. */
export function analyzedPart(text: string, max = MAX_ANALYZED_CHARS): { text: string; capped: boolean } {
  if (text.length <= max) return { text, capped: false };
  // End at a line or word break before the cap, so no word is cut in two.
  const cut = Math.max(text.lastIndexOf('\n', max), text.lastIndexOf(' ', max));
  return { text: text.slice(0, cut > max / 2 ? cut : max), capped: true };
}

/**
 * The first part of a long body, analysed and painted before the whole: about a screenful of text,
 * ended at a paragraph break (or, failing one near, a word break). A worker that has just started
 * runs its first analysis in barely compiled code, several times slower than warm, so the first
 * highlights of a long article come far sooner from a short text; the whole is painted over it a
 * moment later (with what the whole text says: names seen further down, quotations across
 * paragraphs).
 */
export const FIRST_PART_CHARS = 1500;

/** Where the first part of `text` ends; `text.length` when the body is too short to be worth two requests. */
export function firstPartEnd(text: string, want = FIRST_PART_CHARS): number {
  if (text.length < want * 3) return text.length;
  const paragraph = text.indexOf('\n', want);
  if (paragraph > 0 && paragraph <= want * 2) return paragraph;
  const word = text.indexOf(' ', want);
  return word > 0 && word <= want * 2 ? word : want;
}
