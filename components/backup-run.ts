import { backupFileName, isBackupDue, loadBackupState, saveBackupState, type BackupState } from '../lib/clippings/backup';
import type { ClippingsDb } from '../lib/clippings/db';
import { ClippingStore } from '../lib/clippings/store';
import { jsonExportParts } from '../lib/clippings/streamed-export';
import { errorText } from './error-text';
import { t } from './i18n';

/** A failure already said in the reader's words (no permission, the download was interrupted). */
export class BackupError extends Error {}

/** How an extension page reaches the browser's downloads (components/backup-io.ts). */
export interface BackupIo {
  hasPermission(): Promise<boolean>;
  /** Must be called straight from the reader's click (the browser asks only then). */
  requestPermission(): Promise<boolean>;
  /** Write the file into the Downloads folder; resolves when it is written. */
  write(name: string, parts: BlobPart[]): Promise<void>;
}

/**
 * One full JSON export (the library's own, streamed from the database) written as a dated file, and
 * its result stored. Runs in an extension page, where Blob URLs work and no runtime message (64 MiB
 * cap) carries the library.
 */
export async function backUp(db: ClippingsDb, io: BackupIo, now = new Date()): Promise<BackupState> {
  const before = await loadBackupState(db);
  let next: BackupState;
  try {
    if (!(await io.hasPermission())) throw new BackupError(t('backupNoPermission'));
    const { parts, count } = await jsonExportParts(new ClippingStore(db));
    await io.write(backupFileName(now), parts);
    next = { ...before, lastAt: now.toISOString(), lastOk: true, lastCount: count, lastError: null };
  } catch (e) {
    next = { ...before, lastAt: now.toISOString(), lastOk: false, lastError: e instanceof BackupError ? e.message : errorText(e) };
  }
  await saveBackupState(db, next);
  return next;
}

/** A scheduled backup when one is due (called as an extension page opens); null when none was. */
export async function backUpIfDue(db: ClippingsDb, io: BackupIo, now = new Date()): Promise<BackupState | null> {
  return isBackupDue(await loadBackupState(db), now) ? backUp(db, io, now) : null;
}
