/**
 * A write that failed on a full disk does not always say so. Chromium's LevelDB reports the first
 * failed write as FILE_ERROR_NO_SPACE, then closes the extension's whole store: every later write,
 * and every page opened meanwhile, fails as "database closed" or "Internal error opening backing
 * store", which name no disk. The browser's own estimate of the storage still tells: on a full disk
 * the quota it gives is what is already used.
 */
import { classifyError, type ErrorClass } from './errors';

export interface StorageEstimate { usage?: number; quota?: number }
export type Estimate = () => Promise<StorageEstimate> | undefined;

/** Less room than this left counts as full: a passage is a few KB, one import chunk of 500 a few hundred. */
export const FULL_BELOW = 1_000_000;

const browserEstimate: Estimate = () => globalThis.navigator?.storage?.estimate?.();

/** Is the extension's storage full, by the browser's estimate? False when it cannot tell. */
export async function storageFull(estimate: Estimate = browserEstimate): Promise<boolean> {
  try {
    const e = await estimate();
    if (typeof e?.quota !== 'number' || typeof e.usage !== 'number' || e.quota <= 0) return false;
    return e.quota - e.usage < FULL_BELOW;
  } catch {
    return false;
  }
}

/**
 * The class of a failed database operation, as classifyError gives it, except that a closed or
 * failing database on a full storage is the full storage: the reader is told what to do about it.
 */
export async function failureClass(e: unknown, estimate: Estimate = browserEstimate): Promise<ErrorClass> {
  const cls = classifyError(e);
  if (cls === 'quota' || cls === 'not-found') return cls;
  return (await storageFull(estimate)) ? 'quota' : cls;
}
