/**
 * The day's review set read from the database's indexes: the choice needs only each clipping's id
 * and save time (two key-only reads of the createdAt index), then the few chosen rows are read
 * whole. Reading all 10,000 rows with their text and entities took most of the review view's opening.
 */
import type { ClippingsDb, ReviewRow } from './db';
import { stripDerived } from './derive';
import type { Clipping } from './model';
import { dailySet, type Pick, type Stub } from './review';

export interface Today { picks: Pick[]; total: number }

export async function todaysPicks(db: ClippingsDb, rows: readonly ReviewRow[], day: string): Promise<Today> {
  const stubs = await db.transaction('r', db.clippings, async () => {
    const byTime = db.clippings.orderBy('createdAt');
    // The same index walked twice in one transaction: the n-th key and the n-th primary key are one row.
    const [ats, ids] = await Promise.all([byTime.keys(), byTime.primaryKeys()]);
    return ids.map((id, i): Stub => ({ id, createdAt: String(ats[i]) }));
  });
  const chosen = dailySet(stubs, rows, day);
  const full = await db.clippings.bulkGet(chosen.map((p) => p.clipping.id));
  const picks = chosen.flatMap((p, i): Pick[] => { const r = full[i]; return r ? [{ clipping: stripDerived(r) as Clipping, reason: p.reason }] : []; });
  return { picks, total: stubs.length };
}

/** How often each tag is used, from the multi-entry tags index (keys only, one per tag of a clipping). */
export async function indexedTagCounts(db: ClippingsDb): Promise<Map<string, number>> {
  const m = new Map<string, number>();
  for (const k of await db.clippings.orderBy('tags').keys()) m.set(String(k), (m.get(String(k)) ?? 0) + 1);
  return m;
}
