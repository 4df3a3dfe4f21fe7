/**
 * What went wrong with the database, as a reader can be told it. Browsers and Dexie report a full
 * disk in many shapes (a QuotaExceededError, a Dexie BulkError or AbortError wrapping one, a LevelDB
 * "FILE_ERROR_NO_SPACE" inside an UnknownError, Firefox's NS_ERROR_* codes): this is the one place
 * that knows them. The UI turns the class into words in its own language; raw engine text never
 * reaches the reader.
 */
export type ErrorClass = 'quota' | 'not-found' | 'unavailable' | 'unknown';

export const ERROR_CLASSES: readonly ErrorClass[] = ['quota', 'not-found', 'unavailable', 'unknown'];

export function isErrorClass(v: unknown): v is ErrorClass {
  return typeof v === 'string' && (ERROR_CLASSES as readonly string[]).includes(v);
}

const QUOTA_NAME = /^(QuotaExceededError|NS_ERROR_DOM_QUOTA_REACHED|NS_ERROR_DOM_QUOTA_EXCEEDED_ERR|NS_ERROR_FILE_NO_DEVICE_SPACE|NS_ERROR_FILE_DISK_FULL)$/i;
const QUOTA_TEXT = /QuotaExceeded|QUOTA_EXCEEDED|quota (?:exceeded|reached|limit)|exceeded its quota|FILE_ERROR_NO_SPACE|NS_ERROR_DOM_QUOTA_REACHED|NS_ERROR_FILE_NO_DEVICE_SPACE|NS_ERROR_FILE_DISK_FULL|no space left on device|disk (?:is )?full|ENOSPC/i;
/** DOMException's legacy QUOTA_EXCEEDED_ERR (22), and Firefox's nsresults NS_ERROR_DOM_QUOTA_EXCEEDED_ERR and NS_ERROR_FILE_NO_DEVICE_SPACE. */
const QUOTA_CODES = new Set([22, 0x80530016, 0x80520010]);
const NOT_FOUND_NAME = /^NotFoundError$/;
const UNAVAILABLE_NAME = /^(DatabaseClosedError|InvalidStateError|VersionError|OpenFailedError|MissingAPIError|InvalidAccessError|TransactionInactiveError|ReadOnlyError)$/;

/** How deep and how wide to look inside wrapped errors (a BulkError of 10,000 failures stays cheap). */
const MAX_DEPTH = 6;
const MAX_VISITS = 20_000;

/** The class of an error, looking through every wrapper Dexie and the browsers put around it. */
export function classifyError(e: unknown): ErrorClass {
  // Already classified: the background's answer, or an Error made from it.
  if (isErrorClass(e)) return e;
  if (typeof e === 'object' && e !== null) {
    const m = field(e as Record<string, unknown>, 'message');
    if (isErrorClass(m)) return m;
  }
  const seen = new Set<unknown>();
  let visits = 0;
  let found: ErrorClass = 'unknown';
  const visit = (v: unknown, depth: number): boolean => {
    if (v === null || v === undefined || depth > MAX_DEPTH || ++visits > MAX_VISITS) return false;
    if (typeof v === 'string') return QUOTA_TEXT.test(v) ? ((found = 'quota'), true) : false;
    if (typeof v !== 'object' || seen.has(v)) return false;
    seen.add(v);
    const o = v as Record<string, unknown>;
    const name = field(o, 'name');
    const message = field(o, 'message');
    const code = field(o, 'code') ?? field(o, 'result');
    if ((typeof name === 'string' && QUOTA_NAME.test(name)) || (typeof message === 'string' && QUOTA_TEXT.test(message))
      || (typeof code === 'number' && QUOTA_CODES.has(code) && name !== 'NotFoundError')) {
      found = 'quota';
      return true;
    }
    // The error that caused this one: Dexie's inner, the standard cause, an IDBRequest's error.
    for (const k of ['inner', 'cause', 'error']) if (visit(field(o, k), depth + 1)) return true;
    // A BulkError or ModifyError: failures as an array, or keyed by position.
    for (const k of ['failures', 'failuresByPos']) {
      const list = field(o, k);
      if (list && typeof list === 'object') for (const f of Array.isArray(list) ? list : Object.values(list)) if (visit(f, depth + 1)) return true;
    }
    if (found === 'unknown' && typeof name === 'string') {
      if (NOT_FOUND_NAME.test(name)) found = 'not-found';
      else if (UNAVAILABLE_NAME.test(name)) found = 'unavailable';
    }
    return false;
  };
  visit(e, 0);
  return found;
}

/** A property read that cannot throw (a hostile getter, a revoked proxy). */
function field(o: Record<string, unknown>, k: string): unknown {
  try {
    return o[k];
  } catch {
    return undefined;
  }
}

/** An error for "that record is gone", classified as not-found wherever it travels. */
export function notFoundError(message = 'not found'): Error {
  return Object.assign(new Error(message), { name: 'NotFoundError' });
}

/** Is this a full disk or an exceeded quota, in any form a browser or Dexie gives it. */
export function isQuotaError(e: unknown): boolean {
  return classifyError(e) === 'quota';
}
