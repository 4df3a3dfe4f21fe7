/**
 * Date analyzer speed on real news text (SaudiNewsNet sample): ms per 1,000 words, median of runs
 * after warm-up, beside chrono-node's Arabic parser on the same text in the same process.
 * Target (issue 4): ≤ 0.5 ms per 1,000 words.
 */
import * as chrono from 'chrono-node';
import { corpusTexts, median, timeIt, words } from './_util';
import { recognizeDates } from '../../lib/arabic/dates/recognize';

const chronoAr = (chrono as unknown as { ar: { parse(text: string, ref: Date): unknown[] } }).ar;

export async function run(): Promise<void> {
  const texts = corpusTexts(400);
  const total = texts.reduce((n, t) => n + words(t), 0);
  const ref = '2015-07-21';
  const refDate = new Date(`${ref}T00:00:00Z`);
  let spans = 0;
  const pass = (): void => {
    spans = 0;
    for (const t of texts) spans += recognizeDates(t, ref).length;
  };
  for (let i = 0; i < 3; i++) pass(); // warm-up
  const runs: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    pass();
    runs.push(performance.now() - t0);
  }
  const ours = median(runs);
  const fastest = Math.min(...runs);
  const base = timeIt(() => {
    for (const t of texts) chronoAr.parse(t, refDate);
  }, 5, 1);
  const per = (ms: number): string => ((ms * 1000) / total).toFixed(3);
  console.log(`${texts.length} articles, ${total} words, ${spans} date spans`);
  console.log(`recognizeDates: ${per(ours)} ms / 1,000 words (median ${ours.toFixed(1)} ms per pass; target ≤ 0.5; fastest pass ${per(fastest)}: the gap is machine load)`);
  console.log(`chrono-node ar: ${per(base)} ms / 1,000 words (median ${base.toFixed(1)} ms per pass)`);
  console.log(`ratio ours/chrono: ${(ours / base).toFixed(2)}`);
}
