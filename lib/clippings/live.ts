import Dexie, { type ObservabilitySet } from 'dexie';
import type { ClippingsDb } from './db';

/** What changed in a table: these primary keys, or anything (a bulk write, a clear, another tab's big import). */
export type TableChange = { ids: string[] } | { all: true };

interface Node { from?: unknown; to?: unknown; l?: Node | null; r?: Node | null }

/** The keys of a Dexie range set when it holds single keys only; null when it holds a range. */
function pointKeys(set: Node, out: string[]): boolean {
  if (set.from === undefined) return true; // empty
  if (set.from !== set.to || typeof set.from !== 'string') return false;
  out.push(set.from);
  return (!set.l || pointKeys(set.l, out)) && (!set.r || pointKeys(set.r, out));
}

/**
 * Follow writes to one table from every context of the extension: this page, other tabs, the
 * background's service worker. Dexie reports each committed write here (and relays other contexts'
 * writes over a BroadcastChannel), which is also what its liveQuery builds on; reading only the keys
 * that changed keeps a change in a 10,000-clipping library cheap. Changes within `coalesceMs` come
 * as one. Returns the unsubscribe function.
 */
export function watchTable(db: ClippingsDb, table: 'clippings' | 'trash', onChange: (c: TableChange) => void, coalesceMs = 16): () => void {
  const part = `idb://${db.name}/${table}/`;
  let pending: Set<string> | 'all' | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = (): void => {
    timer = null;
    const p = pending;
    pending = null;
    if (p === 'all') onChange({ all: true });
    else if (p && p.size) onChange({ ids: [...p] });
  };
  const handler = (parts: ObservabilitySet): void => {
    const set = (parts as Record<string, Node | undefined>)[part];
    if (!set && !('all' in parts)) return;
    const keys: string[] = [];
    if (!set || !pointKeys(set, keys)) pending = 'all';
    else if (pending !== 'all') {
      if (!pending) pending = new Set();
      for (const k of keys) pending.add(k);
    }
    if (timer === null) timer = setTimeout(flush, coalesceMs);
  };
  Dexie.on('storagemutated', handler);
  return () => {
    Dexie.on('storagemutated').unsubscribe(handler);
    if (timer !== null) clearTimeout(timer);
  };
}
