/**
 * The reader's own backup: a schedule (off, daily, weekly) and the last backup's time and result,
 * one row of the `prefs` table. Pure rules here; the writing is the options page's (components/BackupSection.tsx).
 */
import type { ClippingsDb } from './db';

export const BACKUP_SCHEDULES = ['off', 'daily', 'weekly'] as const;
export type BackupSchedule = (typeof BACKUP_SCHEDULES)[number];

export interface BackupState {
  schedule: BackupSchedule;
  /** When the last backup was tried (ISO), and how it went. */
  lastAt: string | null;
  lastOk: boolean | null;
  /** Clippings written by the last backup that went through. */
  lastCount: number;
  /** What went wrong last time, in the reader's words (already translated). */
  lastError: string | null;
}

export const BACKUP_KEY = 'backup';
export const DEFAULT_BACKUP: BackupState = { schedule: 'off', lastAt: null, lastOk: null, lastCount: 0, lastError: null };

const DAY = 24 * 60 * 60 * 1000;
const INTERVAL: Record<Exclude<BackupSchedule, 'off'>, number> = { daily: DAY, weekly: 7 * DAY };
/** A failed backup is retried after an hour, not at every page that opens. */
const RETRY = 60 * 60 * 1000;

/** Is a scheduled backup due at `now`? Never when off; at once when none was made; a clock set back counts as due. */
export function isBackupDue(s: BackupState, now: Date): boolean {
  if (s.schedule === 'off') return false;
  if (!s.lastAt) return true;
  const last = Date.parse(s.lastAt);
  if (Number.isNaN(last)) return true;
  const since = now.getTime() - last;
  if (since < 0) return true;
  return since >= (s.lastOk === false ? Math.min(RETRY, INTERVAL[s.schedule]) : INTERVAL[s.schedule]);
}

/** "qusasat-backup-2026-12-02.json": the dated name in the Downloads folder. */
export function backupFileName(now: Date): string {
  return `qusasat-backup-${now.toISOString().slice(0, 10)}.json`;
}

export function isBackupState(v: unknown): v is BackupState {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return (BACKUP_SCHEDULES as readonly unknown[]).includes(o.schedule)
    && (o.lastAt === null || typeof o.lastAt === 'string')
    && (o.lastOk === null || typeof o.lastOk === 'boolean')
    && typeof o.lastCount === 'number' && Number.isInteger(o.lastCount) && o.lastCount >= 0
    && (o.lastError === null || typeof o.lastError === 'string');
}

/** The stored state, or "off, never" when none (or something unreadable) is stored. */
export async function loadBackupState(db: ClippingsDb): Promise<BackupState> {
  const row = await db.prefs.get(BACKUP_KEY);
  return isBackupState(row?.value) ? { ...row.value } : DEFAULT_BACKUP;
}

export async function saveBackupState(db: ClippingsDb, s: BackupState): Promise<void> {
  if (!isBackupState(s)) throw new Error('invalid backup state');
  const { schedule, lastAt, lastOk, lastCount, lastError } = s;
  await db.prefs.put({ key: BACKUP_KEY, value: { schedule, lastAt, lastOk, lastCount, lastError } });
}
