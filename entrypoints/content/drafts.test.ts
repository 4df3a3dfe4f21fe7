import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/arabic/analyze';
import { readArticle } from '../../lib/page/article';
import { paintSpans } from '../../lib/page/paint';
import type { PageAnalysis } from '../../lib/page/analysis';
import { articleDraft, spanDraft } from './drafts';

function analysisOf(html: string): PageAnalysis {
  document.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '');
  const article = readArticle(document);
  const spans = analyze(article.map!.text, { ref: '2023-03-14' });
  return { article, spans, painted: paintSpans(spans, article.map!) };
}

describe('quote and article drafts (what the hover card and the page menu save)', () => {
  const a = analysisOf(readFileSync('tests/fixtures/site/article.html', 'utf8'));

  it('a quote is saved with its speaker and the names inside it', () => {
    const quote = a.spans.find((s) => s.kind === 'quote' && s.text.startsWith('إن استمرار الدعم الدولي'))!;
    const d = spanDraft(quote, a)!;
    expect(d.kind).toBe('quote');
    expect(d.text).toBe(quote.text);
    expect(d.speaker).toBe(quote.speaker ?? null);
    expect(d.position).toEqual({ start: quote.start, end: quote.end });
    expect(d.entities.every((e) => d.text.slice(e.start, e.end) === e.text)).toBe(true);
    expect(d.prefix.length).toBeGreaterThan(0);
  });

  it('the whole article keeps every entity and date', () => {
    const d = articleDraft(a)!;
    expect(d.kind).toBe('article');
    expect(d.text).toContain('فؤاد حسين');
    expect(d.entities.filter((e) => e.kind === 'person').map((e) => e.text)).toContain('فؤاد حسين');
    expect(articleDraft(null)).toBeNull();
  });
});
