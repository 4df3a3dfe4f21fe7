import type { Span } from '../arabic/types';

/**
 * When content was appended to a body (a "load more", a live blog), only the new text needs analysis.
 * The cut is at the start of the last old paragraph, so a sentence or quote that ran on into the new
 * text is re-read whole. Null when the old text is not a prefix of the new one (edit in the middle).
 */
export function mergeTail(oldText: string, newText: string, spans: readonly Span[]): { from: number; kept: Span[] } | null {
  if (!newText.startsWith(oldText) || oldText.length === 0) return null;
  const from = oldText.lastIndexOf('\n') + 1;
  return { from, kept: spans.filter((s) => s.end <= from) };
}
