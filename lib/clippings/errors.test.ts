import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { classifyError, notFoundError } from './errors';

const named = (name: string, message = ''): Error => Object.assign(new Error(message), { name });
const dom = (name: string, message = ''): DOMException => new DOMException(message, name);

describe('classifyError: a full disk in every shape it arrives in', () => {
  it.each<[string, unknown]>([
    ['a QuotaExceededError DOMException', dom('QuotaExceededError', 'The quota has been exceeded.')],
    ['a plain error named QuotaExceededError', named('QuotaExceededError')],
    ['a legacy code 22', Object.assign(new Error('x'), { code: 22 })],
    ["Dexie's AbortError wrapping it", { name: 'AbortError', message: 'Transaction aborted', inner: dom('QuotaExceededError') }],
    ['a real Dexie AbortError', new Dexie.AbortError('aborted', dom('QuotaExceededError'))],
    ['a Dexie BulkError whose first failure is it', new Dexie.BulkError('bulkAdd(): 1000 of 1000 operations failed', [dom('QuotaExceededError'), ...Array.from({ length: 999 }, () => dom('AbortError'))])],
    ['a BulkError with one failure deep in the list', { name: 'BulkError', failures: [...Array.from({ length: 500 }, () => named('AbortError')), { name: 'AbortError', inner: named('QuotaExceededError') }] }],
    ['failures keyed by position', { name: 'BulkError', failuresByPos: { 3: named('QuotaExceededError') } }],
    ['a standard cause', new Error('write failed', { cause: dom('QuotaExceededError') })],
    ["an IDBRequest's error", { name: 'AbortError', error: dom('QuotaExceededError') }],
    ["LevelDB's FILE_ERROR_NO_SPACE in Chromium", dom('UnknownError', 'Internal error: IO error: /x/000005.ldb: FILE_ERROR_NO_SPACE (ChromeMethodBFE: 3::WritableFileAppend::8)')],
    ['"QuotaExceeded" in a message', new Error('Dexie: DOMException: QuotaExceededError while writing')],
    ["Firefox's NS_ERROR_DOM_QUOTA_REACHED", named('NS_ERROR_DOM_QUOTA_REACHED', 'Persistent storage maximum size reached')],
    ["Firefox's NS_ERROR_FILE_NO_DEVICE_SPACE", { name: 'UnknownError', message: 'Component returned failure code: 0x80520010 (NS_ERROR_FILE_NO_DEVICE_SPACE)' }],
    ["Firefox's nsresult as a number", { name: 'UnknownError', result: 0x80530016 }],
    ['a bare string from a worker', 'QuotaExceededError: the quota has been exceeded'],
    ["the background's answer", 'quota'],
    ["an Error made from the background's answer", new Error('quota')],
  ])('%s is quota', (_what, e) => {
    expect(classifyError(e)).toBe('quota');
  });

  it('tells other failures apart and never throws', () => {
    expect(classifyError(notFoundError('gone'))).toBe('not-found');
    expect(classifyError(new Dexie.DatabaseClosedError())).toBe('unavailable');
    expect(classifyError(dom('InvalidStateError'))).toBe('unavailable');
    expect(classifyError(new Error('bulkAdd(): 3 of 3 operations failed. Errors: ConstraintError'))).toBe('unknown');
    expect(classifyError(null)).toBe('unknown');
    expect(classifyError(undefined)).toBe('unknown');
    expect(classifyError(42)).toBe('unknown');
    // A quota failure inside wins over the wrapper's own name.
    expect(classifyError({ name: 'InvalidStateError', inner: named('QuotaExceededError') })).toBe('quota');
    // Cycles and hostile getters are survived.
    const loop: Record<string, unknown> = { name: 'AbortError' };
    loop.inner = loop;
    expect(classifyError(loop)).toBe('unknown');
    const hostile = { get name(): string { throw new Error('no'); }, inner: named('QuotaExceededError') };
    expect(classifyError(hostile)).toBe('quota');
  });
});
