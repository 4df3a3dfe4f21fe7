import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { runtimeConnector } from './runtime-connector';
import { PartialImportError } from './connector';
import { clip } from '../../tests/unit/clip';

describe('runtimeConnector', () => {
  beforeEach(() => fakeBrowser.reset());

  it('imports in batches and says how many were stored when a later batch fails', async () => {
    let calls = 0;
    fakeBrowser.runtime.onMessage.addListener(async (msg: unknown) => {
      const m = msg as { type: string; clippings: unknown[] };
      if (m.type !== 'popup:import-clippings') return undefined;
      calls++;
      return calls < 2 ? { ok: true, added: m.clippings.length, skipped: 0 } : { ok: false, error: 'storage is full (quota exceeded)' };
    });
    const records = Array.from({ length: 2500 }, () => clip());
    const err = await runtimeConnector.importClippings(records).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PartialImportError);
    expect((err as PartialImportError).added).toBe(2000);
    expect((err as Error).message).toMatch(/quota/);
  });

  it('lists a first page, then the rest, without repeats', async () => {
    const all = Array.from({ length: 250 }, () => clip());
    fakeBrowser.runtime.onMessage.addListener(async (msg: unknown) => {
      const m = msg as { type: string; page: { offset: number; limit: number } };
      if (m.type !== 'popup:list-clippings') return undefined;
      // A clipping saved between the two pages shifts the second one by one.
      const shift = m.page.offset > 0 ? 1 : 0;
      return { ok: true, clippings: all.slice(m.page.offset - shift, m.page.offset - shift + m.page.limit) };
    });
    const pages: number[] = [];
    const list = await runtimeConnector.listClippings((soFar) => pages.push(soFar.length));
    expect(pages).toEqual([200]);
    expect(list.map((c) => c.id)).toEqual(all.map((c) => c.id));
  });
});
