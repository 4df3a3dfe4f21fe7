import { describe, expect, it, vi } from 'vitest';
import { ClippingsDb } from '../../lib/clippings/db';
import { ClippingStore } from '../../lib/clippings/store';
import { setCorrection } from '../../lib/clippings/corrections';
import { dbName } from '../../tests/unit/clip';

/** What happened, in order: the corrections read asked for, the analysis run. */
const order: string[] = [];
vi.mock('../../lib/arabic/analyze', async (original) => {
  const real = await original<typeof import('../../lib/arabic/analyze')>();
  return { ...real, analyze: (...a: Parameters<typeof real.analyze>) => { order.push('analyze'); return real.analyze(...a); } };
});
const { handleMessage } = await import('./handlers');

describe('an analysis asked for by a content script', () => {
  it('asks for the reader\'s corrections before it analyses, and applies them to the answer', async () => {
    const store = new ClippingStore(new ClippingsDb(dbName()));
    await setCorrection(store.db, 'بغداد', 'none');
    const read = store.db.corrections.toArray.bind(store.db.corrections);
    store.db.corrections.toArray = (() => { order.push('corrections'); return read(); }) as typeof read;
    const text = 'زار الوزير بغداد أمس';
    const r = await handleMessage(store, { type: 'content:analyze', text, ref: '2023-03-14' }, { extensionPage: false, url: 'https://news.example/a', tabId: 1 });
    expect(order).toEqual(['corrections', 'analyze']);
    expect(r).toMatchObject({ ok: true });
    const spans = (r as { spans: { start: number; end: number }[] }).spans;
    expect(spans.some((s) => text.slice(s.start, s.end) === 'بغداد')).toBe(false);
  });
});
