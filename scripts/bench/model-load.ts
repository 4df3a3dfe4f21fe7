/**
 * The packed entity model's load where the extension does it, in headless Chromium's service worker
 * (npm run bench -- model-load; needs `npm run build`): fetching models/ner.bin as an ArrayBuffer,
 * and the same bytes read back from the Cache API, to see whether caching them would help a worker
 * that starts again. Decode alone is timed by ner.ts and ner-chromium.ts (no extension needed).
 * Medians of RUNS; the model's size raw and gzip beside the goals (issues 12 and 16).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM, EXTENSION, launch, serveFixtures } from '../lib/browser';
import { median } from './_stats';

const RUNS = 9;

export async function run(): Promise<void> {
  const file = join(EXTENSION, 'models', 'ner.bin');
  if (!existsSync(CHROMIUM) || !existsSync(file)) {
    console.log(`(skipped: needs Chromium at ${CHROMIUM} and a build with ${file}: npm run build)`);
    return;
  }
  const raw = statSync(file).size / 1e6;
  const gz = gzipSync(readFileSync(file), { level: 9 }).length / 1e6;
  console.log(`models/ner.bin in the build: ${raw.toFixed(2)} MB raw, ${gz.toFixed(2)} MB gzip (goal ≤ 1.5 MB gzip) ${gz <= 1.5 ? 'met' : 'MISSED'}`);
  const browser = await launch(true);
  const site = await serveFixtures();
  try {
    const r = await browser.worker!.evaluate(async (runs) => {
      const url = chrome.runtime.getURL('/models/ner.bin');
      const fetches: number[] = [], cached: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        await (await fetch(url)).arrayBuffer();
        fetches.push(performance.now() - t);
      }
      const cache = await caches.open('qusasat-bench');
      const key = 'https://qusasat.invalid/models/ner.bin'; // the Cache API refuses chrome-extension: keys
      await cache.put(key, await fetch(url));
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        await (await cache.match(key))!.arrayBuffer();
        cached.push(performance.now() - t);
      }
      await caches.delete('qusasat-bench');
      // (No named helper in here: tsx would wrap it in __name(), unknown in the worker.)
      fetches.sort((a, b) => a - b);
      cached.sort((a, b) => a - b);
      return { fetch: fetches[runs >> 1]!, cached: cached[runs >> 1]! };
    }, RUNS);
    console.log(`fetch as ArrayBuffer in the worker: ${r.fetch.toFixed(1)} ms; from the Cache API: ${r.cached.toFixed(1)} ms (cache/fetch = ${(r.cached / r.fetch).toFixed(2)}×); medians of ${RUNS}`);

    // As a reader meets it: the worker stopped (what the browser does after 30 s idle), then an article.
    const page = await browser.context.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    // Alternately with the model's cache emptied first: the same fresh worker reading the file itself.
    const runs = { cache: { read: [] as number[], decode: [] as number[], load: [] as number[] }, file: { read: [] as number[], decode: [] as number[], load: [] as number[] } };
    for (let i = 0; i < RUNS * 2; i++) {
      if (i % 2 === 1) await browser.context.serviceWorkers().at(-1)!.evaluate(() => caches.delete('qusasat-model'));
      await cdp.send('ServiceWorker.stopAllWorkers');
      await page.waitForTimeout(200);
      await page.goto(site.url('/article.html'));
      await page.waitForFunction(() => CSS.highlights.size > 0, undefined, { timeout: 10_000 });
      const worker = browser.context.serviceWorkers().at(-1)!;
      const m = await worker.evaluate(() => [...['fetch', 'decode', 'load'].map((k) => performance.getEntriesByName(`qusasat-model-${k}`).at(-1)?.duration ?? NaN), performance.getEntriesByName('qusasat-model-from-cache').length]);
      const into = m[3] ? runs.cache : runs.file;
      into.read.push(m[0]!); into.decode.push(m[1]!); into.load.push(m[2]!);
    }
    for (const [from, x] of Object.entries(runs)) {
      const l = median(x.load);
      console.log(`model load in a fresh worker, bytes from the ${from === 'cache' ? 'Cache API' : 'extension file'} (${x.load.length} runs): read ${median(x.read).toFixed(1)} ms + decode ${median(x.decode).toFixed(1)} ms = ${l.toFixed(1)} ms (goal ≤ 15 ms) ${l <= 15 ? 'met' : 'MISSED'}`);
    }
    console.log(`cache/file = ${(median(runs.cache.load) / median(runs.file.load)).toFixed(2)}× (medians)`);
  } finally {
    await site.close();
    await browser.close();
  }
}
