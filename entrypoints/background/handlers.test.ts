import { describe, expect, it } from 'vitest';
import { ClippingsDb } from '../../lib/clippings/db';
import { ClippingStore } from '../../lib/clippings/store';
import { describe as describeError, handleMessage } from './handlers';
import { clip, dbName } from '../../tests/unit/clip';

describe('background handlers for the library', () => {
  it('gives a content script its own page\'s clippings only', async () => {
    const store = new ClippingStore(new ClippingsDb(dbName()));
    const c = clip();
    await store.importMany([c]);
    expect(await handleMessage(store, { type: 'content:page-clippings', url: c.url }, { extensionPage: false, url: `${c.url}#x` })).toMatchObject({ ok: true, clippings: [{ id: c.id }] });
    // Another page's clippings are not for this content script.
    expect(await handleMessage(store, { type: 'content:page-clippings', url: c.url }, { extensionPage: false, url: 'https://evil.example/' })).toBeNull();
  });

  it('answers no message that would list, import, restore or delete the library (the pages use the database)', async () => {
    const store = new ClippingStore(new ClippingsDb(dbName()));
    await store.importMany([clip()]);
    expect(await handleMessage(store, { type: 'popup:list-clippings' })).toBeNull();
    expect(await handleMessage(store, { type: 'popup:delete-clippings', ids: ['id-1'] })).toBeNull();
    expect(await handleMessage(store, { type: 'popup:import-clippings', clippings: [clip()] })).toBeNull();
    expect(await store.db.clippings.count()).toBe(1);
    expect(await handleMessage(store, { type: 'popup:clippings-changed' })).toEqual({ ok: true });
    // Nor may a content script say the library changed.
    expect(await handleMessage(store, { type: 'popup:clippings-changed' }, { extensionPage: false })).toBeNull();
  });

  it('names a full disk', () => {
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
