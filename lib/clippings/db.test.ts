import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { ClippingsDb, DB_VERSION } from './db';
import { ClippingStore } from './store';
import { dedupeKey } from './model';
import { clip, dbName } from '../../tests/unit/clip';
import { derive } from './derive';
import { readOldLibrary } from './old-library';

describe('schema upgrade v1 → v2', () => {
  it('keeps every v1 record intact and adds the page and entity indexes', async () => {
    const name = dbName();
    // A library written by the first version: v1 schema, rows with the v1 derived key only.
    const v1 = new Dexie(name);
    v1.version(1).stores({ clippings: 'id, createdAt, site, kind, &dedupe, *tags' });
    const old = [
      clip({ url: 'https://a.example/x#frag', entities: [{ kind: 'person', start: 0, end: 7, text: 'الجعفريّ' }], tags: ['عراق'] }),
      clip({ kind: 'quote', speaker: 'فؤاد حسين', note: 'ملاحظة' }),
      clip({ position: null, prefix: '', suffix: '' }),
    ];
    await v1.table('clippings').bulkAdd(old.map((c) => ({ ...c, dedupe: dedupeKey(c) })));
    v1.close();

    const db = new ClippingsDb(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    const store = new ClippingStore(db);
    const after = await store.list();
    expect(after).toEqual([...old].reverse());
    // The new indexes answer.
    expect((await store.forPage('https://a.example/x')).map((c) => c.id)).toEqual([old[0]!.id]);
    const rows = await db.clippings.toArray();
    expect(rows.find((r) => r.id === old[0]!.id)!.entityKeys).toEqual(['person:جعفري']);
    expect(rows.find((r) => r.id === old[1]!.id)!.entityKeys).toEqual(['person:فواد حسين']);
    // Saving still deduplicates against the old rows.
    const { id: _i, createdAt: _c, updatedAt: _u, note: _n, tags: _t, ...draft } = old[1]!;
    expect((await store.save(draft)).status).toBe('duplicate');
    db.close();
  });
});

describe('schema upgrade v2 → v3', () => {
  it('keeps every v2 record and adds the empty trash, reviews, corrections and prefs tables', async () => {
    const name = dbName();
    const v2 = new Dexie(name);
    v2.version(2).stores({ clippings: 'id, createdAt, site, kind, &dedupe, *tags, page' });
    const old = [clip({ note: 'ملاحظة', tags: ['سوريا'] }), clip({ kind: 'quote', speaker: 'فؤاد حسين' })];
    await v2.table('clippings').bulkAdd(old.map((c) => ({ ...c, ...derive(c) })));
    v2.close();

    const db = new ClippingsDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await new ClippingStore(db).list()).toEqual([...old].reverse());
    for (const t of [db.trash, db.reviews, db.corrections, db.prefs]) expect(await t.count()).toBe(0);
    db.close();
  });
});

describe('a failed upgrade', () => {
  /** A v1 library holding good rows and one an old version wrote badly (entities not a list: v2's upgrade throws on it). */
  async function v1WithCrafted(name: string) {
    const v1 = new Dexie(name);
    v1.version(1).stores({ clippings: 'id, createdAt, site, kind, &dedupe, *tags' });
    const good = [clip({ note: 'ملاحظة قديمة', tags: ['عراق'] }), clip({ kind: 'quote', speaker: 'فؤاد حسين' })];
    const crafted = { ...clip(), entities: null };
    await v1.table('clippings').bulkAdd([...good, crafted].map((c) => ({ ...c, dedupe: `k-${c.id}` })));
    v1.close();
    return { good, crafted };
  }

  it('leaves the old database as it was and readable, and says which rows it could not read', async () => {
    const name = dbName();
    const { good, crafted } = await v1WithCrafted(name);
    const db = new ClippingsDb(name);
    await expect(db.open()).rejects.toThrow(TypeError);
    db.close();
    // Still version 1, every row as written (the crafted one too).
    const raw = new Dexie(name);
    await raw.open();
    expect(raw.verno).toBe(1);
    expect((await raw.table('clippings').toArray()).map((r: { id: string }) => r.id).sort()).toEqual([...good, crafted].map((c) => c.id).sort());
    raw.close();
    const old = (await readOldLibrary(name, DB_VERSION))!;
    expect(old.clippings).toEqual([...good].reverse());
    expect(old.unreadable).toBe(1);
  });

  it('is not claimed when the database is already current or missing', async () => {
    const name = dbName();
    const db = new ClippingsDb(name);
    await db.open();
    db.close();
    expect(await readOldLibrary(name, DB_VERSION)).toBeNull();
    expect(await readOldLibrary(dbName(), DB_VERSION)).toBeNull();
  });
});

describe('an open that failed on a full disk', () => {
  it('is tried again by the next call once there is room, in the same ClippingsDb', async () => {
    // Chromium after its store closed on a full disk: indexedDB.open fails while the disk is full.
    const real = indexedDB.open.bind(indexedDB);
    let diskFull = true;
    const spy = vi.spyOn(indexedDB, 'open').mockImplementation((name: string, version?: number) => {
      if (!diskFull) return real(name, version);
      const req = { error: new DOMException('IO error: 000003.log: FILE_ERROR_NO_SPACE (ChromeMethodBFE: 3::WritableFileAppend::8)', 'UnknownError') } as unknown as IDBOpenDBRequest;
      setTimeout(() => req.onerror?.({ target: req, preventDefault() {}, stopPropagation() {} } as unknown as Event));
      return req;
    });
    try {
      const store = new ClippingStore(new ClippingsDb(dbName()));
      await expect(store.save(clip())).rejects.toThrow();
      diskFull = false;
      await vi.waitFor(async () => expect((await store.save(clip({ text: 'نص بعد تفريغ القرص' }))).status).toBe('saved'));
      expect((await store.list()).map((c) => c.text)).toEqual(['نص بعد تفريغ القرص']);
    } finally {
      spy.mockRestore();
    }
  });
});
