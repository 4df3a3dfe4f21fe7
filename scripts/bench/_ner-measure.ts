/**
 * The entity benchmark's measurement, the same in Node (ner.ts) and in a Chromium page
 * (browser/ner-entry.ts): no Node APIs here.
 */
import { parseNerModel } from '../../lib/arabic/entities/model';
import { nerModelFromPacked } from '../../lib/arabic/entities/model-packed';
import { recognizeEntities, recognizeEntitiesByRules } from '../../lib/arabic/entities/recognize';
import { median } from './_stats';

const LOADS = 7;
const RUNS = 9;

/** Medians in ms: model load+parse; the learned and rule-based recognizers over all docs; one pass with an empty word cache. */
export interface NerTimes { load: number; loads: number; learned: number; rules: number; runs: number; cold: number }

export function measureNer(modelText: string, docs: readonly string[]): NerTimes {
  const loads: number[] = [];
  let model = parseNerModel(JSON.parse(modelText));
  for (let i = 0; i < LOADS; i++) {
    const t = performance.now();
    model = parseNerModel(JSON.parse(modelText));
    loads.push(performance.now() - t);
  }
  // Learned and rule-based runs alternate, so a busy machine slows both alike. The model's word
  // cache stays warm between runs, as it does across a page's paragraphs.
  const learnedRun = (): void => { for (const d of docs) recognizeEntities(d, model); };
  const rulesRun = (): void => { for (const d of docs) recognizeEntitiesByRules(d); };
  learnedRun(); rulesRun();
  const lx: number[] = [];
  const rx: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    let t = performance.now(); learnedRun(); lx.push(performance.now() - t);
    t = performance.now(); rulesRun(); rx.push(performance.now() - t);
  }
  model.cache.clear();
  const t0 = performance.now();
  learnedRun();
  const cold = performance.now() - t0;
  return { load: median(loads), loads: LOADS, learned: median(lx), rules: median(rx), runs: RUNS, cold };
}

/**
 * Medians in ms for the packed model (what the extension loads): decode of the file's bytes; the
 * first article on a just-decoded model (empty word cache; it makes the starts and the small hash
 * tables of the lists it reads); the
 * learned recognizer over all docs warm, and one pass with an empty word cache.
 */
export interface PackedTimes { decode: number; firstArticle: number; loads: number; learned: number; runs: number; cold: number }

export function measurePacked(bytes: ArrayBuffer, docs: readonly string[]): PackedTimes {
  const decodes: number[] = [], firsts: number[] = [];
  let model = nerModelFromPacked(bytes);
  for (let i = 0; i < LOADS; i++) {
    let t = performance.now();
    model = nerModelFromPacked(bytes);
    decodes.push(performance.now() - t);
    t = performance.now();
    recognizeEntities(docs[0]!, model);
    firsts.push(performance.now() - t);
  }
  const run = (): void => { for (const d of docs) recognizeEntities(d, model); };
  run();
  const lx: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t = performance.now(); run(); lx.push(performance.now() - t);
  }
  model.cache.clear();
  const t0 = performance.now();
  run();
  const cold = performance.now() - t0;
  return { decode: median(decodes), firstArticle: median(firsts), loads: LOADS, learned: median(lx), runs: RUNS, cold };
}
