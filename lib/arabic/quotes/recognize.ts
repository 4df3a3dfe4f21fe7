import type { Span } from '../types';
import { pairQuotes } from './marks';
import { isNonSpeech } from './terms';
import { Attributor } from './attribution';

export { recognizeQuotedTerms } from './terms';

/** Every mark style pairs in one cheap scan; texts without any mark skip all of it. */
const ANY_MARK = /["'«»“”„‟‹›‘’]/;

/**
 * Direct quotations and their speakers. `entities` are the person/place/org spans found in the same
 * text (they help name speakers; quotes and speakers are still found when they are missing).
 * Each span covers the quoted words without the marks; `speaker` is the name as written (fullest
 * form in the text), an organization for its statements, or null when nobody is named.
 */
export function recognizeQuotes(text: string, entities: Span[]): Span[] {
  if (!ANY_MARK.test(text)) return [];
  const ranges = pairQuotes(text).filter((r) => !isNonSpeech(text, r));
  if (ranges.length === 0) return [];
  const who = new Attributor(text, entities);
  const quotes: Span[] = [];
  let prevEnd = 0;
  for (const r of ranges) {
    const speaker = who.speakerFor(r, prevEnd);
    quotes.push({ kind: 'quote', start: r.start, end: r.end, text: text.slice(r.start, r.end), speaker });
    prevEnd = r.close >= 0 ? r.close + 1 : r.end;
  }
  return quotes;
}
