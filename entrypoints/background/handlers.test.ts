import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { parseExport, toJson } from '../../lib/clippings/export-json';
import { MAX_TEXT } from '../../lib/clippings/validate';
import { ClippingsDb } from '../../lib/clippings/db';
import { ClippingStore } from '../../lib/clippings/store';
import { describe as describeError, handleMessage } from './handlers';
import { clip, dbName } from '../../tests/unit/clip';

describe('background handlers for the library', () => {
  it('imports, lists, updates and deletes for extension pages', async () => {
    const store = new ClippingStore(new ClippingsDb(dbName()));
    const c = clip();
    expect(await handleMessage(store, { type: 'popup:import-clippings', clippings: [c, c] })).toEqual({ ok: true, added: 1, skipped: 1 });
    const updated = await handleMessage(store, { type: 'popup:update-clipping', id: c.id, patch: { tags: ['وسم'] } });
    expect(updated).toMatchObject({ ok: true, clipping: { id: c.id, tags: ['وسم'] } });
    expect(await handleMessage(store, { type: 'content:page-clippings', url: c.url }, { extensionPage: false, url: `${c.url}#x` })).toMatchObject({ ok: true, clippings: [{ id: c.id }] });
    // Another page's clippings are not for this content script.
    expect(await handleMessage(store, { type: 'content:page-clippings', url: c.url }, { extensionPage: false, url: 'https://evil.example/' })).toBeNull();
    expect(await handleMessage(store, { type: 'popup:delete-clippings', ids: [c.id] })).toEqual({ ok: true });
    expect(await handleMessage(store, { type: 'popup:list-clippings' })).toEqual({ ok: true, clippings: [] });
  });

  it('refuses library-changing messages from content scripts', async () => {
    const store = new ClippingStore(new ClippingsDb(dbName()));
    await store.importMany([clip()]);
    expect(await handleMessage(store, { type: 'popup:delete-clippings', ids: ['id-1'] }, { extensionPage: false })).toBeNull();
    expect(await handleMessage(store, { type: 'popup:list-clippings' }, { extensionPage: false })).toBeNull();
    expect(await store.db.clippings.count()).toBe(1);
  });

  it('reports write errors, and names a full disk', async () => {
    const db = new ClippingsDb(dbName());
    const store = new ClippingStore(db);
    db.close();
    const r = await handleMessage(store, { type: 'popup:import-clippings', clippings: [clip()] });
    expect(r).toMatchObject({ ok: false });
    expect(describeError(Object.assign(new Error('x'), { name: 'QuotaExceededError' }))).toBe('quota');
    expect(describeError({ name: 'AbortError', message: 'aborted', inner: { name: 'QuotaExceededError' } })).toBe('quota');
  });

  it('answers a full disk with its class, never the raw Dexie or LevelDB text', async () => {
    const store = new ClippingStore(new ClippingsDb(dbName()));
    const bulk = new Dexie.BulkError('bulkAdd(): 1000 of 1000 operations failed', [new DOMException('quota', 'QuotaExceededError')]);
    store.importMany = () => Promise.reject(bulk);
    store.removeMany = () => Promise.reject(new DOMException('Internal error: FILE_ERROR_NO_SPACE', 'UnknownError'));
    expect(await handleMessage(store, { type: 'popup:import-clippings', clippings: [clip()] })).toEqual({ ok: false, error: 'quota' });
    expect(await handleMessage(store, { type: 'popup:delete-clippings', ids: ['a'] })).toEqual({ ok: false, error: 'quota' });
  });
});

describe('background handlers for content scripts', () => {
  const { id: _i, createdAt: _c, updatedAt: _u, note: _n, tags: _t, ...draft } = clip({ text: 'نص القصاصة' , position: { start: 4, end: 14 } });
  const page = { extensionPage: false, url: draft.url };

  it('refuses a draft with a bad note, so later backups still import', async () => {
    const store = new ClippingStore(new ClippingsDb(dbName()));
    expect(await handleMessage(store, { type: 'content:save-clipping', draft: { ...draft, note: 7 } }, page)).toBeNull();
    expect(await handleMessage(store, { type: 'content:save-clipping', draft: { ...draft, tags: [7] } }, page)).toBeNull();
    expect(await handleMessage(store, { type: 'content:save-clipping', draft: { ...draft, position: { start: 1.5, end: 3 } } }, page)).toBeNull();
    expect(await handleMessage(store, { type: 'content:save-clipping', draft: { ...draft, text: 'x'.repeat(MAX_TEXT + 1) } }, page)).toBeNull();
    expect(await handleMessage(store, { type: 'content:save-clipping', draft: { ...draft, entities: [{ kind: 'person', start: 0, end: 99, text: 'x' }] } }, page)).toBeNull();
    expect(await handleMessage(store, { type: 'content:save-clipping', draft: { ...draft, note: 'ملاحظة', tags: ['وسم'] } }, page)).toMatchObject({ ok: true, status: 'saved' });
    const backup = parseExport(toJson(await store.list()));
    expect(backup).toMatchObject({ ok: true, clippings: [{ note: 'ملاحظة', tags: ['وسم'] }] });
  });

  it('stores the known fields of a draft only', async () => {
    const store = new ClippingStore(new ClippingsDb(dbName()));
    const raw = JSON.parse(JSON.stringify({ ...draft, extra: 'x', entities: [{ kind: 'person', start: 0, end: 2, text: 'نص', evil: 1 }] }).replace('"extra":"x"', '"__proto__":{"admin":true},"id":"chosen"'));
    const r = await handleMessage(store, { type: 'content:save-clipping', draft: raw }, page);
    expect(r).toMatchObject({ ok: true, status: 'saved' });
    const [row] = await store.db.clippings.toArray();
    expect(row!.id).not.toBe('chosen');
    expect(Object.keys(row!)).not.toContain('__proto__');
    expect((row as unknown as Record<string, unknown>).admin).toBeUndefined();
    expect(Object.keys(row!.entities[0]!)).toEqual(['kind', 'start', 'end', 'text']);
  });

  it('lets a content script read and change the settings of its own site only', async () => {
    const store = new ClippingStore(new ClippingsDb(dbName()));
    const own = { extensionPage: false, url: 'https://own.example/a' };
    expect(await handleMessage(store, { type: 'content:set-site-settings', site: 'victim.example', settings: { off: true, hidden: [] } }, own)).toBeNull();
    expect(await handleMessage(store, { type: 'content:get-site-settings', site: 'victim.example' }, own)).toBeNull();
    expect(await handleMessage(store, { type: 'content:get-site-settings', site: 'victim.example' })).toEqual({ ok: true, settings: { off: false, hidden: [] } });
    expect(await handleMessage(store, { type: 'content:set-site-settings', site: 'own.example', settings: { off: true, hidden: [] } }, own)).toEqual({ ok: true });
    expect(await handleMessage(store, { type: 'content:get-site-settings', site: 'own.example' }, own)).toEqual({ ok: true, settings: { off: true, hidden: [] } });
    await handleMessage(store, { type: 'content:set-site-settings', site: 'own.example', settings: { off: false, hidden: [] } }, own);
  });
});
