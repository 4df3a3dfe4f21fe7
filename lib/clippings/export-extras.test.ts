import { describe, expect, it } from 'vitest';
import { ClippingsDb } from './db';
import { ClippingStore } from './store';
import { EXPORT_VERSION, parseExport, toJson } from './export-json';
import { jsonExportParts } from './streamed-export';
import { importExtras, NO_EXTRAS, readExtras } from './export-extras';
import { SiteSettingsDb } from './site-settings-db';
import { setCorrection } from './corrections';
import { DEFAULT_PREFS, PRESETS, saveDisplayPrefs } from './prefs';
import { clip, dbName } from '../../tests/unit/clip';
import { keepDaySet } from './review-today';

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
  // Chosen from this library for one day: not a setting, and not carried to another library.
  await keepDaySet(db, { day: '2026-03-02', picks: [{ id: 'c1', reason: 'random' }] });
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
    expect(old.ok && old.extras).toEqual({ trash: [], reviews: [], corrections: [], prefs: [], sites: [] });
    const bad = parseExport(JSON.stringify({ version: EXPORT_VERSION, clippings: [], reviews: [{ clippingId: 'x', at: 'yesterday', action: 'keep' }] }));
    expect(bad).toEqual({ ok: false, problem: { code: 'bad-record', record: 1, field: 'reviews.at' } });
    const kind = parseExport(JSON.stringify({ version: EXPORT_VERSION, clippings: [], corrections: [{ key: 'k', text: 'ك', kind: 'planet', at: '2026-01-01T00:00:00.000Z' }] }));
    expect(kind).toEqual({ ok: false, problem: { code: 'bad-record', record: 1, field: 'corrections.kind' } });
    const huge = parseExport(JSON.stringify({ version: EXPORT_VERSION, clippings: [], prefs: [{ key: 'display', value: 'x'.repeat(30_000) }] }));
    expect(huge.ok).toBe(false);
  });
});

describe('the export carries the trash and the per-site settings', () => {
  async function withTrashAndSites(): Promise<{ db: ClippingsDb; sites: SiteSettingsDb; store: ClippingStore }> {
    const db = new ClippingsDb(dbName());
    let now = new Date('2026-03-01T10:00:00.000Z');
    const store = new ClippingStore(db, () => now);
    await store.importMany([clip({ id: 'live' }), clip({ id: 'gone1' }), clip({ id: 'gone2' })]);
    await store.remove(['gone1']);
    now = new Date('2026-03-02T11:30:00.000Z');
    await store.remove(['gone2']);
    const sites = new SiteSettingsDb(dbName());
    await sites.set('news.example', { off: true, hidden: [] });
    await sites.set('other.example', { off: false, hidden: ['quote', 'person'] });
    return { db, sites, store };
  }

  it('round trip: trashed clippings keep their deletion times, sites their choices; streamed and whole files agree; twice adds nothing', async () => {
    const a = await withTrashAndSites();
    const file = await text((await jsonExportParts(a.store, undefined, a.sites)).parts);
    const data = JSON.parse(file) as { clippings: unknown[]; trash: Array<{ deletedAt: string; clipping: { id: string } }>; sites: unknown[] };
    expect(data.clippings).toHaveLength(1);
    expect(data.trash.map((e) => [e.clipping.id, e.deletedAt])).toEqual([['gone1', '2026-03-01T10:00:00.000Z'], ['gone2', '2026-03-02T11:30:00.000Z']]);
    expect(data.sites).toEqual([{ site: 'news.example', off: true, hidden: [] }, { site: 'other.example', off: false, hidden: ['person', 'quote'] }]);
    expect(toJson(await a.store.list(), await readExtras(a.db, a.sites))).toBe(file);

    const parsed = parseExport(file);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    const b = new ClippingsDb(dbName());
    const bSites = new SiteSettingsDb(dbName());
    const bStore = new ClippingStore(b);
    const soon = new Date('2026-03-10T00:00:00.000Z');
    expect((await importExtras(b, parsed.extras, bSites, soon)).added).toBe(4);
    await bStore.importMany(parsed.clippings);
    expect(await bStore.trash()).toEqual(await a.store.trash());
    expect(await bSites.get('news.example')).toEqual({ off: true, hidden: [] });
    expect(await bSites.list()).toEqual(await a.sites.list());
    expect((await importExtras(b, parsed.extras, bSites, soon)).added).toBe(0);
    expect(await b.trash.count()).toBe(2);
    expect(await text((await jsonExportParts(bStore, undefined, bSites)).parts)).toBe(file);
  });

  it('a trashed clipping that is live here, or already in the trash, is left as it is', async () => {
    const a = await withTrashAndSites();
    const parsed = parseExport(toJson(await a.store.list(), await readExtras(a.db, a.sites)));
    if (!parsed.ok) throw new Error('parse');
    const b = new ClippingsDb(dbName());
    const bStore = new ClippingStore(b, () => new Date('2026-04-01T00:00:00.000Z'));
    await bStore.importMany([clip({ id: 'gone1', note: 'restored since' }), clip({ id: 'gone2' })]);
    await bStore.remove(['gone2']);
    expect((await importExtras(b, parsed.extras, new SiteSettingsDb(dbName()), new Date('2026-03-10T00:00:00.000Z'))).added).toBe(2);
    expect((await b.clippings.get('gone1'))!.note).toBe('restored since');
    expect(await b.trash.count()).toBe(1);
    expect((await b.trash.get('gone2'))!.deletedAt).toBe('2026-04-01T00:00:00.000Z');
  });

  it('leaves out trash entries deleted more than 30 days before the import (the library would erase them unseen)', async () => {
    const a = await withTrashAndSites();
    const parsed = parseExport(toJson([], await readExtras(a.db, a.sites)));
    if (!parsed.ok) throw new Error('parse');
    const b = new ClippingsDb(dbName());
    // gone1 was deleted 2026-03-01T10:00, gone2 2026-03-02T11:30: on 2026-04-01T11:00 only gone2 is within 30 days.
    await importExtras(b, parsed.extras, new SiteSettingsDb(dbName()), new Date('2026-04-01T11:00:00.000Z'));
    expect(await b.trash.toCollection().primaryKeys()).toEqual(['gone2']);
  });

  it('undo takes the trash and the sites out again, and puts back a site choice the file replaced', async () => {
    const a = await withTrashAndSites();
    const parsed = parseExport(toJson([], await readExtras(a.db, a.sites)));
    if (!parsed.ok) throw new Error('parse');
    const b = new ClippingsDb(dbName());
    const bSites = new SiteSettingsDb(dbName());
    await bSites.set('news.example', { off: false, hidden: ['date'] });
    const done = await importExtras(b, parsed.extras, bSites);
    expect(await bSites.get('news.example')).toEqual({ off: true, hidden: [] });
    await done.undo();
    expect(await b.trash.count()).toBe(0);
    expect(await bSites.list()).toEqual([{ site: 'news.example', settings: { off: false, hidden: ['date'] } }]);
  });

  it('refuses a file with a bad trash entry or site before anything is imported', () => {
    const at = '2026-01-01T00:00:00.000Z';
    const noTime = parseExport(JSON.stringify({ version: EXPORT_VERSION, clippings: [], trash: [{ deletedAt: 'today', clipping: clip() }] }));
    expect(noTime).toEqual({ ok: false, problem: { code: 'bad-record', record: 1, field: 'trash.deletedAt' } });
    const badClip = parseExport(JSON.stringify({ version: EXPORT_VERSION, clippings: [], trash: [{ deletedAt: at, clipping: { ...clip(), text: 5 } }] }));
    expect(badClip.ok === false && badClip.problem.code === 'bad-record' && badClip.problem.field).toMatch(/^trash\.clipping\./);
    const site = parseExport(JSON.stringify({ version: EXPORT_VERSION, clippings: [], sites: [{ site: '<script>', off: true, hidden: [] }] }));
    expect(site).toEqual({ ok: false, problem: { code: 'bad-record', record: 1, field: 'sites.site' } });
    const kind = parseExport(JSON.stringify({ version: EXPORT_VERSION, clippings: [], sites: [{ site: 'a.example', off: true, hidden: ['planet'] }] }));
    expect(kind).toEqual({ ok: false, problem: { code: 'bad-record', record: 1, field: 'sites.hidden' } });
    // A version 2 file (before the trash and sites) still reads.
    const v2 = parseExport(JSON.stringify({ version: 2, clippings: [clip({ id: 'v2' })], reviews: [], corrections: [], prefs: [] }));
    expect(v2.ok && v2.extras.trash.length + v2.extras.sites.length).toBe(0);
    // A file put together by hand with one clipping both live and trashed: it stays live.
    const c = clip({ id: 'both' });
    const both = parseExport(JSON.stringify({ version: EXPORT_VERSION, clippings: [c], trash: [{ deletedAt: at, clipping: c }] }));
    expect(both.ok && [both.clippings.length, both.extras.trash.length]).toEqual([1, 0]);
  });
});
