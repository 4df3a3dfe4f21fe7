import type { Span } from '../../lib/arabic/types';
import type { PageAnalysis } from '../../lib/page/analysis';
import type { ClippingDraft } from '../../lib/clippings/model';
import { makeDraft } from '../../lib/clippings/draft';

/**
 * The clipping the hover card's save button makes: a quote is saved as a quote with its speaker; a
 * name or date is saved with the sentence around it (a bare name is no clipping).
 */
export function spanDraft(span: Span, analysis: PageAnalysis, url: string): ClippingDraft | null {
  const text = analysis.article.map?.text ?? '';
  const position = span.kind === 'quote' ? { start: span.start, end: span.end } : sentenceAround(text, span.start, span.end);
  return makeDraft({
    url,
    title: analysis.article.title,
    byline: analysis.article.byline,
    published: analysis.article.published,
    bodyText: text,
    position,
    selectedText: text.slice(position.start, position.end),
    spans: analysis.spans,
    kind: span.kind === 'quote' ? 'quote' : 'selection',
    speaker: span.kind === 'quote' ? span.speaker ?? null : null,
  });
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
