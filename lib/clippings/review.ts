/**
 * The daily review: which clippings come back today, and the history of what the reader did with
 * them. Selection is pure (a function of the clippings, the history and the day); the log reads and
 * writes the `reviews` table.
 */
import type { ClippingsDb, ReviewRow } from './db';
import type { Clipping } from './model';
import { entitiesOf } from './view';

/** What a reader did with a clipping in the review. `archive` stops it resurfacing; `unarchive` undoes that. */
export type ReviewAction = 'keep' | 'note' | 'tag' | 'open' | 'archive' | 'unarchive';
export const REVIEW_ACTIONS: readonly ReviewAction[] = ['keep', 'note', 'tag', 'open', 'archive', 'unarchive'];

/** Why a clipping is in today's set. */
export type Reason = 'month-ago' | 'year-ago' | 'random';
export interface Pick<C = Clipping> { clipping: C; reason: Reason }
/** What choosing the day's set needs of a clipping: its id and when it was saved (both in indexes). */
/** What the day's choice needs of a clipping; no createdAt when it is known to fall on no anniversary (review-today.ts reads it only for those). */
export interface Stub { id: string; createdAt?: string }

/** What the history says about one clipping. */
export interface Seen { count: number; last: string; archived: boolean }

export const DAILY_SIZE = 5;
/** At most this many of the day's set are «on this day»: the rest are found at random. */
const ON_THIS_DAY_MAX = 2;
/** «A month ago» and «a year ago» forgive this many days either side (nobody saves every day). */
const SLACK_DAYS = 3;

/** The history as of a moment: per clipping, how often it was reviewed, when last, archived or not. */
export function historyOf(rows: readonly ReviewRow[], before?: string): Map<string, Seen> {
  const out = new Map<string, Seen>();
  for (const r of [...rows].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))) {
    if (before && r.at >= before) continue;
    const s = out.get(r.clippingId) ?? { count: 0, last: r.at, archived: false };
    if (r.action === 'archive') s.archived = true;
    else if (r.action === 'unarchive') s.archived = false;
    else s.count++;
    s.last = r.at;
    out.set(r.clippingId, s);
  }
  return out;
}

/**
 * Today's set, stable through the day: chosen from the history as it stood at the day's start, so
 * keeping or noting one does not reshuffle the rest; one archived today just leaves the set.
 * `day` is the reader's YYYY-MM-DD.
 */
export function dailySet<C extends Stub>(clippings: readonly C[], rows: readonly ReviewRow[], day: string, size = DAILY_SIZE): Array<Pick<C>> {
  const dayStart = new Date(`${day}T00:00:00`).toISOString();
  const before = historyOf(rows, dayStart);
  const now = historyOf(rows);
  const open = clippings.filter((c) => !before.get(c.id)?.archived);
  const picks: Array<Pick<C>> = [];
  const taken = new Set<string>();

  const anniversaries: Array<{ c: C; reason: Reason }> = [];
  const days = anniversaryDays(day);
  for (const c of open) {
    const reason = c.createdAt === undefined ? undefined : days.get(localDayNumber(c.createdAt));
    if (reason) anniversaries.push({ c, reason });
  }
  // Among several anniversaries, the seeded order decides, never-reviewed ones first.
  anniversaries.sort((a, b) => (before.get(a.c.id)?.count ?? 0) - (before.get(b.c.id)?.count ?? 0) || seeded(day, a.c.id) - seeded(day, b.c.id));
  for (const { c, reason } of anniversaries.slice(0, Math.min(ON_THIS_DAY_MAX, size))) {
    picks.push({ clipping: c, reason });
    taken.add(c.id);
  }

  // Weighted sampling without replacement (a key u^(1/w) per clipping, the largest keys win): a
  // clipping never reviewed weighs 4, one reviewed n times 1/n. The u of a clipping depends only on
  // the day and its id, so the set does not depend on the order the clippings are listed in.
  // Only the few largest keys are wanted: keep them in a small sorted list instead of sorting all.
  const want = size - picks.length;
  const top: Array<{ c: C; key: number }> = [];
  const seed = dayHash(day);
  for (const c of open) {
    if (taken.has(c.id)) continue;
    const n = before.get(c.id)?.count ?? 0;
    const key = Math.log(seededFrom(seed, c.id)) / (n === 0 ? 4 : 1 / n);
    if (top.length === want && !(key > top[want - 1]!.key || (key === top[want - 1]!.key && c.id < top[want - 1]!.c.id))) continue;
    let i = top.length;
    while (i > 0 && (top[i - 1]!.key < key || (top[i - 1]!.key === key && top[i - 1]!.c.id > c.id))) i--;
    top.splice(i, 0, { c, key });
    if (top.length > want) top.pop();
  }
  for (const { c } of want > 0 ? top : []) picks.push({ clipping: c, reason: 'random' });

  return picks.filter((p) => !now.get(p.clipping.id)?.archived);
}

/**
 * The days (as day numbers since 1970) that are «a month ago» or «n years ago» from `day`, give or
 * take a few days: built once per day, so each clipping costs one lookup.
 */
export function anniversaryDays(day: string): Map<number, Reason> {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const out = new Map<number, Reason>();
  const around = (yy: number, mm: number, reason: Reason): void => {
    const center = Date.UTC(yy, mm - 1, d) / DAY_MS;
    for (let k = -SLACK_DAYS; k <= SLACK_DAYS; k++) if (!out.has(center + k)) out.set(center + k, reason);
  };
  around(y, m - 1, 'month-ago');
  for (let years = 1; years <= 30; years++) around(y - years, m, 'year-ago');
  return out;
}

/** Is `saved` (YYYY-MM-DD) a month or a whole number of years before `day`, give or take a few days? */
export function anniversary(saved: string, day: string): Reason | null {
  const [y, m, d] = saved.split('-').map(Number) as [number, number, number];
  return anniversaryDays(day).get(Date.UTC(y, m - 1, d) / DAY_MS) ?? null;
}

const DAY_MS = 86_400_000;

/**
 * The anniversary days of `day` as ranges of ISO timestamps [from, to): each run of consecutive days
 * from its first local midnight to the local midnight after it, so an index can be asked for them.
 */
export function anniversaryRanges(day: string): Array<[string, string]> {
  const nums = [...anniversaryDays(day).keys()].sort((a, b) => a - b);
  const midnight = (n: number): string => { const u = new Date(n * DAY_MS); return new Date(u.getUTCFullYear(), u.getUTCMonth(), u.getUTCDate()).toISOString(); };
  const out: Array<[string, string]> = [];
  for (let i = 0; i < nums.length; i++) {
    const start = nums[i]!;
    while (i + 1 < nums.length && nums[i + 1] === nums[i]! + 1) i++;
    out.push([midnight(start), midnight(nums[i]! + 1)]);
  }
  return out;
}

/** The reader's calendar day of a timestamp as a day number (what localDay gives, without building a string). */
function localDayNumber(iso: string): number {
  const t = new Date(iso);
  return Math.floor((t.getTime() - t.getTimezoneOffset() * 60_000) / DAY_MS);
}

/** A number in (0, 1) from the day and an id: the same all day, another tomorrow. */
export function seeded(day: string, id: string): number {
  return seededFrom(dayHash(day), id);
}

/** FNV-1a over the day, then a separator: the start of every clipping's hash that day. */
function dayHash(day: string): number {
  let h = 2166136261;
  for (let i = 0; i < day.length; i++) h = Math.imul(h ^ day.charCodeAt(i), 16777619);
  return Math.imul(h, 16777619);
}

function seededFrom(seed: number, id: string): number {
  let h = seed;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  // One round of a 32-bit finalizer spreads neighbouring ids apart.
  h ^= h >>> 16; h = Math.imul(h, 2246822507); h ^= h >>> 13; h = Math.imul(h, 3266489909); h ^= h >>> 16;
  return ((h >>> 0) + 0.5) / 4294967296;
}

/** What a subject review is about: a person, place or organization (entity key), a tag, or a site. */
export type Subject = { kind: 'entity'; key: string } | { kind: 'tag'; tag: string } | { kind: 'site'; site: string };

/** «Everything I saved about الجعفري», oldest first; archived ones included (the reader asked for all). */
export function aboutSubject(clippings: readonly Clipping[], subject: Subject): Clipping[] {
  const match = (c: Clipping): boolean =>
    subject.kind === 'entity' ? entitiesOf(c).some((e) => e.key === subject.key)
      : subject.kind === 'tag' ? c.tags.includes(subject.tag)
        : c.site === subject.site;
  return clippings.filter(match).sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}

/** The review history in the database. */
export class ReviewLog {
  constructor(private readonly db: ClippingsDb, private readonly now = () => new Date()) {}

  async record(clippingId: string, action: ReviewAction): Promise<void> {
    await this.db.reviews.add({ clippingId, action, at: this.now().toISOString() });
  }

  all(): Promise<ReviewRow[]> {
    return this.db.reviews.toArray();
  }

  async archived(): Promise<Set<string>> {
    const h = historyOf(await this.all());
    return new Set([...h].filter(([, s]) => s.archived).map(([id]) => id));
  }
}
