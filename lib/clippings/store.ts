import { ClippingsDb, type ClippingRow } from './db';
import { dedupeKey, type Clipping, type ClippingDraft } from './model';

export type SaveResult = { status: 'saved' | 'duplicate'; clipping: Clipping };

/** The clippings library: the only code that writes to the database. */
export class ClippingStore {
  constructor(readonly db: ClippingsDb = new ClippingsDb(), private readonly now = () => new Date()) {}

  async save(draft: ClippingDraft): Promise<SaveResult> {
    const dedupe = dedupeKey(draft);
    return this.db.transaction('rw', this.db.clippings, async () => {
      const existing = await this.db.clippings.where('dedupe').equals(dedupe).first();
      if (existing) return { status: 'duplicate' as const, clipping: strip(existing) };
      const at = this.now().toISOString();
      const row: ClippingRow = { ...draft, id: newId(), createdAt: at, updatedAt: at, note: draft.note ?? '', tags: draft.tags ?? [], dedupe };
      await this.db.clippings.add(row);
      return { status: 'saved' as const, clipping: strip(row) };
    });
  }

  /** Newest first. */
  async list(): Promise<Clipping[]> {
    const rows = await this.db.clippings.orderBy('createdAt').reverse().toArray();
    return rows.map(strip);
  }

  async get(id: string): Promise<Clipping | undefined> {
    const row = await this.db.clippings.get(id);
    return row && strip(row);
  }

  async remove(id: string): Promise<void> {
    await this.db.clippings.delete(id);
  }
}

function strip(row: ClippingRow): Clipping {
  const { dedupe: _dedupe, ...clipping } = row;
  return clipping;
}

function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
