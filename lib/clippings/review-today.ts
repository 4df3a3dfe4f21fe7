/**
 * The day's review set read from the database's indexes: the choice needs every clipping's id (one
 * key-only read) and the save time of those saved around an anniversary (a walk of the createdAt
 * index over those days only), then the few chosen rows are read whole. Reading all 10,000 rows took
 * most of the review view's opening, and walking the whole createdAt index (one step per clipping)
 * still took most of it.
 */
import type { ClippingsDb, ReviewRow } from './db';
import { stripDerived } from './derive';
import type { Clipping } from './model';
import { anniversaryRanges, dailySet, type Pick, type Stub } from './review';

export interface Today { rows: ReviewRow[]; picks: Pick[]; total: number }

/** The day's set and the review history it was chosen with (both read side by side, not one after the other). */
export async function todaysPicks(db: ClippingsDb, day: string): Promise<Today> {
  const [rows, stubs] = await Promise.all([db.reviews.toArray(), db.transaction('r', db.clippings, async () => {
    const at = new Map<string, string>();
    await db.clippings.where('createdAt').inAnyRange(anniversaryRanges(day), { includeUppers: false })
      .eachKey((key, cursor) => { at.set(String(cursor.primaryKey), String(key)); });
    const ids = await db.clippings.toCollection().primaryKeys();
    return ids.map((id): Stub => ({ id, createdAt: at.get(id) }));
  })]);
  const chosen = dailySet(stubs, rows, day);
  const full = await db.clippings.bulkGet(chosen.map((p) => p.clipping.id));
  const picks = chosen.flatMap((p, i): Pick[] => { const r = full[i]; return r ? [{ clipping: stripDerived(r) as Clipping, reason: p.reason }] : []; });
  return { rows, picks, total: stubs.length };
}

/** How often each tag is used, from the multi-entry tags index (keys only, one per tag of a clipping). */
export async function indexedTagCounts(db: ClippingsDb): Promise<Map<string, number>> {
  const m = new Map<string, number>();
  for (const k of await db.clippings.orderBy('tags').keys()) m.set(String(k), (m.get(String(k)) ?? 0) + 1);
  return m;
}
