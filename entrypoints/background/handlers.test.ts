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
});
