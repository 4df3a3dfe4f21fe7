import { describe, expect, it } from 'vitest';
import { backupFileName, BACKUP_KEY, DEFAULT_BACKUP, isBackupDue, loadBackupState, saveBackupState, type BackupState } from './backup';
import { ClippingsDb } from './db';
import { dbName } from '../../tests/unit/clip';

const at = (iso: string): Date => new Date(iso);
const state = (over: Partial<BackupState>): BackupState => ({ ...DEFAULT_BACKUP, ...over });

describe('is a backup due', () => {
  it('never when off, at once when none was made', () => {
    expect(isBackupDue(state({ schedule: 'off', lastAt: null }), at('2026-12-02T10:00:00Z'))).toBe(false);
    expect(isBackupDue(state({ schedule: 'off', lastAt: '2020-01-01T00:00:00Z', lastOk: true }), at('2026-12-02T10:00:00Z'))).toBe(false);
    expect(isBackupDue(state({ schedule: 'daily', lastAt: null }), at('2026-12-02T10:00:00Z'))).toBe(true);
    expect(isBackupDue(state({ schedule: 'weekly', lastAt: 'not a date' }), at('2026-12-02T10:00:00Z'))).toBe(true);
  });

  it('daily after 24 hours, weekly after 7 days, not a moment before', () => {
    const done = { lastAt: '2026-12-01T10:00:00.000Z', lastOk: true };
    expect(isBackupDue(state({ schedule: 'daily', ...done }), at('2026-12-02T09:59:59Z'))).toBe(false);
    expect(isBackupDue(state({ schedule: 'daily', ...done }), at('2026-12-02T10:00:00Z'))).toBe(true);
    expect(isBackupDue(state({ schedule: 'weekly', ...done }), at('2026-12-07T10:00:00Z'))).toBe(false);
    expect(isBackupDue(state({ schedule: 'weekly', ...done }), at('2026-12-08T10:00:00Z'))).toBe(true);
  });

  it('retries a failed backup after an hour, and a clock set back counts as due', () => {
    const failed = { schedule: 'weekly' as const, lastAt: '2026-12-02T10:00:00.000Z', lastOk: false };
    expect(isBackupDue(state(failed), at('2026-12-02T10:30:00Z'))).toBe(false);
    expect(isBackupDue(state(failed), at('2026-12-02T11:00:00Z'))).toBe(true);
    expect(isBackupDue(state({ schedule: 'daily', lastAt: '2026-12-02T10:00:00.000Z', lastOk: true }), at('2026-11-30T10:00:00Z'))).toBe(true);
  });

  it('names the file by the day', () => {
    expect(backupFileName(at('2026-12-02T23:59:00Z'))).toBe('qusasat-backup-2026-12-02.json');
  });
});

describe('the backup state in the prefs table', () => {
  it('is off and never by default, and round-trips', async () => {
    const db = new ClippingsDb(dbName());
    expect(await loadBackupState(db)).toEqual(DEFAULT_BACKUP);
    const next = state({ schedule: 'daily', lastAt: '2026-12-02T10:00:00.000Z', lastOk: true, lastCount: 12 });
    await saveBackupState(db, next);
    expect(await loadBackupState(db)).toEqual(next);
  });

  it('refuses what is not a state, and reads an unreadable row as off', async () => {
    const db = new ClippingsDb(dbName());
    await expect(saveBackupState(db, state({ schedule: 'hourly' as never }))).rejects.toThrow();
    await expect(saveBackupState(db, state({ lastCount: -1 }))).rejects.toThrow();
    await db.prefs.put({ key: BACKUP_KEY, value: { schedule: 'daily', lastAt: 5 } });
    expect(await loadBackupState(db)).toEqual(DEFAULT_BACKUP);
  });
});
