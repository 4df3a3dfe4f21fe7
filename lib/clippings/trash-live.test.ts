import { describe, expect, it } from 'vitest';
import { ClippingsDb } from './db';
import { ClippingStore, ImportRolledBack } from './store';
import { jsonExportParts } from './streamed-export';
import { toJson } from './export-json';
import { watchTable, type TableChange } from './live';
import { mergeChanged } from './merge';
import { isQuotaError } from './errors';
import { derive } from './derive';
import { clip, dbName } from '../../tests/unit/clip';

const store = () => new ClippingStore(new ClippingsDb(dbName()));

describe('the library in the database (pages read it themselves)', () => {
  it('reads newest first in chunks, ties on the date neither repeated nor skipped', async () => {
    const s = store();
    const same = '2026-02-02T00:00:00.000Z';
    const all = [...Array.from({ length: 7 }, () => clip({ createdAt: same, updatedAt: same })), ...Array.from({ length: 6 }, () => clip())];
    await s.importMany(all);
    const sizes: number[] = [];
    const ids: string[] = [];
    for await (const chunk of s.chunks(3, 2)) { sizes.push(chunk.length); ids.push(...chunk.map((c) => c.id)); }
    expect(sizes[0]).toBe(2);
    expect(ids.sort()).toEqual(all.map((c) => c.id).sort());
    expect(ids).toHaveLength(13);
  });

  it('moves deleted clippings to the trash and back exactly, in chunks', async () => {
    const s = store();
    const all = Array.from({ length: 1203 }, (_, i) => clip({ note: `ملاحظة ${i}`, tags: ['وسم'] }));
    await s.importMany(all);
    const before = await s.list();
    const progress: number[] = [];
    expect(await s.remove(all.map((c) => c.id), (n) => progress.push(n))).toBe(1203);
    expect(progress).toEqual([500, 1000, 1203]);
    expect(await s.count()).toBe(0);
    expect(await s.trashCount()).toBe(1203);
    expect(await s.restoreFromTrash(all.map((c) => c.id))).toEqual({ restored: 1203, joined: 0 });
    expect(await s.list()).toEqual(before);
    expect(await s.trashCount()).toBe(0);
    // Derived keys came back too: the same text is still a duplicate.
    const { id: _i, createdAt: _c, updatedAt: _u, note: _n, tags: _t, ...draft } = all[0]!;
    expect((await s.save(draft)).status).toBe('duplicate');
  });

  it('an import that fails part-way takes back what it wrote; importing again resumes with a count', async () => {
    const s = store();
    await s.importMany([clip()]);
    const many = Array.from({ length: 1200 }, () => clip());
    const broken = [...many.slice(0, 700), { ...clip(), id: { bad: 1 } as unknown as string }, ...many.slice(700)];
    await expect(s.importAll(broken)).rejects.toBeInstanceOf(ImportRolledBack);
    expect(await s.count()).toBe(1);
    // The first chunk fails while the next one, already sent, lands: that one is taken out too.
    const early = [...many.slice(0, 300), { ...clip(), id: { bad: 1 } as unknown as string }, ...many.slice(300)];
    await expect(s.importAll(early)).rejects.toBeInstanceOf(ImportRolledBack);
    expect(await s.count()).toBe(1);
    const half = await s.importAll(many.slice(0, 600));
    expect(half).toEqual({ added: 600, skipped: 0 });
    const seen: number[] = [];
    expect(await s.importAll(many, (d) => seen.push(d))).toEqual({ added: 600, skipped: 600 });
    expect(seen).toEqual([500, 1000, 1200]);
  });

  it('streams a JSON export byte for byte the same as toJson, from the database', async () => {
    const s = store();
    expect(await new Blob((await jsonExportParts(s)).parts).text()).toBe(toJson([]));
    await s.importMany(Array.from({ length: 1100 }, (_, i) => clip({ text: `نص "${i}"\nسطر`, entities: [{ kind: 'person', start: 0, end: 2, text: 'نص' }] })));
    const { parts, count } = await jsonExportParts(s);
    expect(count).toBe(1100);
    expect(parts.length).toBeGreaterThan(1100);
    expect(await new Blob(parts).text()).toBe(toJson(await s.list()));
  });

  it('reports the keys another context wrote, an import\'s too, or "all" for a bulk write', async () => {
    const s = store();
    await s.db.open(); // creating the database is itself an "everything changed"
    const changes: TableChange[] = [];
    const stop = watchTable(s.db, 'clippings', (c) => changes.push(c), 5);
    const other = new ClippingStore(new ClippingsDb(s.db.name));
    const a = clip();
    await other.importMany([a]);
    await new Promise((ok) => setTimeout(ok, 30));
    expect(changes).toEqual([{ ids: [a.id] }]);
    // A chunk of an import names its rows, so an open library reads those and not itself again.
    const chunk = Array.from({ length: 500 }, () => clip());
    await other.importAll(chunk);
    // (However the reports fall into coalescing windows on a busy machine.)
    const named = (): string[] => changes.slice(1).flatMap((c) => ('ids' in c ? c.ids : ['(all)'])).sort();
    await expect.poll(named).toEqual(chunk.map((c) => c.id).sort());
    // So does undoing a big delete: the restored rows come back named, not as "everything".
    const beforeDelete = changes.length;
    await other.remove(chunk.map((c) => c.id));
    await expect.poll(() => changes.length).toBeGreaterThan(beforeDelete);
    const afterDelete = changes.length;
    await other.restoreFromTrash(chunk.map((c) => c.id));
    await expect.poll(() => changes.length).toBeGreaterThan(afterDelete);
    await new Promise((ok) => setTimeout(ok, 30));
    expect(changes.slice(afterDelete).flatMap((c) => ('ids' in c ? c.ids : ['(all)'])).sort()).toEqual(chunk.map((c) => c.id).sort());
    const reports = changes.length;
    await other.db.clippings.bulkPut(Array.from({ length: 60 }, () => clip()).map((c) => ({ ...c, ...derive(c) })));
    await expect.poll(() => changes.slice(reports)).toEqual([{ all: true }]);
    stop();
  });

  it('merges changed clippings into a newest-first list, keeping the others as they were', () => {
    const [a, b, c] = [clip(), clip(), clip()];
    const list = [c!, b!, a!];
    const newer = clip();
    const b2 = { ...b!, note: 'x' };
    const out = mergeChanged(list, [newer.id, b!.id, a!.id], [newer, b2, undefined]);
    expect(out.map((x) => x.id)).toEqual([newer.id, c!.id, b!.id]);
    expect(out[1]).toBe(c);
    expect(out[2]).toBe(b2);
  });

  it('recognises a full disk in every form', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failures: [{ name: 'AbortError', message: 'x' }, { name: 'QuotaExceededError' }] })).toBe(true);
    expect(isQuotaError({ name: 'UnknownError', message: 'IO error: FILE_ERROR_NO_SPACE' })).toBe(true);
    expect(isQuotaError(new Error('this clipping no longer exists'))).toBe(false);
  });
});
