import { classifyError, type ErrorClass } from '../lib/clippings/errors';
import { failureClass } from '../lib/clippings/storage-full';
import type { ImportProblem } from '../lib/clippings/export-json';
import { t, type MessageKey } from './i18n';

const ERROR_KEYS: Record<ErrorClass, MessageKey> = {
  quota: 'errQuota',
  'not-found': 'errNotFound',
  unavailable: 'errUnavailable',
  unknown: 'errUnknown',
};

/** What went wrong, in the UI's language: a raw error, or the class the background answered. */
export function errorText(e: unknown): string {
  return classText(classifyError(e));
}

/** A class of failure, in the UI's language. */
export function classText(cls: ErrorClass): string {
  return t(ERROR_KEYS[cls]);
}

/** Why a file was not imported, in the UI's language (never the file's bytes or a parser's words). */
export function importProblemText(p: ImportProblem): string {
  switch (p.code) {
    case 'not-export': return t('importNotExport');
    case 'truncated': return t('importTruncated', p.line);
    case 'damaged': return t('importDamaged', p.line);
    case 'newer': return t('importNewer', p.version);
    case 'bad-version': return t('importBadVersion');
    case 'bad-record': return t('importBadRecord', p.record, p.field);
    case 'duplicate-id': return t('importDuplicateId', p.record);
  }
}

/** What went wrong with a database operation, in the UI's language, asking the storage when the error does not say (lib/clippings/storage-full.ts). */
export async function failureText(e: unknown): Promise<string> {
  return classText(await failureClass(e));
}
