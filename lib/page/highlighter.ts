import type { Span } from '../arabic/types';
import { readArticle, type Article } from './article';
import { paintSpans, type Painted } from './paint';

export interface PageAnalysis {
  article: Article;
  spans: Span[];
  painted: Painted;
}

/** Whatever turns body text into spans: the background worker in the extension, analyze() in tests. */
export type Analyzer = (text: string, ref: string) => Promise<Span[]>;

/** The reference date for relative expressions: the article's own publication day, else today. */
export function referenceDate(published: string | null, now: Date = new Date()): string {
  return published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : now.toISOString().slice(0, 10);
}

/** Decide, extract, analyze and paint. Null when the page is not an Arabic news article. */
export async function highlightPage(doc: Document, analyzer: Analyzer): Promise<PageAnalysis | null> {
  const article = readArticle(doc);
  if (!article.detection.isArticle || !article.map) return null;
  const spans = await analyzer(article.map.text, referenceDate(article.published));
  const painted = paintSpans(spans, article.map, doc.defaultView as Window & typeof globalThis);
  return { article, spans, painted };
}
