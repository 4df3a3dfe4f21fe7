import { describe, expect, it } from 'vitest';
import { loadBackupState, saveBackupState, DEFAULT_BACKUP } from '../lib/clippings/backup';
import { ClippingsDb } from '../lib/clippings/db';
import { parseExport } from '../lib/clippings/export-json';
import { ClippingStore } from '../lib/clippings/store';
import { clip, dbName } from '../tests/unit/clip';
import { backUp, backUpIfDue, type BackupIo } from './backup-run';

/** Downloads that keep what they were given. */
function fakeIo(granted = true): BackupIo & { files: Array<{ name: string; text: Promise<string> }> } {
  const files: Array<{ name: string; text: Promise<string> }> = [];
  return {
    files,
    hasPermission: async () => granted,
    requestPermission: async () => granted,
    write: async (name, parts) => { files.push({ name, text: new Blob(parts).text() }); },
  };
}

describe('the reader\'s backup', () => {
  it('writes the full JSON export under a dated name and records the time and count', async () => {
    const db = new ClippingsDb(dbName());
    await new ClippingStore(db).importMany([clip({ id: 'a', text: 'نص أول' }), clip({ id: 'b', text: 'نص ثان' })]);
    const io = fakeIo();
    const now = new Date('2026-12-02T10:00:00Z');
    const s = await backUp(db, io, now);
    expect(io.files.map((f) => f.name)).toEqual(['qusasat-backup-2026-12-02.json']);
    const parsed = parseExport(await io.files[0]!.text);
    expect(parsed.ok && parsed.clippings.map((c) => c.id).sort()).toEqual(['a', 'b']);
    expect(s).toMatchObject({ lastAt: now.toISOString(), lastOk: true, lastCount: 2, lastError: null });
    expect(await loadBackupState(db)).toEqual(s);
  });

  it('without the permission writes nothing and says why', async () => {
    const db = new ClippingsDb(dbName());
    const io = fakeIo(false);
    const s = await backUp(db, io);
    expect(io.files).toEqual([]);
    expect(s.lastOk).toBe(false);
    expect(s.lastError).toBeTruthy();
  });

  it('on a page opening, backs up only when one is due', async () => {
    const db = new ClippingsDb(dbName());
    const io = fakeIo();
    expect(await backUpIfDue(db, io)).toBeNull();
    await saveBackupState(db, { ...DEFAULT_BACKUP, schedule: 'daily' });
    expect((await backUpIfDue(db, io, new Date('2026-12-02T10:00:00Z')))?.lastOk).toBe(true);
    expect(await backUpIfDue(db, io, new Date('2026-12-02T20:00:00Z'))).toBeNull();
    expect(io.files).toHaveLength(1);
  });
});
