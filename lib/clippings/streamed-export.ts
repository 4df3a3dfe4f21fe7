import { EXPORT_VERSION, canonical } from './export-json';
import type { Clipping } from './model';
import type { ClippingStore } from './store';
import { extrasJson, readSmallExtras } from './export-extras';
import { trashChunks } from './export-trash';
import { SiteSettingsDb } from './site-settings-db';

/**
 * The JSON export of the whole database as it is now, read chunk by chunk and written as Blob parts
 * (one per clipping, one per trashed clipping): the file is never one giant string, and never a
 * tab's in-memory list. The bytes are exactly toJson's over the same clippings and extras (trash,
 * review history, corrections, settings, sites).
 */
export async function jsonExportParts(store: ClippingStore, onProgress?: (count: number) => void, sites: SiteSettingsDb = new SiteSettingsDb()): Promise<{ parts: BlobPart[]; count: number }> {
  const parts: BlobPart[] = [`{\n  "version": ${EXPORT_VERSION},\n  "clippings": `];
  const count = await arrayParts(parts, store.chunks(), canonical, onProgress);
  parts.push(',\n  "trash": ');
  await arrayParts(parts, trashChunks(store.db), (e) => ({ deletedAt: e.deletedAt, clipping: canonical(e.clipping) }));
  parts.push(extrasJson(await readSmallExtras(store.db, sites)), '\n}');
  return { parts, count };
}

/**
 * A top-level array of the file, one part per record, as JSON.stringify(file, null, 2) lays it out.
 * Returns how many records it wrote.
 */
async function arrayParts<T>(parts: BlobPart[], chunks: AsyncIterable<T[]>, shape: (item: T) => unknown, onProgress?: (count: number) => void): Promise<number> {
  parts.push('[');
  let count = 0;
  for await (const chunk of chunks) {
    for (const item of chunk) {
      // JSON strings hold no raw newline, so indenting every line nests the record as toJson does.
      parts.push(`${count ? ',' : ''}\n    ${JSON.stringify(shape(item), null, 2).replace(/\n/g, '\n    ')}`);
      count++;
    }
    onProgress?.(count);
  }
  parts.push(count ? '\n  ]' : ']');
  return count;
}

/** Every clipping now in the database, newest first, read in chunks (for formats built whole). */
export async function readAll(store: ClippingStore, onProgress?: (count: number) => void): Promise<Clipping[]> {
  let all: Clipping[] = [];
  for await (const chunk of store.chunks()) { all = all.concat(chunk); onProgress?.(all.length); }
  return all;
}
