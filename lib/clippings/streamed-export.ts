import { EXPORT_VERSION, canonical } from './export-json';
import type { Clipping } from './model';
import type { ClippingStore } from './store';
import { extrasJson, readExtras } from './export-extras';

/**
 * The JSON export of the whole database as it is now, read chunk by chunk and written as Blob parts
 * (one per clipping): the file is never one giant string, and never a tab's in-memory list. The
 * bytes are exactly toJson's over the same clippings and extras (review history, corrections, settings).
 */
export async function jsonExportParts(store: ClippingStore, onProgress?: (count: number) => void): Promise<{ parts: BlobPart[]; count: number }> {
  const parts: BlobPart[] = [`{\n  "version": ${EXPORT_VERSION},\n  "clippings": [`];
  let count = 0;
  for await (const chunk of store.chunks()) {
    for (const c of chunk) {
      // JSON strings hold no raw newline, so indenting every line nests the record as toJson does.
      parts.push(`${count ? ',' : ''}\n    ${JSON.stringify(canonical(c), null, 2).replace(/\n/g, '\n    ')}`);
      count++;
    }
    onProgress?.(count);
  }
  parts.push(count ? '\n  ]' : ']', extrasJson(await readExtras(store.db)), '\n}');
  return { parts, count };
}

/** Every clipping now in the database, newest first, read in chunks (for formats built whole). */
export async function readAll(store: ClippingStore, onProgress?: (count: number) => void): Promise<Clipping[]> {
  let all: Clipping[] = [];
  for await (const chunk of store.chunks()) { all = all.concat(chunk); onProgress?.(all.length); }
  return all;
}
