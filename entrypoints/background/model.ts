import { browser } from 'wxt/browser';
import { nerModelFromPacked } from '../../lib/arabic/entities/model-packed';
import { setDefaultNerModel } from '../../lib/arabic/entities/recognize';

let loading: Promise<void> | null = null;

/**
 * Load the entity model once per worker life, on the first page that qualifies (never for pages
 * that don't). It is the packed file (typed arrays viewing one ArrayBuffer, lookups in prebuilt hash
 * tables: a few milliseconds), so a worker the browser stopped pays little to start again.
 * If it cannot be read, analysis goes on with the rule-based recognizer.
 */
export function ensureNerModel(): Promise<void> {
  loading ??= (async () => {
    const t0 = performance.now();
    try {
      const res = await fetch(browser.runtime.getURL('/models/ner.bin'));
      const bytes = await res.arrayBuffer();
      const t1 = performance.now();
      setDefaultNerModel(nerModelFromPacked(bytes));
      // Read by npm run bench -- page (fetch, decode, and both) in the worker's performance timeline.
      performance.measure('qusasat-model-fetch', { start: t0, end: t1 });
      performance.measure('qusasat-model-decode', { start: t1 });
      performance.measure('qusasat-model-load', { start: t0 });
    } catch (e) {
      console.warn('[qusasat] entity model unavailable, using rules', e);
    }
  })();
  return loading;
}
