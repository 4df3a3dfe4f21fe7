// Bundled by scripts/bench/ner-chromium.ts into a page: the recognizer as the background worker runs
// it, measured as in Node (the loop is here, not in page.evaluate: tsx would wrap named helpers in __name()).
import { nerModelFromPacked } from '../../../lib/arabic/entities/model-packed';
import { measureNer, measurePacked, type PackedTimes } from '../_ner-measure';
import { median } from '../_stats';

(globalThis as unknown as { qusasatNerBench: typeof measureNer }).qusasatNerBench = measureNer;

/** The packed model as the worker gets it: fetched as an ArrayBuffer, then decoded (medians of `times`). */
export type PackedBench = { fetch: number; load: number } & PackedTimes;

export async function packedBench(url: string, docs: readonly string[], times: number): Promise<PackedBench> {
  const fetches: number[] = [], loads: number[] = [];
  let bytes = new ArrayBuffer(0);
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    bytes = await (await fetch(url, { cache: 'no-store' })).arrayBuffer();
    const t1 = performance.now();
    nerModelFromPacked(bytes);
    fetches.push(t1 - t);
    loads.push(performance.now() - t);
  }
  return { fetch: median(fetches), load: median(loads), ...measurePacked(bytes, docs) };
}
(globalThis as unknown as { qusasatPackedBench: typeof packedBench }).qusasatPackedBench = packedBench;
