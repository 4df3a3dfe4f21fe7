import type { Clipping } from '../../lib/clippings/model';

let n = 0;
/** A complete clipping for tests; each call gets a new id and a later date unless told. */
export function clip(over: Partial<Clipping> = {}): Clipping {
  n++;
  const at = new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString();
  return {
    id: `id-${n}`, createdAt: at, updatedAt: at, url: `https://news.example/a/${n}`, site: 'news.example', title: `عنوان ${n}`,
    byline: null, published: '2026-01-01', text: `نص القصاصة رقم ${n}`, prefix: 'قبل ', suffix: ' بعد', position: { start: 4, end: 20 },
    kind: 'selection', speaker: null, entities: [], note: '', tags: [], ...over,
  };
}

/** A unique database name per test (fake-indexeddb keeps them all in memory). */
export function dbName(): string {
  return `test-${Math.random().toString(36).slice(2)}`;
}
