import type { AnalyzeOptions, Span } from './types';
import { recognizeEntities } from './entities/recognize';
import { recognizeDates } from './dates/recognize';
import { recognizeQuotes } from './quotes/recognize';

/** Today as YYYY-MM-DD in UTC: the default reference date. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The one entry point: every span in `text`, sorted by start (quotes may contain other spans). */
export function analyze(text: string, options: AnalyzeOptions = {}): Span[] {
  const ref = options.ref ?? today();
  const entities = recognizeEntities(text, options.nerModel);
  const dates = recognizeDates(text, ref);
  const quotes = recognizeQuotes(text, entities);
  return [...entities, ...dates, ...quotes].sort((a, b) => a.start - b.start || b.end - a.end);
}
