import Dexie, { type EntityTable } from 'dexie';
import type { Clipping } from './model';
import { derive, type Derived } from './derive';

/** Stored row: the clipping plus keys derived from it (never exported, rebuilt on import). */
export interface ClippingRow extends Clipping, Derived {}

export const DB_VERSION = 2;

export class ClippingsDb extends Dexie {
  clippings!: EntityTable<ClippingRow, 'id'>;

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
  }
}
