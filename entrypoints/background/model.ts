import { browser } from 'wxt/browser';
import { nerModelFromPacked } from '../../lib/arabic/entities/model-packed';
import { setDefaultNerModel } from '../../lib/arabic/entities/recognize';

/** The packed model's fingerprint, set at build time (wxt.config.ts); undefined outside a build. */
declare const __QUSASAT_MODEL_ID__: string | undefined;
const MODEL_ID = typeof __QUSASAT_MODEL_ID__ === 'string' ? __QUSASAT_MODEL_ID__ : null;
const CACHE = 'qusasat-model';

let loading: Promise<void> | null = null;

/**
 * The model file's bytes. A fresh Chromium worker read them from the Cache API in half the time of
 * fetching the extension's own file (npm run bench -- model-load), so a worker that starts again
 * reads them from there; the key holds the build's fingerprint of the file (the Cache API refuses
 * extension URLs as keys), and a miss empties the cache of older models first. Any failure of the
 * cache falls back to the plain fetch.
 */
async function modelBytes(): Promise<{ bytes: ArrayBuffer; cached: boolean }> {
  const url = browser.runtime.getURL('/models/ner.bin');
  const fetchBytes = async (): Promise<ArrayBuffer> => (await fetch(url)).arrayBuffer();
  if (MODEL_ID === null || typeof caches === 'undefined') return { bytes: await fetchBytes(), cached: false };
  const key = `https://qusasat.invalid/models/ner.bin?${MODEL_ID}`;
  try {
    const hit = await (await caches.open(CACHE)).match(key);
    if (hit) return { bytes: await hit.arrayBuffer(), cached: true };
  } catch {
    return { bytes: await fetchBytes(), cached: false };
  }
  const bytes = await fetchBytes();
  void (async () => {
    await caches.delete(CACHE);
    await (await caches.open(CACHE)).put(key, new Response(bytes.slice(0)));
  })().catch(() => {});
  return { bytes, cached: false };
}

/**
 * Load the entity model once per worker life (kept in this module's scope), on the first page that
 * qualifies (never for pages that don't). It is the packed file (typed arrays viewing one
 * ArrayBuffer, lookups in place: about a millisecond to decode warm, 5 ms in a fresh worker), so a
 * worker the browser stopped pays little to start again. If it cannot be read, analysis goes on
 * with the rule-based recognizer.
 */
export function ensureNerModel(): Promise<void> {
  loading ??= (async () => {
    const t0 = performance.now();
    try {
      const { bytes, cached } = await modelBytes();
      const t1 = performance.now();
      setDefaultNerModel(nerModelFromPacked(bytes));
      // Read by npm run bench -- page and -- model-load (read, decode, both; where from) in the worker's timeline.
      performance.measure('qusasat-model-fetch', { start: t0, end: t1 });
      performance.measure('qusasat-model-decode', { start: t1 });
      performance.measure('qusasat-model-load', { start: t0 });
      performance.mark(cached ? 'qusasat-model-from-cache' : 'qusasat-model-from-file');
    } catch (e) {
      console.warn('[qusasat] entity model unavailable, using rules', e);
    }
  })();
  return loading;
}
