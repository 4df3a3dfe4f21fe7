/**
 * The trash in the JSON export: each deleted clipping with the moment it was deleted, so a restored
 * backup keeps the 30 days it had left (and no more). Read from the database in chunks like the
 * clippings (a big trash is never one read nor one string); imported inside the caller's transaction.
 */
import type { ClippingsDb, TrashRow } from './db';
import { derive, stripDerived } from './derive';
import type { Clipping } from './model';
import { CHUNK, TRASH_DAYS } from './store';
import { clippingProblem, isIsoInstant, isObj, toClipping } from './validate';

export interface TrashEntry { deletedAt: string; clipping: Clipping }

/** One entry of a file's `trash`, checked like a clipping; a string names the first bad field. */
export function trashEntry(v: unknown): TrashEntry | string {
  if (!isObj(v)) return 'record';
  if (!isIsoInstant(v.deletedAt)) return 'deletedAt';
  const clipping = toClipping(v.clipping);
  if (!clipping) return `clipping.${clippingProblem(v.clipping) ?? 'record'}`;
  return { deletedAt: v.deletedAt, clipping };
}

const toEntry = ({ deletedAt, ...row }: TrashRow): TrashEntry => ({ deletedAt, clipping: stripDerived(row) });

/** The whole trash in id order (two exports of the same trash diff cleanly), `size` at a time. */
export async function* trashChunks(db: ClippingsDb, size = CHUNK): AsyncGenerator<TrashEntry[]> {
  let last: string | null = null;
  for (;;) {
    const rows: TrashRow[] = await (last === null ? db.trash.orderBy(':id') : db.trash.where(':id').above(last)).limit(size).toArray();
    if (rows.length === 0) return;
    last = rows[rows.length - 1]!.id;
    yield rows.map(toEntry);
    if (rows.length < size) return;
  }
}

/**
 * Put a file's trash entries into the trash, inside a transaction the caller holds on `clippings`
 * and `trash`: one whose id is already here, live or trashed, is skipped (importing twice doubles
 * nothing, and a clipping restored since the backup is not deleted again). One deleted more than
 * TRASH_DAYS ago is left out: the library would erase it unseen the next time it opens. Returns the
 * ids added.
 */
export async function addTrash(db: ClippingsDb, entries: readonly TrashEntry[], now: Date = new Date()): Promise<string[]> {
  const before = new Date(now.getTime() - TRASH_DAYS * 86_400_000).toISOString();
  const recent = entries.filter((e) => e.deletedAt >= before);
  if (!recent.length) return [];
  const ids = recent.map((e) => e.clipping.id);
  const [live, trashed] = await Promise.all([db.clippings.bulkGet(ids), db.trash.bulkGet(ids)]);
  const fresh = recent.filter((_, i) => !live[i] && !trashed[i]);
  await db.trash.bulkAdd(fresh.map((e) => ({ ...e.clipping, ...derive(e.clipping), deletedAt: e.deletedAt })));
  return fresh.map((e) => e.clipping.id);
}
