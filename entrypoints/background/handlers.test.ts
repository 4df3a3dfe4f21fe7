import { describe, expect, it } from 'vitest';
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
    expect(describeError(Object.assign(new Error('x'), { name: 'QuotaExceededError' }))).toMatch(/quota/);
    expect(describeError({ name: 'AbortError', message: 'aborted', inner: { name: 'QuotaExceededError' } })).toMatch(/quota/);
  });

  it('lets a content script undo only what its own tab saved, from the same page', async () => {
    const store = new ClippingStore(new ClippingsDb(dbName()));
    const { id: _id, createdAt: _c, updatedAt: _u, note: _n, tags: _t, ...draft } = clip();
    const tab = { extensionPage: false, url: draft.url, tabId: 7 };
    const saved = await handleMessage(store, { type: 'content:save-clipping', draft }, tab) as { ok: true; clipping: { id: string } };
    const other = clip();
    await store.importMany([other]);
    // Another tab, another page, or a clipping this tab did not save: refused, nothing deleted.
    expect(await handleMessage(store, { type: 'content:undo-save', id: saved.clipping.id }, { ...tab, tabId: 8 })).toMatchObject({ ok: false });
    expect(await handleMessage(store, { type: 'content:undo-save', id: saved.clipping.id }, { ...tab, url: 'https://evil.example/' })).toMatchObject({ ok: false });
    expect(await handleMessage(store, { type: 'content:undo-save', id: other.id }, tab)).toMatchObject({ ok: false });
    expect(await store.db.clippings.count()).toBe(2);
    expect(await handleMessage(store, { type: 'content:undo-save', id: saved.clipping.id }, tab)).toEqual({ ok: true });
    expect(await store.get(saved.clipping.id)).toBeUndefined();
    expect(await handleMessage(store, { type: 'content:undo-save', id: saved.clipping.id }, tab)).toMatchObject({ ok: false }); // once
  });
});
