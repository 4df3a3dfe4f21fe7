import Dexie from 'dexie';
import type { Clipping } from './model';
import { stripDerived } from './derive';
import { toClipping } from './validate';

/**
 * When today's schema upgrade throws (a record an old version wrote that the upgrade cannot read),
 * IndexedDB aborts the upgrade and the database stays at its old version, untouched. This reads it
 * as it is, without declaring any version (Dexie's dynamic mode opens the existing schema and never
 * upgrades), so the reader still sees and can copy every clipping while being told what happened.
 */

export interface OldLibrary {
  /** Newest first, each checked as an import would be. */
  clippings: Clipping[];
  /** Rows the check refused (the ones that likely made the upgrade fail); still stored, untouched. */
  unreadable: number;
}

/**
 * After today's code failed to open database `name`: its clippings as its stored version holds them,
 * read only, if it is still at a version older than `current` (the upgrade failed, whatever threw:
 * a record it could not read, a full disk); null if not (no database, or the failure was elsewhere).
 */
export async function readOldLibrary(name: string, current: number): Promise<OldLibrary | null> {
  const db = new Dexie(name);
  try {
    await db.open();
    if (db.verno >= current) return null;
    if (!db.tables.some((t) => t.name === 'clippings')) return { clippings: [], unreadable: 0 };
    const rows = (await db.table('clippings').toArray()) as Array<Clipping & Record<string, unknown>>;
    const clippings: Clipping[] = [];
    let unreadable = 0;
    for (const r of rows) {
      const c = toClipping(stripDerived(r));
      if (c) clippings.push(c);
      else unreadable++;
    }
    clippings.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
    return { clippings, unreadable };
  } catch {
    return null;
  } finally {
    db.close();
  }
}
