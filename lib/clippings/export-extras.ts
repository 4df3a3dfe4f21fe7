/**
 * What the reader makes besides clippings, in the JSON export beside `clippings` (DESIGN: new
 * top-level keys, the version raised, older files still read): review history, corrections of
 * highlights, preferences. Read from the database at export time; on import checked whole, merged
 * without duplicates in one transaction, and undoable if the clippings' import then fails.
 */
import type { ClippingsDb, CorrectionRow, PrefRow, ReviewRow } from './db';
import { isCorrectedKind } from './corrections';
import { REVIEW_ACTIONS } from './review';
import { isObj } from './validate';

export interface Extras {
  /** Oldest first, without the local sequence number. */
  reviews: Array<Omit<ReviewRow, 'seq'>>;
  corrections: CorrectionRow[];
  prefs: PrefRow[];
}

export const NO_EXTRAS: Extras = { reviews: [], corrections: [], prefs: [] };
export const EXTRA_KEYS = ['reviews', 'corrections', 'prefs'] as const;

export async function readExtras(db: ClippingsDb): Promise<Extras> {
  return db.transaction('r', db.reviews, db.corrections, db.prefs, async () => ({
    reviews: (await db.reviews.orderBy('seq').toArray()).map((r) => ({ clippingId: r.clippingId, at: r.at, action: r.action })),
    corrections: (await db.corrections.orderBy('key').toArray()).map((c) => ({ key: c.key, text: c.text, kind: c.kind, at: c.at })),
    prefs: (await db.prefs.orderBy('key').toArray()).map((p) => ({ key: p.key, value: p.value })),
  }));
}

/** The extra keys as they follow `"clippings": […]` in the file, indented as JSON.stringify(file, null, 2) does. */
export function extrasJson(extras: Extras): string {
  return EXTRA_KEYS.map((k) => `,\n  "${k}": ${JSON.stringify(extras[k], null, 2).replace(/\n/g, '\n  ')}`).join('');
}

export type ExtrasResult = { ok: true; extras: Extras } | { ok: false; record: number; field: string };

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;
/** A preference's value: plain JSON, small (a preference, not a place to smuggle data). */
const PREF_MAX = 20_000;

function review(v: unknown): Omit<ReviewRow, 'seq'> | string {
  if (!isObj(v)) return 'record';
  if (!str(v.clippingId, 200)) return 'clippingId';
  if (!str(v.at, 40) || !ISO.test(v.at)) return 'at';
  if (!(REVIEW_ACTIONS as readonly unknown[]).includes(v.action)) return 'action';
  return { clippingId: v.clippingId, at: v.at, action: v.action as string };
}

function correction(v: unknown): CorrectionRow | string {
  if (!isObj(v)) return 'record';
  if (!str(v.key, 200)) return 'key';
  if (!str(v.text, 200)) return 'text';
  if (!isCorrectedKind(v.kind)) return 'kind';
  if (!str(v.at, 40) || !ISO.test(v.at)) return 'at';
  return { key: v.key, text: v.text, kind: v.kind, at: v.at };
}

function pref(v: unknown): PrefRow | string {
  if (!isObj(v)) return 'record';
  if (!str(v.key, 100)) return 'key';
  let json: string | undefined;
  try { json = JSON.stringify(v.value); } catch { return 'value'; }
  if (json === undefined || json.length > PREF_MAX) return 'value';
  return { key: v.key, value: JSON.parse(json) as unknown };
}

const CHECK = { reviews: review, corrections: correction, prefs: pref } as const;

/**
 * The extra keys of a parsed export file, each record checked; a file without them (an older
 * export) has none. Records are numbered within their key; the field names the key too.
 */
export function parseExtras(data: Record<string, unknown>): ExtrasResult {
  const out: Extras = { reviews: [], corrections: [], prefs: [] };
  for (const k of EXTRA_KEYS) {
    const list = data[k];
    if (list === undefined) continue;
    if (!Array.isArray(list)) return { ok: false, record: 0, field: k };
    const seen = new Set<string>();
    for (let i = 0; i < list.length; i++) {
      const r = CHECK[k](list[i]);
      if (typeof r === 'string') return { ok: false, record: i + 1, field: `${k}.${r}` };
      const id = k === 'reviews' ? reviewKey(r as Omit<ReviewRow, 'seq'>) : (r as { key: string }).key;
      if (seen.has(id)) continue; // the same row twice in one file is one row
      seen.add(id);
      (out[k] as unknown[]).push(r);
    }
  }
  return { ok: true, extras: out };
}

const reviewKey = (r: Omit<ReviewRow, 'seq'>): string => `${r.clippingId}\u0000${r.at}\u0000${r.action}`;

export interface ExtrasImport {
  added: number;
  /** Take this import out again (the clippings' import after it failed): all or nothing. */
  undo(): Promise<void>;
}

/**
 * Merge the file's extras into the database in one transaction: review rows not already there are
 * added; a correction is taken when the database has none for that name or an older one; a
 * preference from the file replaces the one here (restoring a backup restores its settings).
 */
export async function importExtras(db: ClippingsDb, extras: Extras): Promise<ExtrasImport> {
  const addedSeqs: number[] = [];
  const before: { corrections: Array<[string, CorrectionRow | undefined]>; prefs: Array<[string, PrefRow | undefined]> } = { corrections: [], prefs: [] };
  await db.transaction('rw', db.reviews, db.corrections, db.prefs, async () => {
    if (extras.reviews.length) {
      const have = new Set((await db.reviews.toArray()).map(reviewKey));
      for (const r of extras.reviews) {
        if (have.has(reviewKey(r))) continue;
        have.add(reviewKey(r));
        addedSeqs.push((await db.reviews.add({ ...r })) as number);
      }
    }
    for (const c of extras.corrections) {
      const old = await db.corrections.get(c.key);
      if (old && old.at >= c.at) continue;
      before.corrections.push([c.key, old]);
      await db.corrections.put(c);
    }
    for (const p of extras.prefs) {
      const old = await db.prefs.get(p.key);
      if (old && JSON.stringify(old.value) === JSON.stringify(p.value)) continue;
      before.prefs.push([p.key, old]);
      await db.prefs.put(p);
    }
  });
  return {
    added: addedSeqs.length + before.corrections.length + before.prefs.length,
    undo: () => db.transaction('rw', db.reviews, db.corrections, db.prefs, async () => {
      await db.reviews.bulkDelete(addedSeqs);
      for (const [key, old] of before.corrections) await (old ? db.corrections.put(old) : db.corrections.delete(key));
      for (const [key, old] of before.prefs) await (old ? db.prefs.put(old) : db.prefs.delete(key));
    }),
  };
}
