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

/**
 * Any edit (appended, inserted, replaced or removed text): only the paragraphs that changed need
 * analysis. `from`…`to` is the changed part of the new text, widened to whole paragraphs; `kept` are
 * the old spans before it and, moved by the length difference, after it. Null when there is nothing
 * to keep (the text is new, or most of it changed).
 */
export function mergeChange(oldText: string, newText: string, spans: readonly Span[]): { from: number; to: number; kept: Span[] } | null {
  if (!oldText.length || oldText === newText) return null;
  const max = Math.min(oldText.length, newText.length);
  let p = 0;
  while (p < max && oldText.charCodeAt(p) === newText.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && oldText.charCodeAt(oldText.length - 1 - s) === newText.charCodeAt(newText.length - 1 - s)) s++;
  const from = p === 0 ? 0 : oldText.lastIndexOf('\n', p - 1) + 1;
  const endNew = newText.length - s;
  const nl = newText.indexOf('\n', endNew);
  const to = nl < 0 ? newText.length : nl;
  const delta = newText.length - oldText.length;
  const toOld = to - delta;
  if (to - from > newText.length / 2 && newText.length > 2000) return null; // most of it: read it all again
  const kept = [
    ...spans.filter((x) => x.end <= from),
    ...spans.filter((x) => x.start >= toOld).map((x) => ({ ...x, start: x.start + delta, end: x.end + delta })),
  ];
  return { from, to, kept };
}
