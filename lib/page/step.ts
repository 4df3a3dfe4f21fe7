import { KINDS, type Span } from '../arabic/types';

/**
 * Stepping through the highlights from the keyboard. Pure: the caller says which spans count (the
 * painted ones of the kinds the reader shows) and where the top of the viewport is.
 */

/** Document order: by start; at the same start the outer span first (a quote before the name it opens with). */
export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end || KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind);
}

/** The spans a reader steps through, in document order. */
export function readingOrder(spans: readonly Span[], keep: (span: Span) => boolean): Span[] {
  return spans.filter(keep).sort(compareSpans);
}

/**
 * Where one step goes in `order` (an index, or -1 when there is nothing to step to).
 * From `current` (found by position, so a span re-analyzed since still counts): the next or previous
 * one, wrapping around at the ends. With no current span: forward, the first span at or below the
 * top of the viewport (`belowTop`); backward, the one just before it; wrapping likewise.
 */
export function stepIndex(order: readonly Span[], current: Span | null, direction: 1 | -1, belowTop: (span: Span) => boolean): number {
  const n = order.length;
  if (n === 0) return -1;
  if (current) {
    if (direction === 1) {
      const i = order.findIndex((s) => compareSpans(s, current) > 0);
      return i < 0 ? 0 : i;
    }
    const i = order.findLastIndex((s) => compareSpans(s, current) < 0);
    return i < 0 ? n - 1 : i;
  }
  const first = order.findIndex(belowTop);
  if (direction === 1) return first < 0 ? 0 : first;
  return first <= 0 ? n - 1 : first - 1;
}
