import type { Clipping } from './model';
import { clippingProblem, toClipping } from './validate';
import { jsonFault } from './json-syntax';
import { NO_EXTRAS, parseExtras, type Extras } from './export-extras';

/** Version of the export file format (not of the database schema): bump when a field changes meaning. */
// 2: review history, corrections and preferences beside the clippings (lib/clippings/export-extras.ts).
// 3: the trash (with deletion times) and the per-site settings too.
export const EXPORT_VERSION = 3;

export interface ExportFile extends Extras {
  version: number;
  clippings: Clipping[];
}

/** Lossless: every field of every clipping, in a fixed key order so two exports diff cleanly. */
export function toJson(clippings: Clipping[], extras: Extras = NO_EXTRAS): string {
  const trash = extras.trash.map((e) => ({ deletedAt: e.deletedAt, clipping: canonical(e.clipping) }));
  const file: ExportFile = { version: EXPORT_VERSION, clippings: clippings.map(canonical), trash, reviews: extras.reviews, corrections: extras.corrections, prefs: extras.prefs, sites: extras.sites };
  return JSON.stringify(file, null, 2);
}

export function canonical(c: Clipping): Clipping {
  return {
    id: c.id, createdAt: c.createdAt, updatedAt: c.updatedAt, url: c.url, site: c.site, title: c.title, byline: c.byline,
    published: c.published, text: c.text, prefix: c.prefix, suffix: c.suffix, position: c.position, kind: c.kind,
    speaker: c.speaker, entities: c.entities, note: c.note, tags: c.tags,
  };
}

/**
 * Why a file cannot be imported, for the UI to say in its own language. Never carries the file's
 * bytes or a parser's message (which would quote them).
 */
export type ImportProblem =
  | { code: 'not-export' }
  | { code: 'truncated'; line: number }
  | { code: 'damaged'; line: number }
  | { code: 'newer'; version: number }
  | { code: 'bad-version' }
  | { code: 'bad-record'; record: number; field: string }
  | { code: 'duplicate-id'; record: number };

export type ParseResult = { ok: true; clippings: Clipping[]; extras: Extras } | { ok: false; problem: ImportProblem };

/**
 * Read an export file, checking all of it before anything is imported: one bad record rejects the
 * file, with the record's number and its first bad field.
 */
export function parseExport(text: string): ParseResult {
  const fail = (problem: ImportProblem): ParseResult => ({ ok: false, problem });
  const body = text.replace(/^\uFEFF/, '');
  // An export is a JSON object: anything else (a zip, a PDF, 50 MB of text) is refused at once.
  if (!/^\s*\{/.test(body.slice(0, 1000))) return fail({ code: 'not-export' });
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    const fault = jsonFault(body);
    return fail(fault ? { code: fault.truncated ? 'truncated' : 'damaged', line: fault.line } : { code: 'not-export' });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !('clippings' in data) || !('version' in data)) return fail({ code: 'not-export' });
  const { version, clippings } = data as { version: unknown; clippings: unknown };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail({ code: 'bad-version' });
  if (version > EXPORT_VERSION) return fail({ code: 'newer', version });
  if (!Array.isArray(clippings)) return fail({ code: 'not-export' });
  const ids = new Set<string>();
  const out: Clipping[] = [];
  for (let i = 0; i < clippings.length; i++) {
    const c = toClipping(clippings[i]);
    if (!c) return fail({ code: 'bad-record', record: i + 1, field: clippingProblem(clippings[i]) ?? 'record' });
    if (ids.has(c.id)) return fail({ code: 'duplicate-id', record: i + 1 });
    ids.add(c.id);
    out.push(c); // toClipping builds the canonical key order
  }
  // An older file has none of the extras; a bad row among them rejects the file like a bad clipping.
  const extras = parseExtras(data as Record<string, unknown>);
  if (!extras.ok) return fail({ code: 'bad-record', record: extras.record, field: extras.field });
  // A clipping both live and in the trash (a file put together by hand) is live: the trash's copy is dropped.
  const trash = extras.extras.trash.filter((e) => !ids.has(e.clipping.id));
  return { ok: true, clippings: out, extras: { ...extras.extras, trash } };
}
