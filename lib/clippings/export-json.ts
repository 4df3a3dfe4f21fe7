import type { Clipping } from './model';
import { clippingProblem } from './validate';

/** Version of the export file format (not of the database schema): bump when a field changes meaning. */
export const EXPORT_VERSION = 1;

export interface ExportFile {
  version: number;
  clippings: Clipping[];
}

/** Lossless: every field of every clipping, in a fixed key order so two exports diff cleanly. */
export function toJson(clippings: Clipping[]): string {
  const file: ExportFile = { version: EXPORT_VERSION, clippings: clippings.map(canonical) };
  return JSON.stringify(file, null, 2);
}

export function canonical(c: Clipping): Clipping {
  return {
    id: c.id, createdAt: c.createdAt, updatedAt: c.updatedAt, url: c.url, site: c.site, title: c.title, byline: c.byline,
    published: c.published, text: c.text, prefix: c.prefix, suffix: c.suffix, position: c.position, kind: c.kind,
    speaker: c.speaker, entities: c.entities, note: c.note, tags: c.tags,
  };
}

export type ParseResult = { ok: true; clippings: Clipping[] } | { ok: false; error: string };

/**
 * Read an export file, checking all of it before anything is imported: one bad record rejects the
 * file, with the record's number and what is wrong with it.
 */
export function parseExport(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, error: `not a JSON file (${(e as Error).message})` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !('clippings' in data) || !('version' in data)) {
    return { ok: false, error: 'not a Qusasat export: expected {"version": N, "clippings": [...]}' };
  }
  const { version, clippings } = data as { version: unknown; clippings: unknown };
  if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: false, error: '"version" must be a whole number' };
  if (version > EXPORT_VERSION) return { ok: false, error: `made by a newer Qusasat (format ${version}; this one reads up to ${EXPORT_VERSION})` };
  if (version < 1) return { ok: false, error: `unknown format version ${version}` };
  if (!Array.isArray(clippings)) return { ok: false, error: '"clippings" must be a list' };
  const ids = new Set<string>();
  for (let i = 0; i < clippings.length; i++) {
    const problem = clippingProblem(clippings[i]);
    if (problem) return { ok: false, error: `clipping ${i + 1}: ${problem}` };
    const id = (clippings[i] as Clipping).id;
    if (ids.has(id)) return { ok: false, error: `clipping ${i + 1}: id "${id}" appears twice` };
    ids.add(id);
  }
  return { ok: true, clippings: (clippings as Clipping[]).map(canonical) };
}
