import { existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './_stats';

export { median };

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** ../shared/data, or QUSASAT_DATA when set. */
export const DATA = process.env.QUSASAT_DATA ?? join(ROOT, '..', 'shared', 'data');

/** Read a file under the shared data folder, or exit with a clear message when it is absent. */
export function dataFile(rel: string): string {
  const p = join(DATA, rel);
  if (!existsSync(p)) {
    console.error(`missing data: ${p}\n(the shared data folder is expected at ../shared/data; set QUSASAT_DATA to point elsewhere)`);
    process.exit(2);
  }
  return readFileSync(p, 'utf8');
}

/** Real news text: the SaudiNewsNet sample's article bodies. */
export function corpusTexts(limit = Infinity): string[] {
  const out: string[] = [];
  for (const line of dataFile('corpus/saudinewsnet_2015-07-21_sample.jsonl').split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as { content?: string };
    if (o.content) out.push(o.content);
    if (out.length >= limit) break;
  }
  return out;
}


export function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Median ms per call of fn over `runs` after `warmup` calls. */
export function timeIt(fn: () => void, runs = 15, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}
