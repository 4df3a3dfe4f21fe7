import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ClippingsDb } from '../../lib/clippings/db';
import { ClippingStore } from '../../lib/clippings/store';
import { dbName } from '../../tests/unit/clip';

const calls: string[] = [];
vi.mock('./model', () => ({ ensureNerModel: async () => { calls.push('model'); } }));
vi.mock('../../lib/arabic/analyze', async (original) => {
  const real = await original<typeof import('../../lib/arabic/analyze')>();
  return { ...real, analyze: (...a: Parameters<typeof real.analyze>) => { calls.push('analyze'); return real.analyze(...a); } };
});
const { handleMessage } = await import('./handlers');
const { resetWarmUp } = await import('./warm-up');

const settled = () => new Promise((ok) => setTimeout(ok, 0));
const ask = (store: ClippingStore, extensionPage: boolean) =>
  handleMessage(store, { type: 'content:get-site-settings', site: 'news.example' }, extensionPage ? { extensionPage } : { extensionPage, url: 'https://news.example/a', tabId: 3 });

describe('a worker woken by a page past the gate', () => {
  beforeEach(() => { calls.length = 0; resetWarmUp(); });

  it('loads the model and analyses once before the page asks, when a content script asks for its site settings', async () => {
    const store = new ClippingStore(new ClippingsDb(dbName()));
    expect(await ask(store, false)).toMatchObject({ ok: true });
    await settled();
    expect(calls).toEqual(['model', 'analyze']);
    await ask(store, false);
    await settled();
    expect(calls).toEqual(['model', 'analyze']); // once per worker life
  });

  it('does nothing of the kind for the extension\'s own pages (the options page reads site settings too)', async () => {
    const store = new ClippingStore(new ClippingsDb(dbName()));
    await ask(store, true);
    await settled();
    expect(calls).toEqual([]);
  });
});
