import Dexie from 'dexie';
import { ClippingsDb, type ClippingRow } from './db';
import { derive, stripDerived } from './derive';
import type { Clipping, ClippingDraft } from './model';
import { pageOf } from './keys';
import { normalizeTag } from './tags';

export type SaveResult = { status: 'saved' | 'duplicate'; clipping: Clipping };
export interface ImportResult { added: number; skipped: number }
/** What a person may change on a saved clipping. */
export interface ClippingPatch { note?: string; tags?: string[] }

/** The clippings library: the only code that writes to the database. Errors (quota!) propagate. */
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

  async get(id: string): Promise<Clipping | undefined> {
    const row = await this.db.clippings.get(id);
    return row && stripDerived(row);
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

  async remove(id: string): Promise<void> {
    await this.db.clippings.delete(id);
  }

  async removeMany(ids: string[]): Promise<void> {
    await this.db.clippings.bulkDelete(ids);
  }

  /** Put deleted clippings back exactly as they were (undo). */
  async restore(clippings: Clipping[]): Promise<void> {
    await this.db.clippings.bulkPut(clippings.map((c) => ({ ...c, ...derive(c) })));
  }

  /**
   * Add validated clippings as they are (same ids and dates: import(export) is lossless). One
   * already here by id, or by the same text from the same page, is skipped and counted.
   */
  async importMany(clippings: Clipping[]): Promise<ImportResult> {
    const rows = clippings.map((c): ClippingRow => ({ ...c, ...derive(c) }));
    return this.db.transaction('rw', this.db.clippings, async () => {
      // The keys themselves say what is already here: an add that breaks the id or the unique
      // dedupe key fails alone, and the rest are written. Looking the keys up first cost a cursor
      // walk per batch that grew with the library (half of a 10,000 import in Chromium).
      try {
        await this.db.clippings.bulkAdd(rows);
        return { added: rows.length, skipped: 0 };
      } catch (e) {
        // Anything but "already here" (a full disk!) aborts the whole batch.
        if (!(e instanceof Dexie.BulkError) || !e.failures.every((f) => f.name === 'ConstraintError')) throw e;
        return { added: rows.length - e.failures.length, skipped: e.failures.length };
      }
    });
  }
}

/** Tags as a person means them: trimmed, no hash mark, no empties, no repeats, order kept. */
export function cleanTags(tags: string[]): string[] {
  return [...new Set(tags.map(normalizeTag).filter(Boolean))];
}

function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
