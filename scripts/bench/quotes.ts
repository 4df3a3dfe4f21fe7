/**
 * Quote recognition speed on real news text (SaudiNewsNet sample): ms per 1,000 words, median after
 * warm-up. Entities are computed first and not timed: only recognizeQuotes is measured. Wall time is
 * the figure; CPU time of this process is printed beside it because a shared machine inflates wall
 * time when other work competes for the cores.
 */
import { recognizeEntities, setDefaultNerModel } from '../../lib/arabic/entities/recognize';
import { loadNerModel } from '../lib/load-ner-model';

// Entity spans from the shipped model, as the extension computes them.
setDefaultNerModel(loadNerModel());
import { recognizeQuotes } from '../../lib/arabic/quotes/recognize';
import { corpusTexts, median, timeIt, words } from './_util';

export async function run(): Promise<void> {
  const texts = corpusTexts(400);
  const inputs = texts.map((t) => ({ text: t, entities: recognizeEntities(t) }));
  const totalWords = texts.reduce((n, t) => n + words(t), 0);
  let found = 0;
  const all = (): void => {
    found = 0;
    for (const x of inputs) found += recognizeQuotes(x.text, x.entities).length;
  };
  const wall = timeIt(all, 9, 2);
  const cpu: number[] = [];
  for (let i = 0; i < 9; i++) {
    const c0 = process.cpuUsage();
    all();
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const per = (ms: number): string => ((ms / totalWords) * 1000).toFixed(3);
  const withMarks = texts.filter((t) => /[«»“”"]/.test(t)).length;
  console.log(`quotes: ${texts.length} articles, ${totalWords} words (${withMarks} with quotation marks), ${found} quotes found`);
  console.log(`quotes: ${per(wall)} ms per 1,000 words wall, ${per(median(cpu))} CPU (medians of 9 runs after 2 warm-up; target ≤ 0.5)`);
}
