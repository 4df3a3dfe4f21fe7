import Dexie, { type EntityTable, type PromiseExtended } from 'dexie';
import type { Clipping } from './model';
import { derive, type Derived } from './derive';
import { failureClass } from './storage-full';

/** Stored row: the clipping plus keys derived from it (never exported, rebuilt on import). */
export interface ClippingRow extends Clipping, Derived {}

export const DB_VERSION = 3;

/** A deleted clipping, kept for 30 days so delete can be undone from any tab, any day. */
export interface TrashRow extends ClippingRow { deletedAt: string }
/** One look at a clipping in the review view (kept, noted, archived…). */
export interface ReviewRow { seq?: number; clippingId: string; at: string; action: string }
/** A reader's correction of a highlight: the name (normalized key) is not a name, or is of another kind. */
export interface CorrectionRow { key: string; text: string; kind: 'person' | 'place' | 'org' | 'none'; at: string }
/** A reader's preference (highlight colours, button corner, backup schedule…), one row per key. */
export interface PrefRow { key: string; value: unknown }

export class ClippingsDb extends Dexie {
  clippings!: EntityTable<ClippingRow, 'id'>;
  trash!: EntityTable<TrashRow, 'id'>;
  reviews!: EntityTable<ReviewRow, 'seq'>;
  corrections!: EntityTable<CorrectionRow, 'key'>;
  prefs!: EntityTable<PrefRow, 'key'>;

  constructor(name = 'qusasat') {
    super(name);
    // v1: every later schema adds a version with an upgrade; never edit this line.
    this.version(1).stores({ clippings: 'id, createdAt, site, kind, &dedupe, *tags' });
    // v2: the page a clipping came from (revisit marks). Its entity keys are kept on the row but not
    // indexed: the library groups entities in memory, and every index slows each write.
    this.version(2)
      .stores({ clippings: 'id, createdAt, site, kind, &dedupe, *tags, page' })
      .upgrade((tx) =>
        tx.table('clippings').toCollection().modify((row: ClippingRow) => {
          Object.assign(row, derive(row));
        }),
      );
    // v3: what the reader makes besides clippings: the trash (undo from the database, not a tab's
    // memory), review history, corrections of highlights, preferences. Clippings are untouched.
    this.version(3).stores({
      trash: 'id, deletedAt',
      reviews: '++seq, clippingId, at',
      corrections: 'key',
      prefs: 'key',
    });
  }

  /**
   * Dexie keeps a failed open failed: every later call is refused as "closed" until open() is called
   * by hand. On a full disk Chromium closes the store after the first failed write and cannot reopen
   * it; once the reader frees space, the next save (in a worker that may live on for hours) must open
   * it again. So an open that failed on a full storage leaves the database to be opened anew.
   */
  override open(): PromiseExtended<Dexie> {
    return super.open().catch(async (e: unknown) => {
      if ((await failureClass(e)) === 'quota') this.close({ disableAutoOpen: false });
      throw e;
    });
  }
}
