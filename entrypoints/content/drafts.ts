import type { Span } from '../../lib/arabic/types';
import { makeDraft, type DraftInput } from '../../lib/clippings/draft';
import type { ClippingDraft } from '../../lib/clippings/model';
import type { PageAnalysis } from '../../lib/page/analysis';

/**
 * The clippings a page can give: the reader's selection, a highlight from the hover card, the whole
 * article. All share the page's metadata and the body's spans; only the passage differs.
 */
function draft(analysis: PageAnalysis | null, passage: Pick<DraftInput, 'position' | 'selectedText' | 'kind' | 'speaker'>): ClippingDraft | null {
  return makeDraft({
    url: location.href,
    title: analysis?.article.title ?? (document.title || null),
    byline: analysis?.article.byline ?? null,
    published: analysis?.article.published ?? null,
    bodyText: analysis?.article.map?.text ?? '',
    spans: analysis?.spans ?? [],
    ...passage,
  });
}

/** The current selection, with offsets in the article body when it lies inside it. */
export function selectionDraft(analysis: PageAnalysis | null): ClippingDraft | null {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const offsets = analysis?.article.map?.offsetsOf(sel.getRangeAt(0)) ?? null;
  return draft(analysis, { position: offsets ? { start: offsets[0], end: offsets[1] } : null, selectedText: sel.toString() });
}

/**
 * What the hover card's save button keeps: a quote as a quote with its speaker; a name or date with
 * the sentence around it (a bare name is no clipping).
 */
export function spanDraft(span: Span, analysis: PageAnalysis): ClippingDraft | null {
  const text = analysis.article.map?.text ?? '';
  const quote = span.kind === 'quote';
  const position = quote ? { start: span.start, end: span.end } : sentenceAround(text, span.start, span.end);
  return draft(analysis, { position, selectedText: text.slice(position.start, position.end), kind: quote ? 'quote' : 'selection', speaker: quote ? span.speaker ?? null : null });
}

/** The whole article body as one clipping, with every entity in it. */
export function articleDraft(analysis: PageAnalysis | null): ClippingDraft | null {
  const map = analysis?.article.map;
  if (!analysis || !map) return null;
  return draft(analysis, { position: { start: 0, end: map.text.length }, selectedText: '', kind: 'article' });
}

/** From the previous sentence end (. ! ? ؟ or a line break) to the next one. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  const END = /[.!?؟\n]/;
  let a = start;
  while (a > 0 && !END.test(text[a - 1]!)) a--;
  let b = end;
  while (b < text.length && !END.test(text[b]!)) b++;
  if (b < text.length && text[b] !== '\n') b++;
  return { start: a, end: b };
}
