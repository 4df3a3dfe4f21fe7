import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { parseExport, toJson } from '../../lib/clippings/export-json';
import { MAX_TEXT } from '../../lib/clippings/validate';
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

  it('names a full disk', async () => {
    expect(await describeError(Object.assign(new Error('x'), { name: 'QuotaExceededError' }))).toBe('quota');
    expect(await describeError({ name: 'AbortError', message: 'aborted', inner: { name: 'QuotaExceededError' } })).toBe('quota');
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

describe('saves asked for by a content script', () => {
  it('are refused past a few per tab in a few seconds, with a message that says why; other tabs still save', async () => {
    const store = new ClippingStore(new ClippingsDb(dbName()));
    const from = (tabId: number) => ({ extensionPage: false, url: 'https://news.example/a', tabId });
    const draft = (i: number) => { const { id, createdAt, updatedAt, ...d } = clip({ text: `مقطع رقم ${i} من صفحة تحفظ وحدها` }); void id; void createdAt; void updatedAt; return d; };
    const answers = [];
    for (let i = 0; i < 300; i++) answers.push(await handleMessage(store, { type: 'content:save-clipping', draft: draft(i) }, from(41)));
    const saved = answers.filter((a) => a && 'status' in a && a.status === 'saved').length;
    expect(saved).toBeGreaterThan(0);
    expect(saved).toBeLessThanOrEqual(10);
    expect(answers.at(-1)).toMatchObject({ ok: false, error: expect.stringMatching(/انتظر|wait/) });
    expect(await store.db.clippings.count()).toBe(saved);
    expect(await handleMessage(store, { type: 'content:save-clipping', draft: draft(1000) }, from(42))).toMatchObject({ ok: true, status: 'saved' });
  });
});

describe('analyses asked for by content scripts', () => {
  it('answers a tab\'s replaced request as superseded, and every tab its latest', async () => {
    const store = new ClippingStore(new ClippingsDb(dbName()));
    const ask = (tabId: number, text: string) => handleMessage(store, { type: 'content:analyze', text, ref: '2023-03-14' }, { extensionPage: false, url: 'https://news.example/a', tabId });
    // The first runs at once; the second waits and is replaced by the third.
    const [a1, a2, a3, b1] = await Promise.all([ask(1, 'زار الوزير بغداد أمس'), ask(1, 'زار الوزير دمشق أمس'), ask(1, 'زار الوزير القاهرة أمس'), ask(2, 'زار الوزير عمّان أمس')]);
    expect(a1).toMatchObject({ ok: true });
    expect(a2).toEqual({ ok: false, error: 'superseded' });
    expect(a3).toMatchObject({ ok: true });
    expect(b1).toMatchObject({ ok: true });
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
