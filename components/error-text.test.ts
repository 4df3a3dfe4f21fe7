import { describe, expect, it } from 'vitest';
import ar from '../public/_locales/ar/messages.json';
import en from '../public/_locales/en/messages.json';
import { errorText, importProblemText } from './error-text';

describe('errors in the UI language', () => {
  it('says a full disk in Arabic, whatever shape the error had, with no engine text', () => {
    const raw = [new DOMException('Internal error: FILE_ERROR_NO_SPACE', 'UnknownError'), 'quota', new Error('quota'),
      { name: 'BulkError', message: 'bulkAdd(): 1000 of 1000 operations failed', failures: [{ name: 'AbortError', inner: { name: 'QuotaExceededError' } }] }];
    for (const e of raw) {
      const text = errorText(e);
      expect(text).toBe(ar.errQuota.message);
      expect(text).not.toMatch(/[A-Za-z]/);
    }
    expect(errorText(new Error('bulkAdd(): 3 of 3 operations failed. AbortError'))).toBe(ar.errUnknown.message);
  });

  it('says why a file was not imported', () => {
    expect(importProblemText({ code: 'not-export' })).toBe('هذا الملف ليس تصديراً من قصاصات');
    expect(importProblemText({ code: 'truncated', line: 12 })).toBe('الملف مقطوع عند السطر 12');
    expect(importProblemText({ code: 'bad-record', record: 3, field: 'tags' })).toBe('القصاصة رقم 3 في الملف غير صالحة (الحقل «tags»)');
  });
});
