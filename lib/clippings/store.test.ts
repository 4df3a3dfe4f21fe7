import { describe, expect, it } from 'vitest';
import { ClippingsDb } from './db';
import { ClippingStore } from './store';
import type { ClippingDraft } from './model';
import { clip, dbName } from '../../tests/unit/clip';

const draft = (over: Partial<ClippingDraft> = {}): ClippingDraft => {
  const { id: _i, createdAt: _c, updatedAt: _u, note: _n, tags: _t, ...rest } = clip();
  return { ...rest, ...over };
};

describe('ClippingStore', () => {
  it('saves a draft with the fields the store owns, and lists newest first', async () => {
    let t = Date.UTC(2026, 1, 1);
    const store = new ClippingStore(new ClippingsDb(dbName()), () => new Date((t += 1000)));
    const a = await store.save(draft({ text: 'الأولى' }));
    const b = await store.save(draft({ text: 'الثانية' }));
    expect(a.status).toBe('saved');
    expect(a.clipping.note).toBe('');
    expect(a.clipping.tags).toEqual([]);
    expect((await store.list()).map((c) => c.id)).toEqual([b.clipping.id, a.clipping.id]);
    expect((await store.list({ offset: 1, limit: 5 })).map((c) => c.id)).toEqual([a.clipping.id]);
    expect((await store.list({ offset: 0, limit: 1 })).map((c) => c.id)).toEqual([b.clipping.id]);
    // Derived index fields never leak out.
    expect(Object.keys((await store.get(a.clipping.id))!)).not.toContain('dedupe');
  });

  it('keeps one clipping for the same text from the same page, whatever the diacritics or fragment', async () => {
    const store = new ClippingStore(new ClippingsDb(dbName()));
    const first = await store.save(draft({ url: 'https://x.example/a', text: 'قالَ الوزيرُ' }));
    const again = await store.save(draft({ url: 'https://x.example/a#p2', text: 'قال  الوزير' }));
    expect(again.status).toBe('duplicate');
    expect(again.clipping.id).toBe(first.clipping.id);
    const other = await store.save(draft({ url: 'https://x.example/b', text: 'قال الوزير' }));
    expect(other.status).toBe('saved');
    expect(await store.db.clippings.count()).toBe(2);
  });

  it('finds the clippings of a page, edits note and tags, deletes and restores exactly', async () => {
    const store = new ClippingStore(new ClippingsDb(dbName()));
    const { clipping } = await store.save(draft({ url: 'https://x.example/a#top' }));
    await store.save(draft({ url: 'https://x.example/other', text: 'غيرها' }));
    expect((await store.forPage('https://x.example/a')).map((c) => c.id)).toEqual([clipping.id]);
    const edited = await store.update(clipping.id, { note: 'مهم', tags: [' سياسة ', 'سياسة', '', 'العراق'] });
    expect(edited.tags).toEqual(['سياسة', 'العراق']);
    expect(await store.get(clipping.id)).toEqual(edited);
    await store.removeMany([clipping.id]);
    expect(await store.get(clipping.id)).toBeUndefined();
    await store.restore([edited]);
    expect(await store.get(clipping.id)).toEqual(edited);
    await expect(store.update('nope', { note: 'x' })).rejects.toThrow(/no longer exists/);
  });

  it('imports records as they are and skips duplicates by id or by text, counting them', async () => {
    const store = new ClippingStore(new ClippingsDb(dbName()));
    const here = await store.save(draft({ url: 'https://x.example/a', text: 'موجود' }));
    const a = clip();
    const b = clip({ url: 'https://x.example/a', text: 'مَوجود' }); // same text and page as `here`
    const r = await store.importMany([a, b, here.clipping, a]);
    expect(r).toEqual({ added: 1, skipped: 3 });
    expect(await store.get(a.id)).toEqual(a);
  });

  it('takes a clipping the import brings back out of the trash, and puts it back there if the import is rolled back', async () => {
    const store = new ClippingStore(new ClippingsDb(dbName()));
    const { clipping } = await store.save(draft({ url: 'https://x.example/a', text: 'محذوفة' }));
    await store.remove([clipping.id]);
    expect(await store.trashIds()).toEqual([clipping.id]);
    expect(await store.importAll([clipping])).toEqual({ added: 1, skipped: 0 });
    expect(await store.get(clipping.id)).toEqual(clipping);
    expect(await store.trashIds()).toEqual([]);

    await store.remove([clipping.id]);
    const broken = { ...clip(), id: { not: 'a key' } as unknown as string };
    await expect(store.importAll([clipping, broken])).rejects.toThrow();
    expect(await store.get(clipping.id)).toBeUndefined();
    expect(await store.trashIds()).toEqual([clipping.id]);
  });

  it('a rolled-back import that brought nothing out of the trash writes nothing more to the database', async () => {
    // On a full disk Chromium closes the store under the failed write; a write of nothing begun then
    // never settled, and the import hung (tests/e2e/quota.e2e.ts).
    const store = new ClippingStore(new ClippingsDb(dbName()));
    const writes: string[] = [];
    for (const name of ['bulkPut', 'bulkAdd', 'bulkDelete', 'put'] as const) {
      const table = store.db.trash;
      const real = table[name].bind(table) as (...a: unknown[]) => unknown;
      (table as unknown as Record<string, unknown>)[name] = (...a: unknown[]) => { writes.push(`trash.${name}`); return real(...a); };
    }
    const broken = { ...clip(), id: { not: 'a key' } as unknown as string };
    await expect(store.importAll([clip(), broken])).rejects.toThrow();
    expect(writes).toEqual([]);
    expect(await store.list()).toEqual([]);
  });

  it('restores a trashed clipping whose passage was saved again by joining that copy, and the rest of the chunk as they were', async () => {
    let t = Date.UTC(2026, 1, 1);
    const store = new ClippingStore(new ClippingsDb(dbName()), () => new Date((t += 1000)));
    const url = 'https://x.example/a';
    const old = (await store.save(draft({ url, text: 'قال الوزير' }))).clipping;
    await store.update(old.id, { note: 'ملاحظتي الأولى', tags: ['سوريا'] });
    const other = (await store.save(draft({ url, text: 'نص آخر' }))).clipping;
    await store.db.reviews.add({ clippingId: old.id, at: new Date(t).toISOString(), action: 'kept' } as never);
    await store.remove([old.id, other.id]);
    // Saved again after the delete, with a note of its own.
    const anew = (await store.save(draft({ url, text: 'قال الوزير' }))).clipping;
    await store.update(anew.id, { note: 'ملاحظة جديدة', tags: ['وزارة'] });

    expect(await store.restoreFromTrash([old.id, other.id])).toEqual({ restored: 1, joined: 1 });
    expect(await store.trashIds()).toEqual([]);
    expect(await store.get(other.id)).toMatchObject({ text: 'نص آخر' });
    expect(await store.get(old.id)).toBeUndefined();
    const kept = (await store.get(anew.id))!;
    expect(kept.note).toBe('ملاحظة جديدة\n\nملاحظتي الأولى');
    expect(kept.tags).toEqual(['وزارة', 'سوريا']);
    expect((await store.db.reviews.toArray()).map((r) => r.clippingId)).toEqual([anew.id]);
  });

  it('restores two trashed copies of one passage as one clipping', async () => {
    const store = new ClippingStore(new ClippingsDb(dbName()));
    const a = (await store.save(draft({ url: 'https://x.example/r', text: 'مكرر' }))).clipping;
    await store.update(a.id, { note: 'أ' });
    await store.remove([a.id]);
    const b = (await store.save(draft({ url: 'https://x.example/r', text: 'مكرر' }))).clipping;
    await store.remove([b.id]);
    expect(await store.restoreFromTrash([a.id, b.id])).toEqual({ restored: 1, joined: 1 });
    expect(await store.count()).toBe(1);
    expect((await store.get(a.id))!.note).toBe('أ');
  });

  it('writes nothing of a batch when a write fails for another reason than a duplicate', async () => {
    const store = new ClippingStore(new ClippingsDb(dbName()));
    const a = clip();
    const broken = { ...clip(), id: { not: 'a key' } as unknown as string };
    await expect(store.importMany([a, broken])).rejects.toThrow();
    expect(await store.get(a.id)).toBeUndefined();
  });

  it('lets write errors reach the caller', async () => {
    const db = new ClippingsDb(dbName());
    const store = new ClippingStore(db);
    db.close();
    await expect(store.save(draft())).rejects.toThrow();
  });
});

import { dedupeKey } from './model';
describe('dedupeKey', () => {
  it('is short, the same across spelling variants, and different for different texts or pages', () => {
    const long = 'قال الوزير '.repeat(500);
    expect(dedupeKey({ url: 'https://x.example/a', text: long }).length).toBeLessThan(60);
    expect(dedupeKey({ url: 'https://x.example/a#p', text: 'إنّ  الأمم' })).toBe(dedupeKey({ url: 'https://x.example/a', text: 'ان الامم' }));
    expect(dedupeKey({ url: 'https://x.example/a', text: 'ان الامم' })).not.toBe(dedupeKey({ url: 'https://x.example/a', text: 'ان الامن' }));
    expect(dedupeKey({ url: 'https://x.example/a', text: 'ان الامم' })).not.toBe(dedupeKey({ url: 'https://x.example/b', text: 'ان الامم' }));
  });
});
