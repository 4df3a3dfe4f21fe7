import type { Span } from '../arabic/types';
import type { Article } from './article';
import type { Painted } from './paint';

/** One page's analysis as the content script keeps it (entrypoints/content/session.ts runs the pipeline). */
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
