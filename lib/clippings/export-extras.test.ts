import { describe, expect, it } from 'vitest';
import { ClippingsDb } from './db';
import { ClippingStore } from './store';
import { EXPORT_VERSION, parseExport, toJson } from './export-json';
import { jsonExportParts } from './streamed-export';
import { importExtras, readExtras } from './export-extras';
import { setCorrection } from './corrections';
import { DEFAULT_PREFS, PRESETS, saveDisplayPrefs } from './prefs';
import { clip, dbName } from '../../tests/unit/clip';

async function filled(): Promise<ClippingsDb> {
  const db = new ClippingsDb(dbName());
  await new ClippingStore(db).importMany([clip({ id: 'c1' }), clip({ id: 'c2' })]);
  await db.reviews.bulkAdd([
    { clippingId: 'c1', at: '2026-03-01T08:00:00.000Z', action: 'keep' },
    { clippingId: 'c2', at: '2026-03-02T08:00:00.000Z', action: 'archive' },
  ]);
  await setCorrection(db, 'الجعفري', 'person', new Date('2026-03-01T09:00:00.000Z'));
  await setCorrection(db, 'الخميس', 'none', new Date('2026-03-01T10:00:00.000Z'));
  await saveDisplayPrefs(db, { ...DEFAULT_PREFS, ...PRESETS.contrast, button: { show: false, corner: 'top-right' } });
  return db;
}

const text = async (parts: BlobPart[]): Promise<string> => new Blob(parts).text();

describe('the export carries review history, corrections and settings', () => {
  it('round trip: the file holds them, importing it into an empty database gives the same rows, twice changes nothing', async () => {
    const a = await filled();
    const store = new ClippingStore(a);
    const file = await text((await jsonExportParts(store)).parts);
    const data = JSON.parse(file) as Record<string, unknown[]>;
    expect(data.version).toBe(EXPORT_VERSION);
    expect(data.reviews).toHaveLength(2);
    expect(data.corrections).toHaveLength(2);
    expect(data.prefs).toHaveLength(1);
    // The streamed file and the whole-string one are the same bytes.
    expect(toJson(await store.list(), await readExtras(a))).toBe(file);

    const parsed = parseExport(file);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    const b = new ClippingsDb(dbName());
    await new ClippingStore(b).importMany(parsed.clippings);
    expect((await importExtras(b, parsed.extras)).added).toBe(5);
    expect(await readExtras(b)).toEqual(await readExtras(a));
    expect((await importExtras(b, parsed.extras)).added).toBe(0);
    expect(await b.reviews.count()).toBe(2);
    expect(await text((await jsonExportParts(new ClippingStore(b))).parts)).toBe(file);
  });

  it('merges: review rows already here are not doubled, a newer correction here wins, the file’s settings are taken', async () => {
    const a = await filled();
    const parsed = parseExport(toJson(await new ClippingStore(a).list(), await readExtras(a)));
    if (!parsed.ok) throw new Error('parse');
    const b = new ClippingsDb(dbName());
    await b.reviews.add({ clippingId: 'c1', at: '2026-03-01T08:00:00.000Z', action: 'keep' });
    await b.reviews.add({ clippingId: 'c9', at: '2026-04-01T08:00:00.000Z', action: 'open' });
    await setCorrection(b, 'الجعفري', 'org', new Date('2026-05-01T00:00:00.000Z'));
    await importExtras(b, parsed.extras);
    expect(await b.reviews.count()).toBe(3);
    expect((await b.corrections.get((await readExtras(a)).corrections.find((c) => c.text === 'الجعفري')!.key))!.kind).toBe('org');
    expect((await b.corrections.toArray()).map((c) => c.text).sort()).toEqual(['الجعفري', 'الخميس']);
    expect(((await b.prefs.get('display'))!.value as typeof DEFAULT_PREFS).button.corner).toBe('top-right');
  });

  it('undo takes the import out again (the clippings after it failed): all or nothing', async () => {
    const a = await filled();
    const parsed = parseExport(toJson([], await readExtras(a)));
    if (!parsed.ok) throw new Error('parse');
    const b = new ClippingsDb(dbName());
    await b.reviews.add({ clippingId: 'c9', at: '2026-04-01T08:00:00.000Z', action: 'open' });
    await saveDisplayPrefs(b, DEFAULT_PREFS);
    const before = await readExtras(b);
    const done = await importExtras(b, parsed.extras);
    expect(done.added).toBeGreaterThan(0);
    await done.undo();
    expect(await readExtras(b)).toEqual(before);
  });

  it('reads older files without them, and refuses a file with a bad row before anything is imported', () => {
    const old = parseExport(JSON.stringify({ version: 1, clippings: [clip({ id: 'x' })] }));
    expect(old.ok && old.extras).toEqual({ reviews: [], corrections: [], prefs: [] });
    const bad = parseExport(JSON.stringify({ version: EXPORT_VERSION, clippings: [], reviews: [{ clippingId: 'x', at: 'yesterday', action: 'keep' }] }));
    expect(bad).toEqual({ ok: false, problem: { code: 'bad-record', record: 1, field: 'reviews.at' } });
    const kind = parseExport(JSON.stringify({ version: EXPORT_VERSION, clippings: [], corrections: [{ key: 'k', text: 'ك', kind: 'planet', at: '2026-01-01T00:00:00.000Z' }] }));
    expect(kind).toEqual({ ok: false, problem: { code: 'bad-record', record: 1, field: 'corrections.kind' } });
    const huge = parseExport(JSON.stringify({ version: EXPORT_VERSION, clippings: [], prefs: [{ key: 'display', value: 'x'.repeat(30_000) }] }));
    expect(huge.ok).toBe(false);
  });
});
