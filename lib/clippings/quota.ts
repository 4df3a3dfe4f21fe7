import { classifyError } from './errors';

/** Is this a full disk or an exceeded quota, in any form a browser or Dexie gives it (see errors.ts). */
export function isQuotaError(e: unknown): boolean {
  return classifyError(e) === 'quota';
}
