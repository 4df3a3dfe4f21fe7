/**
 * Entity recognition benchmark: model size, load+parse time, and ms per 1,000 words on real news
 * text (../shared/data/corpus), with the rule-based recognizer in the same process as a baseline.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { NER_MODEL_PATH } from '../lib/load-ner-model';
import { corpusTexts, words } from './_util';
import { measureNer } from './_ner-measure';

export async function run(): Promise<void> {
  const raw = readFileSync(NER_MODEL_PATH);
  console.log(`model ${NER_MODEL_PATH.replace(/.*\/public\//, 'public/')}: ${(raw.length / 1024).toFixed(0)} KB raw, ${(gzipSync(raw, { level: 9 }).length / 1024).toFixed(0)} KB gzip`);

  const docs = corpusTexts(300);
  const total = docs.reduce((n, d) => n + words(d), 0);
  const perK = (ms: number): string => ((ms / total) * 1000).toFixed(3);
  const r = measureNer(raw.toString('utf8'), docs);
  console.log(`load+parse (JSON.parse + parseNerModel): ${r.load.toFixed(1)} ms median of ${r.loads}`);
  console.log(`corpus: ${docs.length} articles, ${total} words`);
  console.log(`learned: ${perK(r.learned)} ms / 1,000 words (median of ${r.runs}, warm word cache); first pass with empty cache: ${perK(r.cold)} ms / 1,000 words`);
  console.log(`rules:   ${perK(r.rules)} ms / 1,000 words; learned/rules = ${(r.learned / r.rules).toFixed(2)}×`);
}
