/**
 * Is this a full disk or an exceeded quota, in any of the forms browsers and Dexie give it: a
 * QuotaExceededError, a Dexie error or BulkError wrapping one, an AbortError whose cause is one, or
 * LevelDB's "FILE_ERROR_NO_SPACE" text in Chromium.
 */
export function isQuotaError(e: unknown, depth = 0): boolean {
  if (!e || typeof e !== 'object' || depth > 4) return false;
  const x = e as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  const text = `${String(x.name ?? '')} ${String(x.message ?? '')}`;
  if (/quota|NO_SPACE|disk is full|storage is full/i.test(text)) return true;
  if (Array.isArray(x.failures) && x.failures.some((f) => isQuotaError(f, depth + 1))) return true;
  return isQuotaError(x.inner, depth + 1) || isQuotaError(x.cause, depth + 1);
}
