/**
 * What the reader makes besides clippings, in the JSON export beside `clippings` (DESIGN: new
 * top-level keys, the version raised, older files still read): the trash, review history,
 * corrections of highlights, preferences, and the per-site settings. Read from the databases at
 * export time; on import checked whole, merged without duplicates, and undoable if the clippings'
 * import then fails.
 */
import type { ClippingsDb, CorrectionRow, PrefRow, ReviewRow } from './db';
import { isCorrectedKind } from './corrections';
import { REVIEW_ACTIONS } from './review';
import { DAY_SET_KEY } from './review-today';
import { isIsoInstant, isObj } from './validate';
import { addTrash, trashChunks, trashEntry, type TrashEntry } from './export-trash';
import { importSites, readSites, siteEntry, type SiteEntry } from './export-sites';
import { SiteSettingsDb } from './site-settings-db';

export interface Extras {
  /** Deleted clippings with their deletion time, in id order. */
  trash: TrashEntry[];
  /** Oldest first, without the local sequence number. */
  reviews: Array<Omit<ReviewRow, 'seq'>>;
  corrections: CorrectionRow[];
  prefs: PrefRow[];
  /** Sites with a choice of their own (turned off, kinds hidden), by name. */
  sites: SiteEntry[];
}

export const NO_EXTRAS: Extras = { trash: [], reviews: [], corrections: [], prefs: [], sites: [] };
/** The keys in the order the file writes them, after `clippings`. */
export const EXTRA_KEYS = ['trash', 'reviews', 'corrections', 'prefs', 'sites'] as const;
/** The keys small enough to be read and written whole (the trash is streamed like the clippings). */
export const SMALL_KEYS = ['reviews', 'corrections', 'prefs', 'sites'] as const;
export type SmallExtras = Pick<Extras, (typeof SMALL_KEYS)[number]>;

/** Everything but the trash, as it is now. */
export async function readSmallExtras(db: ClippingsDb, sites: SiteSettingsDb = new SiteSettingsDb()): Promise<SmallExtras> {
  const inDb = await db.transaction('r', db.reviews, db.corrections, db.prefs, async () => ({
    reviews: (await db.reviews.orderBy('seq').toArray()).map((r) => ({ clippingId: r.clippingId, at: r.at, action: r.action })),
    corrections: (await db.corrections.orderBy('key').toArray()).map((c) => ({ key: c.key, text: c.text, kind: c.kind, at: c.at })),
    // The day's review set is chosen again from the library, not carried to another one.
    prefs: (await db.prefs.orderBy('key').toArray()).filter((p) => p.key !== DAY_SET_KEY).map((p) => ({ key: p.key, value: p.value })),
  }));
  return { ...inDb, sites: await readSites(sites) };
}

/** All of it in memory (tests, small libraries); the export itself streams the trash instead. */
export async function readExtras(db: ClippingsDb, sites: SiteSettingsDb = new SiteSettingsDb()): Promise<Extras> {
  let trash: TrashEntry[] = [];
  for await (const chunk of trashChunks(db)) trash = trash.concat(chunk);
  return { trash, ...(await readSmallExtras(db, sites)) };
}

/** The small keys as they follow the trash in the file, indented as JSON.stringify(file, null, 2) does. */
export function extrasJson(extras: SmallExtras): string {
  return SMALL_KEYS.map((k) => `,\n  "${k}": ${JSON.stringify(extras[k], null, 2).replace(/\n/g, '\n  ')}`).join('');
}

export type ExtrasResult = { ok: true; extras: Extras } | { ok: false; record: number; field: string };

const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;
/** A preference's value: plain JSON, small (a preference, not a place to smuggle data). */
const PREF_MAX = 20_000;

function review(v: unknown): Omit<ReviewRow, 'seq'> | string {
  if (!isObj(v)) return 'record';
  if (!str(v.clippingId, 200)) return 'clippingId';
  if (!isIsoInstant(v.at)) return 'at';
  if (!(REVIEW_ACTIONS as readonly unknown[]).includes(v.action)) return 'action';
  return { clippingId: v.clippingId, at: v.at, action: v.action as string };
}

function correction(v: unknown): CorrectionRow | string {
  if (!isObj(v)) return 'record';
  if (!str(v.key, 200)) return 'key';
  if (!str(v.text, 200)) return 'text';
  if (!isCorrectedKind(v.kind)) return 'kind';
  if (!isIsoInstant(v.at)) return 'at';
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

const CHECK = { trash: trashEntry, reviews: review, corrections: correction, prefs: pref, sites: siteEntry } as const;

/**
 * The extra keys of a parsed export file, each record checked; a file without them (an older
 * export) has none. Records are numbered within their key; the field names the key too.
 */
export function parseExtras(data: Record<string, unknown>): ExtrasResult {
  const out: Extras = { trash: [], reviews: [], corrections: [], prefs: [], sites: [] };
  for (const k of EXTRA_KEYS) {
    const list = data[k];
    if (list === undefined) continue;
    if (!Array.isArray(list)) return { ok: false, record: 0, field: k };
    const seen = new Set<string>();
    for (let i = 0; i < list.length; i++) {
      const r = CHECK[k](list[i]);
      if (typeof r === 'string') return { ok: false, record: i + 1, field: `${k}.${r}` };
      const id = rowKey(k, r);
      if (seen.has(id)) continue; // the same row twice in one file is one row
      seen.add(id);
      (out[k] as unknown[]).push(r);
    }
  }
  return { ok: true, extras: out };
}

const reviewKey = (r: Omit<ReviewRow, 'seq'>): string => `${r.clippingId}\u0000${r.at}\u0000${r.action}`;
/** What makes two rows of one key the same row. */
function rowKey(k: (typeof EXTRA_KEYS)[number], r: object): string {
  if (k === 'trash') return (r as TrashEntry).clipping.id;
  if (k === 'sites') return (r as SiteEntry).site;
  if (k === 'reviews') return reviewKey(r as Omit<ReviewRow, 'seq'>);
  return (r as { key: string }).key;
}

export interface ExtrasImport {
  added: number;
  /** Take this import out again (the clippings' import after it failed): all or nothing. */
  undo(): Promise<void>;
}

/**
 * Merge the file's extras: in one transaction of the library's database, trash entries whose
 * clipping is not here (live or trashed) are added with their deletion time (unless older than the
 * trash keeps), review rows not
 * already there are added, a correction is taken when the database has none for that name or an
 * older one, a preference from the file replaces the one here (restoring a backup restores its
 * settings); then the sites' choices, in their own database (taken out again if that fails).
 */
export async function importExtras(db: ClippingsDb, extras: Extras, sites: SiteSettingsDb = new SiteSettingsDb(), now: Date = new Date()): Promise<ExtrasImport> {
  const addedSeqs: number[] = [];
  let addedTrash: string[] = [];
  const before: { corrections: Array<[string, CorrectionRow | undefined]>; prefs: Array<[string, PrefRow | undefined]> } = { corrections: [], prefs: [] };
  await db.transaction('rw', [db.clippings, db.trash, db.reviews, db.corrections, db.prefs], async () => {
    addedTrash = await addTrash(db, extras.trash, now);
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
  const undoDb = (): Promise<void> => db.transaction('rw', [db.trash, db.reviews, db.corrections, db.prefs], async () => {
    await db.trash.bulkDelete(addedTrash);
    await db.reviews.bulkDelete(addedSeqs);
    for (const [key, old] of before.corrections) await (old ? db.corrections.put(old) : db.corrections.delete(key));
    for (const [key, old] of before.prefs) await (old ? db.prefs.put(old) : db.prefs.delete(key));
  });
  const done = await importSites(sites, extras.sites).catch(async (e: unknown) => {
    await undoDb().catch(() => undefined);
    throw e;
  });
  return {
    added: addedTrash.length + addedSeqs.length + before.corrections.length + before.prefs.length + done.changed,
    undo: async () => { await done.undo(); await undoDb(); },
  };
}
