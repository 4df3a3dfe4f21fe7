import type { Span } from '../arabic/types';
import { siteOf, type ClippingDraft, type ClippingKind } from './model';

/** Context kept each side of a clipping: enough to re-find it when the page shifts a little. */
export const CONTEXT_CHARS = 48;

export interface DraftInput {
  url: string;
  title: string | null;
  byline: string | null;
  published: string | null;
  /** The article body text the clipping was cut from (or the selection alone when outside it). */
  bodyText: string;
  /** Offsets of the clipping in bodyText; null when the selection lies outside the body. */
  position: { start: number; end: number } | null;
  /** The selected text as the browser reports it (used when position is null). */
  selectedText: string;
  /** Spans of the whole body (offsets into bodyText); those inside the clipping are kept. */
  spans: Span[];
  kind?: ClippingKind;
  speaker?: string | null;
}

/** Build what the content script sends to the background for one clipping. */
export function makeDraft(input: DraftInput): ClippingDraft | null {
  const { bodyText, position } = input;
  const text = (position ? bodyText.slice(position.start, position.end) : input.selectedText).trim();
  if (!text) return null;
  // Trim moved the ends: keep position on the words themselves.
  const start = position ? position.start + bodyText.slice(position.start, position.end).indexOf(text) : 0;
  const end = start + text.length;
  const entities = position
    ? input.spans.filter((s) => s.start >= start && s.end <= end && s.kind !== 'quote')
      .map((s) => ({ ...s, start: s.start - start, end: s.end - start }))
    : [];
  return {
    url: input.url,
    site: siteOf(input.url),
    title: input.title,
    byline: input.byline,
    published: input.published,
    text,
    prefix: position ? bodyText.slice(Math.max(0, start - CONTEXT_CHARS), start) : '',
    suffix: position ? bodyText.slice(end, end + CONTEXT_CHARS) : '',
    position: position ? { start, end } : null,
    kind: input.kind ?? 'selection',
    speaker: input.speaker ?? null,
    entities,
  };
}
