/**
 * Entity recognition benchmark: model size, load+parse time, and ms per 1,000 words on real news
 * text (../shared/data/corpus), with the rule-based recognizer in the same process as a baseline.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseNerModel } from '../../lib/arabic/entities/model';
import { recognizeEntities, recognizeEntitiesByRules } from '../../lib/arabic/entities/recognize';
import { NER_MODEL_PATH } from '../lib/load-ner-model';
import { corpusTexts, median, words } from './_util';

export async function run(): Promise<void> {
  const raw = readFileSync(NER_MODEL_PATH);
  console.log(`model ${NER_MODEL_PATH.replace(/.*\/public\//, 'public/')}: ${(raw.length / 1024).toFixed(0)} KB raw, ${(gzipSync(raw, { level: 9 }).length / 1024).toFixed(0)} KB gzip`);

  const text = raw.toString('utf8');
  const loads: number[] = [];
  let model = parseNerModel(JSON.parse(text));
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    model = parseNerModel(JSON.parse(text));
    loads.push(performance.now() - t0);
  }
  console.log(`load+parse (JSON.parse + parseNerModel): ${median(loads).toFixed(1)} ms median of ${loads.length}`);

  const docs = corpusTexts(300);
  const total = docs.reduce((n, d) => n + words(d), 0);
  const perK = (ms: number): string => ((ms / total) * 1000).toFixed(3);
  // Learned and rule-based runs alternate, so a busy machine slows both alike; medians of each.
  // The model's word cache stays warm between runs, as it does across a page's paragraphs.
  const all = (): void => { for (const d of docs) recognizeEntities(d, model); };
  const base = (): void => { for (const d of docs) recognizeEntitiesByRules(d); };
  all(); base();
  const lx: number[] = [];
  const rx: number[] = [];
  for (let r = 0; r < 9; r++) {
    let t = performance.now(); all(); lx.push(performance.now() - t);
    t = performance.now(); base(); rx.push(performance.now() - t);
  }
  const learned = median(lx);
  const rules = median(rx);
  model.cache.clear();
  const t0 = performance.now();
  for (const d of docs) recognizeEntities(d, model);
  const cold = performance.now() - t0;
  console.log(`corpus: ${docs.length} articles, ${total} words`);
  console.log(`learned: ${perK(learned)} ms / 1,000 words (median, warm word cache); first pass with empty cache: ${perK(cold)} ms / 1,000 words`);
  console.log(`rules:   ${perK(rules)} ms / 1,000 words; learned/rules = ${(learned / rules).toFixed(2)}×`);
}
