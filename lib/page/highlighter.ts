import { analyze } from '../arabic/analyze';
import type { Span } from '../arabic/types';
import { readArticle, type Article } from './article';
import { paintSpans, type Painted } from './paint';

export interface PageAnalysis {
  article: Article;
  spans: Span[];
  painted: Painted;
}

/** The reference date for relative expressions: the article's own publication day, else today. */
export function referenceDate(published: string | null, now: Date = new Date()): string {
  return published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : now.toISOString().slice(0, 10);
}

/** Decide, extract, analyze and paint. Null when the page is not an Arabic news article. */
export function highlightPage(doc: Document): PageAnalysis | null {
  const article = readArticle(doc);
  if (!article.detection.isArticle || !article.map) return null;
  const spans = analyze(article.map.text, { ref: referenceDate(article.published) });
  const painted = paintSpans(spans, article.map, doc.defaultView as Window & typeof globalThis);
  return { article, spans, painted };
}
