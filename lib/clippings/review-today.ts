/**
 * The day's review set read from the database. It is chosen once a day and kept (a row of `prefs`):
 * later openings that day read five rows, not the library. Choosing needs every clipping's id (one
 * key-only read) and the save time of those saved around an anniversary (a walk of the createdAt
 * index over those days only); then the few chosen rows are read whole. Listing 10,000 ids was most
 * of the review view's opening.
 */
import type { ClippingsDb, ReviewRow } from './db';
import { stripDerived } from './derive';
import type { Clipping } from './model';
import { anniversaryRanges, dailySet, DAILY_SIZE, historyOf, type Pick, type Reason, type Stub } from './review';

/** The `prefs` row that keeps the day's set. */
export const DAY_SET_KEY = 'review-day';

/** The day's set as kept: its day and, in order, the ids and why each came back. */
export interface DaySet { day: string; picks: Array<{ id: string; reason: Reason }> }

/**
 * `fresh`: the set was chosen by this call (nothing kept for the day yet); the caller keeps it with
 * keepDaySet (a live query reads, it cannot write).
 */
export interface Today { rows: ReviewRow[]; picks: Pick[]; total: number; fresh?: DaySet }

/**
 * The day's set and the review history. A kept set is used when it is the day's and was full: a
 * library of fewer than DAILY_SIZE is chosen again at each opening, so the first clippings a new
 * reader saves come back the same day. `total` is the library's size when the set was chosen now,
 * and at least the set's size when it was kept.
 */
export async function todaysPicks(db: ClippingsDb, day: string): Promise<Today> {
  const [rows, kept] = await Promise.all([db.reviews.toArray(), db.prefs.get(DAY_SET_KEY)]);
  const set = isDaySet(kept?.value) && kept.value.day === day && kept.value.picks.length >= DAILY_SIZE ? kept.value : undefined;
  if (set) {
    // One archived today just leaves the set (as dailySet does); one deleted since is not found.
    const archived = historyOf(rows);
    const open = set.picks.filter((p) => !archived.get(p.id)?.archived);
    const picks = await readWhole(db, open);
    if (picks.length) return { rows, picks, total: set.picks.length };
  }
  const stubs = await stubsFor(db, day);
  const chosen = dailySet(stubs, rows, day);
  const fresh: DaySet = { day, picks: chosen.map((p) => ({ id: p.clipping.id, reason: p.reason })) };
  return { rows, picks: await readWhole(db, fresh.picks), total: stubs.length, fresh };
}

/** Keep the set chosen for the day (what todaysPicks returned as `fresh`). */
export async function keepDaySet(db: ClippingsDb, set: DaySet): Promise<void> {
  await db.prefs.put({ key: DAY_SET_KEY, value: set });
}

/**
 * Choose and keep the day's set if it is not kept yet: run where the library is open anyway (its
 * list view, once on screen), so the review tab opened from there reads a kept set.
 */
export async function chooseDaySet(db: ClippingsDb, day: string): Promise<void> {
  const today = await todaysPicks(db, day);
  if (today.fresh) await keepDaySet(db, today.fresh);
}

/** Every clipping's id, with its save time for those saved on an anniversary day of `day`. */
async function stubsFor(db: ClippingsDb, day: string): Promise<Stub[]> {
  return db.transaction('r', db.clippings, async () => {
    const at = new Map<string, string>();
    await db.clippings.where('createdAt').inAnyRange(anniversaryRanges(day), { includeUppers: false })
      .eachKey((key, cursor) => { at.set(String(cursor.primaryKey), String(key)); });
    const ids = await db.clippings.toCollection().primaryKeys();
    return ids.map((id): Stub => ({ id, createdAt: at.get(id) }));
  });
}

async function readWhole(db: ClippingsDb, chosen: ReadonlyArray<{ id: string; reason: Reason }>): Promise<Pick[]> {
  const full = await db.clippings.bulkGet(chosen.map((p) => p.id));
  return chosen.flatMap((p, i): Pick[] => { const r = full[i]; return r ? [{ clipping: stripDerived(r) as Clipping, reason: p.reason }] : []; });
}

const REASONS: readonly string[] = ['month-ago', 'year-ago', 'random'] satisfies Reason[];

/** A kept row is read back from the database (and may come from an import): checked, not trusted. */
function isDaySet(v: unknown): v is DaySet {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Partial<DaySet>;
  return typeof s.day === 'string' && Array.isArray(s.picks)
    && s.picks.every((p: unknown) => typeof p === 'object' && p !== null && typeof (p as { id?: unknown }).id === 'string' && REASONS.includes(String((p as { reason?: unknown }).reason)));
}

/** How often each tag is used, from the multi-entry tags index (keys only, one per tag of a clipping). */
export async function indexedTagCounts(db: ClippingsDb): Promise<Map<string, number>> {
  const m = new Map<string, number>();
  for (const k of await db.clippings.orderBy('tags').keys()) m.set(String(k), (m.get(String(k)) ?? 0) + 1);
  return m;
}
