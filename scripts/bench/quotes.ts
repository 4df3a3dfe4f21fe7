/**
 * Quote recognition speed on real news text (SaudiNewsNet sample): ms per 1,000 words, median after
 * warm-up. Entities are computed first and not timed: only recognizeQuotes is measured.
 */
import { recognizeEntities } from '../../lib/arabic/entities/recognize';
import { recognizeQuotes } from '../../lib/arabic/quotes/recognize';
import { corpusTexts, timeIt, words } from './_util';

export async function run(): Promise<void> {
  const texts = corpusTexts(400);
  const inputs = texts.map((t) => ({ text: t, entities: recognizeEntities(t) }));
  const totalWords = texts.reduce((n, t) => n + words(t), 0);
  let found = 0;
  const ms = timeIt(() => {
    found = 0;
    for (const x of inputs) found += recognizeQuotes(x.text, x.entities).length;
  }, 9, 2);
  const withMarks = texts.filter((t) => /[«»“”"]/.test(t)).length;
  console.log(`quotes: ${texts.length} articles, ${totalWords} words (${withMarks} with quotation marks), ${found} quotes found`);
  console.log(`quotes: ${((ms / totalWords) * 1000).toFixed(3)} ms per 1,000 words (median of 9 runs after 2 warm-up; target ≤ 0.5)`);
}
