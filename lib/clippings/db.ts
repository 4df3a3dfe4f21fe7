import Dexie, { type EntityTable } from 'dexie';
import type { Clipping } from './model';

/** Stored row: the clipping plus the derived key that makes saving idempotent. */
export interface ClippingRow extends Clipping {
  dedupe: string;
}

export class ClippingsDb extends Dexie {
  clippings!: EntityTable<ClippingRow, 'id'>;

  constructor(name = 'qusasat') {
    super(name);
    // v1: every later schema adds a version with an upgrade; never edit this line.
    this.version(1).stores({ clippings: 'id, createdAt, site, kind, &dedupe, *tags' });
  }
}
