import { browser } from 'wxt/browser';
import { parseNerModel, setDefaultNerModel } from '../../lib/arabic/entities/recognize';

let loading: Promise<void> | null = null;

/**
 * Load the entity model once per worker life, on the first page that qualifies (never for pages
 * that don't). If it cannot be read, analysis goes on with the rule-based recognizer.
 */
export function ensureNerModel(): Promise<void> {
  loading ??= (async () => {
    try {
      const res = await fetch(browser.runtime.getURL('/models/ner.json'));
      setDefaultNerModel(parseNerModel(await res.json()));
    } catch (e) {
      console.warn('[qusasat] entity model unavailable, using rules', e);
    }
  })();
  return loading;
}
