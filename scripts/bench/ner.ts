/**
 * Entity recognition benchmark: model size, load+parse time, and ms per 1,000 words on real news
 * text (../shared/data/corpus), with the rule-based recognizer in the same process as a baseline.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { NER_MODEL_PATH } from '../lib/load-ner-model';
import { corpusTexts, words } from './_util';
import { measureNer, measurePacked } from './_ner-measure';
import { toArrayBuffer } from '../lib/pack-model-file';

const PACKED_PATH = NER_MODEL_PATH.replace(/\.json$/, '.bin');

export async function run(): Promise<void> {
  const raw = readFileSync(NER_MODEL_PATH);
  const bin = readFileSync(PACKED_PATH);
  const size = (b: Buffer): string => `${(b.length / 1e6).toFixed(2)} MB raw, ${(gzipSync(b, { level: 9 }).length / 1e6).toFixed(2)} MB gzip`;
  const gz = gzipSync(bin, { level: 9 }).length / 1e6;
  console.log(`model ${NER_MODEL_PATH.replace(/.*\/public\//, 'public/')}: ${size(raw)}`);
  console.log(`packed ${PACKED_PATH.replace(/.*\/public\//, 'public/')}: ${size(bin)} (goal ≤ 1.5 MB gzip) ${gz <= 1.5 ? 'met' : 'MISSED'}`);

  const docs = corpusTexts(300);
  const total = docs.reduce((n, d) => n + words(d), 0);
  const perK = (ms: number): string => ((ms / total) * 1000).toFixed(3);
  const r = measureNer(raw.toString('utf8'), docs);
  console.log(`load+parse (JSON.parse + parseNerModel): ${r.load.toFixed(1)} ms median of ${r.loads}`);
  console.log(`corpus: ${docs.length} articles, ${total} words`);
  console.log(`learned: ${perK(r.learned)} ms / 1,000 words (median of ${r.runs}, warm word cache); first pass with empty cache: ${perK(r.cold)} ms / 1,000 words`);
  console.log(`rules:   ${perK(r.rules)} ms / 1,000 words; learned/rules = ${(r.learned / r.rules).toFixed(2)}×`);
  const p = measurePacked(toArrayBuffer(bin), docs);
  console.log(`packed model: decode ${p.decode.toFixed(2)} ms (goal ≤ 15 ms) ${p.decode <= 15 ? 'met' : 'MISSED'}; first article on a fresh model ${p.firstArticle.toFixed(1)} ms (empty word cache; makes the starts and small hash tables of the lists it reads); medians of ${p.loads}`);
  console.log(`packed learned: ${perK(p.learned)} ms / 1,000 words warm (goal ≤ 3) ${(p.learned / total) * 1000 <= 3 ? 'met' : 'MISSED'}, packed/json = ${(p.learned / r.learned).toFixed(2)}×, packed/rules = ${(p.learned / r.rules).toFixed(2)}×; empty word cache ${perK(p.cold)} ms / 1,000 words`);
}
