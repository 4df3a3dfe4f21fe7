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
});

describe('background handlers for display preferences', () => {
  it('a content script reads the stored prefs, validated; only extension pages announce a change', async () => {
    const { DEFAULT_PREFS, saveDisplayPrefs, PREFS_KEY } = await import('../../lib/clippings/prefs');
    const store = new ClippingStore(new ClippingsDb(dbName()));
    expect(await handleMessage(store, { type: 'content:get-prefs' }, { extensionPage: false })).toEqual({ ok: true, prefs: DEFAULT_PREFS });
    const mine = { ...DEFAULT_PREFS, light: { ...DEFAULT_PREFS.light, place: '#123456' } };
    await saveDisplayPrefs(store.db, mine);
    expect(await handleMessage(store, { type: 'content:get-prefs' }, { extensionPage: false })).toEqual({ ok: true, prefs: mine });
    // Something else written under the key (an old version, a bad import) reads as the defaults.
    await store.db.prefs.put({ key: PREFS_KEY, value: { light: 'red' } });
    expect(await handleMessage(store, { type: 'content:get-prefs' }, { extensionPage: false })).toEqual({ ok: true, prefs: DEFAULT_PREFS });
    expect(await handleMessage(store, { type: 'options:prefs-changed' }, { extensionPage: false })).toBeNull();
    expect(await handleMessage(store, { type: 'options:prefs-changed' }, { extensionPage: true })).toEqual({ ok: true });
  });
});
