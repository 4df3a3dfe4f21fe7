import Dexie, { type Collection, type InsertType } from 'dexie';
import { ClippingsDb, type ClippingRow, type TrashRow } from './db';
import { derive, stripDerived } from './derive';
import type { Clipping, ClippingDraft } from './model';
import { pageOf } from './keys';
import { cleanTags } from './tags';
import { joinCopies } from './join-copies';

export type SaveResult = { status: 'saved' | 'duplicate'; clipping: Clipping };
export interface ImportResult { added: number; skipped: number }
/** Trashed clippings back in the library: as they were, or joined to a live copy of the same passage. */
export interface RestoreResult { restored: number; joined: number }
/** What a person may change on a saved clipping. */
export interface ClippingPatch { note?: string; tags?: string[] }
/** A clipping in the trash, and when it was deleted. */
export interface TrashedClipping { clipping: Clipping; deletedAt: string }

/** Rows per transaction for bulk moves: bounded memory per step, and each step whole or not at all. */
export const CHUNK = 500;
/** Rows per write call (an import, an undone delete): below the 50 from which Dexie reports a write without its keys. */
export const LIVE_KEYS = 49;
/** Import chunks written at once: one being prepared while the database commits the other. */
const IN_FLIGHT = 2;
/** Days a deleted clipping stays restorable. */
export const TRASH_DAYS = 30;

/** An import that stopped and was rolled back: nothing of the file stays, unless `kept` says how many could not be taken out. */
export class ImportRolledBack extends Error {
  constructor(override readonly cause: unknown, readonly kept = 0) {
    super((cause as Error)?.message ?? String(cause));
  }
}

/**
 * The clippings library: the only code that writes to the database. The background uses it for
 * saves from pages; the extension's own pages (library, popup) use it directly, in the same origin,
 * so no runtime message ever carries the library. Errors (quota!) propagate.
 */
export class ClippingStore {
  constructor(readonly db: ClippingsDb = new ClippingsDb(), private readonly now = () => new Date()) {}

  async save(draft: ClippingDraft): Promise<SaveResult> {
    const at = this.now().toISOString();
    const clipping: Clipping = { ...draft, id: newId(), createdAt: at, updatedAt: at, note: draft.note ?? '', tags: draft.tags ?? [] };
    const row: ClippingRow = { ...clipping, ...derive(clipping) };
    return this.db.transaction('rw', this.db.clippings, async () => {
      const existing = await this.db.clippings.where('dedupe').equals(row.dedupe).first();
      if (existing) return { status: 'duplicate' as const, clipping: stripDerived(existing) };
      await this.db.clippings.add(row);
      return { status: 'saved' as const, clipping };
    });
  }

  /** Newest first; all of them, or one page. */
  async list(page?: { offset: number; limit: number }): Promise<Clipping[]> {
    const all = this.db.clippings.orderBy('createdAt').reverse();
    const rows = await (page ? all.offset(page.offset).limit(page.limit) : all).toArray();
    return rows.map(stripDerived);
  }

  /**
   * The whole library newest first, `size` at a time (the first chunk `first`): each chunk is one
   * short read, so a first screen shows at once and no single read holds a huge library. Keyed on
   * createdAt (ties by id), so a save meanwhile neither repeats nor skips one.
   */
  async *chunks(size = CHUNK, first = size): AsyncGenerator<Clipping[]> {
    let lastAt: string | null = null;
    let tied = new Set<string>();
    for (let limit = first; ; limit = size) {
      const at: string | null = lastAt;
      const seen = tied;
      const coll: Collection<ClippingRow, string, InsertType<ClippingRow, 'id'>> = at === null ? this.db.clippings.orderBy('createdAt').reverse() : this.db.clippings.where('createdAt').belowOrEqual(at).reverse();
      const rows: ClippingRow[] = await (at === null ? coll : coll.filter((r) => r.createdAt !== at || !seen.has(r.id))).limit(limit).toArray();
      if (rows.length === 0) return;
      for (const r of rows) {
        if (r.createdAt !== lastAt) { lastAt = r.createdAt; tied = new Set(); }
        tied.add(r.id);
      }
      yield rows.map(stripDerived);
      if (rows.length < limit) return;
    }
  }

  async count(): Promise<number> {
    return this.db.clippings.count();
  }

  async get(id: string): Promise<Clipping | undefined> {
    const row = await this.db.clippings.get(id);
    return row && stripDerived(row);
  }

  /** The clippings with these ids, in that order; undefined where one is gone. */
  async getMany(ids: string[]): Promise<Array<Clipping | undefined>> {
    const rows = await this.db.clippings.bulkGet(ids);
    return rows.map((r) => r && stripDerived(r));
  }

  /** The clippings saved from one page (fragment ignored), for marking them on a revisit. */
  async forPage(url: string): Promise<Clipping[]> {
    const rows = await this.db.clippings.where('page').equals(pageOf(url)).toArray();
    return rows.map(stripDerived);
  }

  async update(id: string, patch: ClippingPatch): Promise<Clipping> {
    return this.db.transaction('rw', this.db.clippings, async () => {
      const row = await this.db.clippings.get(id);
      if (!row) throw new Error('this clipping no longer exists');
      const next: Clipping = {
        ...stripDerived(row),
        ...(patch.note !== undefined ? { note: patch.note } : {}),
        ...(patch.tags !== undefined ? { tags: cleanTags(patch.tags) } : {}),
        updatedAt: this.now().toISOString(),
      };
      await this.db.clippings.put({ ...next, ...derive(next) });
      return next;
    });
  }

  /**
   * Delete: move to the trash (restorable for TRASH_DAYS from any tab), CHUNK at a time, each chunk
   * moved whole in one transaction. Returns how many moved.
   */
  async remove(ids: string[], onProgress?: (done: number) => void): Promise<number> {
    const deletedAt = this.now().toISOString();
    let done = 0;
    for (let i = 0; i < ids.length; i += CHUNK) {
      const part = ids.slice(i, i + CHUNK);
      done += await this.db.transaction('rw', this.db.clippings, this.db.trash, async () => {
        const rows = (await this.db.clippings.bulkGet(part)).filter((r): r is ClippingRow => !!r);
        await this.db.trash.bulkPut(rows.map((r) => ({ ...r, deletedAt })));
        await this.db.clippings.bulkDelete(rows.map((r) => r.id));
        return rows.length;
      });
      onProgress?.(done);
    }
    return done;
  }

  /** Delete for good, not through the trash: what frees space when the disk is too full to move rows. */
  async removeForever(ids: string[]): Promise<void> {
    for (let i = 0; i < ids.length; i += CHUNK) {
      const part = ids.slice(i, i + CHUNK);
      await this.db.transaction('rw', this.db.clippings, this.db.trash, async () => {
        await this.db.clippings.bulkDelete(part);
        await this.db.trash.bulkDelete(part);
      });
    }
  }

  /** Kept for callers that delete without a trash (tests, old code paths). */
  async removeMany(ids: string[]): Promise<void> {
    await this.removeForever(ids);
  }

  /**
   * Undo: put trashed clippings back exactly as they were, CHUNK at a time. One whose passage is
   * live again (saved anew after the delete), or twice in the trash, joins that copy (its note,
   * tags and review history kept there) instead of failing the whole chunk on the unique passage key.
   */
  async restoreFromTrash(ids: string[], onProgress?: (done: number) => void): Promise<RestoreResult> {
    const result: RestoreResult = { restored: 0, joined: 0 };
    const at = this.now().toISOString();
    for (let i = 0; i < ids.length; i += CHUNK) {
      const part = ids.slice(i, i + CHUNK);
      const r = await this.db.transaction('rw', [this.db.clippings, this.db.trash, this.db.reviews], async () => {
        const rows = (await this.db.trash.bulkGet(part)).filter((r): r is TrashRow => !!r);
        const live = await this.db.clippings.where('dedupe').anyOf(rows.map((r) => r.dedupe)).toArray();
        const byPassage = new Map<string, ClippingRow>(live.map((r) => [r.dedupe, r]));
        // What each passage becomes: a trashed row as it was, or the copy it joined.
        const write = new Map<string, ClippingRow>();
        let joined = 0;
        for (const { deletedAt: _d, ...row } of rows) {
          const there = byPassage.get(row.dedupe);
          let next: ClippingRow = row;
          if (there) {
            const merged = joinCopies(stripDerived(there), stripDerived(row), at);
            next = { ...merged, ...derive(merged) };
            await this.db.reviews.where('clippingId').equals(row.id).modify({ clippingId: there.id });
            joined++;
          }
          byPassage.set(row.dedupe, next);
          write.set(row.dedupe, next);
        }
        await inLiveParts([...write.values()], (part) => this.db.clippings.bulkPut(part));
        await this.db.trash.bulkDelete(rows.map((r) => r.id));
        return { restored: rows.length - joined, joined };
      });
      result.restored += r.restored;
      result.joined += r.joined;
      onProgress?.(result.restored + result.joined);
    }
    return result;
  }

  /** Put deleted clippings back exactly as they were (records in hand, e.g. from another store). */
  async restore(clippings: Clipping[]): Promise<void> {
    const rows = clippings.map((c): ClippingRow => ({ ...c, ...derive(c) }));
    await this.db.transaction('rw', this.db.clippings, () => inLiveParts(rows, (part) => this.db.clippings.bulkPut(part)));
  }

  /** The trash, most recently deleted first, at most `limit`. */
  async trash(limit = 200): Promise<TrashedClipping[]> {
    const rows = await this.db.trash.orderBy('deletedAt').reverse().limit(limit).toArray();
    return rows.map(({ deletedAt, ...row }) => ({ clipping: stripDerived(row), deletedAt }));
  }

  async trashCount(): Promise<number> {
    return this.db.trash.count();
  }

  async trashIds(): Promise<string[]> {
    return (await this.db.trash.toCollection().primaryKeys()) as string[];
  }

  async emptyTrash(): Promise<void> {
    await this.db.trash.clear();
  }

  /** Forget what was deleted more than TRASH_DAYS ago (run when the library opens). */
  async purgeTrash(days = TRASH_DAYS): Promise<number> {
    const before = new Date(this.now().getTime() - days * 86_400_000).toISOString();
    return this.db.trash.where('deletedAt').below(before).delete();
  }

  /**
   * Add validated clippings as they are (same ids and dates: import(export) is lossless). One
   * already here by id, or by the same text from the same page, is skipped and counted. One
   * transaction: any failure but "already here" writes nothing.
   */
  async importMany(clippings: Clipping[]): Promise<ImportResult> {
    return (await this.importBatch(clippings)).result;
  }

  /**
   * A whole file: CHUNK at a time (progress after each), all or nothing as the reader sees it: if a
   * chunk fails (a full disk), what this import added is taken out again and ImportRolledBack is
   * thrown. An import cut short (the tab closed) is resumed by importing the file again: what is
   * already here is skipped and counted.
   */
  async importAll(clippings: Clipping[], onProgress?: (done: number, total: number) => void): Promise<ImportResult> {
    const added: string[] = [];
    const untrashed: TrashRow[] = [];
    let skipped = 0;
    // Two chunks in flight: the next one is prepared and sent while the database writes this one
    // (one at a time left the page idle for half of an import, waiting for each commit). Whatever
    // lands is counted as it lands, so a failure takes out every chunk that did.
    const inFlight: Array<Promise<unknown>> = [];
    try {
      for (let i = 0; i < clippings.length; i += CHUNK) {
        const done = Math.min(i + CHUNK, clippings.length);
        const batch = this.importBatch(clippings.slice(i, done)).then((r) => {
          added.push(...r.addedIds);
          untrashed.push(...r.untrashed);
          skipped += r.result.skipped;
          onProgress?.(done, clippings.length);
        });
        // Its failure is seen when it is awaited (below or in the catch), perhaps after the other's.
        batch.catch(() => undefined);
        inFlight.push(batch);
        if (inFlight.length >= IN_FLIGHT) await inFlight.shift();
      }
      while (inFlight.length) await inFlight.shift();
    } catch (e) {
      await Promise.allSettled(inFlight);
      // Deleting needs no room, so this normally succeeds even on a full disk; if not, say how many stayed.
      const kept = await this.removeForever(added).then(() => 0, () => added.length);
      // The trashed copies the import had brought back go back to the trash as they were. Only when
      // there are some: on a full disk Chromium closes the store under the failed write, and a write
      // of nothing begun on that closing connection never settles (the import hung, its notice on
      // «يجري فحص الملف…» for good; tests/e2e/quota.e2e.ts).
      if (untrashed.length) await this.db.trash.bulkPut(untrashed).catch(() => undefined);
      throw new ImportRolledBack(e, kept);
    }
    return { added: added.length, skipped };
  }

  private async importBatch(clippings: Clipping[]): Promise<{ result: ImportResult; addedIds: string[]; untrashed: TrashRow[] }> {
    const rows = clippings.map((c): ClippingRow => ({ ...c, ...derive(c) }));
    return this.db.transaction('rw', this.db.clippings, this.db.trash, async () => {
      const addedIds: string[] = [];
      for (const ids of await inLiveParts(rows, (part) => this.addNew(part))) addedIds.push(...ids);
      // A clipping the file brings back leaves the trash: restoring a backup after deleting must not
      // leave it both in the list and in the trash (nor put it back again when the trash is restored).
      // A walk of the trash's keys (it is small, often empty), not one lookup per imported row.
      const untrashed = addedIds.length ? await this.db.trash.where(':id').anyOf(addedIds).toArray() : [];
      if (untrashed.length) await this.db.trash.bulkDelete(untrashed.map((r) => r.id));
      return { result: { added: addedIds.length, skipped: rows.length - addedIds.length }, addedIds, untrashed };
    });
  }

  /** Add rows inside the caller's transaction; the ids written. One already here is left out. */
  private async addNew(rows: ClippingRow[]): Promise<string[]> {
    // The keys themselves say what is already here: an add that breaks the id or the unique
    // dedupe key fails alone, and the rest are written. Looking the keys up first cost a cursor
    // walk per batch that grew with the library (half of a 10,000 import in Chromium).
    try {
      await this.db.clippings.bulkAdd(rows);
      return rows.map((r) => r.id);
    } catch (e) {
      // Anything but "already here" (a full disk!) aborts the whole transaction.
      if (!(e instanceof Dexie.BulkError) || !e.failures.every((f) => f.name === 'ConstraintError')) throw e;
      const failed = new Set(Object.keys(e.failuresByPos).map(Number));
      return rows.filter((_, i) => !failed.has(i)).map((r) => r.id);
    }
  }
}

/**
 * Write rows LIVE_KEYS at a time, all asked at once, inside the caller's transaction: Dexie reports
 * a write of 50 rows or more as "the whole table changed", which makes every open library read
 * itself again (an import's chunk, an undone delete); awaiting each call before the next left the
 * database idle in between.
 */
function inLiveParts<T, R>(rows: T[], write: (part: T[]) => Promise<R>): Promise<R[]> {
  const parts: Array<Promise<R>> = [];
  for (let i = 0; i < rows.length; i += LIVE_KEYS) parts.push(write(rows.slice(i, i + LIVE_KEYS)));
  return Promise.all(parts);
}

function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
