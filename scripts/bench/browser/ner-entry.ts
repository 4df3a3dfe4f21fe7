// Bundled by scripts/bench/ner-chromium.ts into a page: the recognizer as the background worker runs
// it, and the timing loop (here, not in page.evaluate: tsx would wrap named helpers in __name()).
import { parseNerModel } from '../../../lib/arabic/entities/model';
import { recognizeEntities, recognizeEntitiesByRules } from '../../../lib/arabic/entities/recognize';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

function bench(modelText: string, docs: string[]): { load: number; cold: number; learned: number; rules: number } {
  const loads: number[] = [];
  let model = parseNerModel(JSON.parse(modelText));
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    model = parseNerModel(JSON.parse(modelText));
    loads.push(performance.now() - t);
  }
  const t0 = performance.now();
  for (const d of docs) recognizeEntities(d, model);
  const cold = performance.now() - t0;
  const lx: number[] = [];
  const rx: number[] = [];
  for (let k = 0; k < 9; k++) {
    let t = performance.now();
    for (const d of docs) recognizeEntities(d, model);
    lx.push(performance.now() - t);
    t = performance.now();
    for (const d of docs) recognizeEntitiesByRules(d);
    rx.push(performance.now() - t);
  }
  return { load: median(loads), cold, learned: median(lx), rules: median(rx) };
}

(globalThis as unknown as { qusasatNerBench: typeof bench }).qusasatNerBench = bench;
