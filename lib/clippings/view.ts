import { entityName } from './entities';
import type { Clipping } from './model';
import { entityKey } from './keys';
import type { SearchIndex } from './search';

/** What the library shows: facet filters a person can combine with a search. */
export interface Filters {
  /** "person:<entity key>" and the like: entities across their spellings, every one present (a person and a place). */
  entities?: string[];
  site?: string;
  /** Every one of these tags. */
  tags?: string[];
  /** Inclusive days, YYYY-MM-DD, on the date `dateOf` names (the saving date when unset). */
  from?: string;
  to?: string;
  dateOf?: DateOf;
}

/** Which date a date filter reads: when it was saved, when the article was published, or a date the text mentions. */
export type DateOf = 'saved' | 'published' | 'mentioned';

/** The inclusive day span a clipping has for a date filter, or null when it has no such date. Spans as YYYY-MM-DD strings. */
function daySpans(c: Clipping, of: DateOf): Array<[string, string]> {
  if (of === 'saved') { const d = localDay(c.createdAt); return [[d, d]]; }
  if (of === 'published') { const r = c.published && isoSpan(c.published); return r ? [r] : []; }
  const out: Array<[string, string]> = [];
  for (const s of c.entities) {
    if (s.kind !== 'date' || !s.value) continue;
    const [a, b = a] = s.value.split('/');
    const lo = isoSpan(a!);
    const hi = isoSpan(b ?? a!);
    if (lo && hi) out.push([lo[0], hi[1]]);
  }
  return out;
}

/** "2023" → 2023-01-01…2023-12-31, "2023-03" → the month, "2023-03-14T…" → that day; null if not ISO. */
function isoSpan(v: string): [string, string] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(v);
  if (!m) return null;
  const [, y, mo, d] = m;
  if (d) return [`${y}-${mo}-${d}`, `${y}-${mo}-${d}`];
  if (mo) return [`${y}-${mo}-01`, `${y}-${mo}-31`];
  return [`${y}-01-01`, `${y}-12-31`];
}

function inDates(c: Clipping, f: Filters): boolean {
  if (!f.from && !f.to) return true;
  return daySpans(c, f.dateOf ?? 'saved').some(([lo, hi]) => (!f.to || lo <= f.to) && (!f.from || hi >= f.from));
}

export interface Facet {
  value: string;
  label: string;
  count: number;
}

export interface Facets {
  person: Facet[];
  place: Facet[];
  org: Facet[];
  site: Facet[];
  tag: Facet[];
}

const entityCache = new WeakMap<Clipping, Array<{ key: string; label: string }>>();
/** A clipping's people, places and organizations (speaker included) as keys with a spelling, once per object. */
export function entitiesOf(c: Clipping): Array<{ key: string; label: string }> {
  let list = entityCache.get(c);
  if (list) return list;
  const seen = new Map<string, string>();
  for (const s of c.entities) {
    if (s.kind === 'person' || s.kind === 'place' || s.kind === 'org') {
      const name = entityName(c, s);
      const key = `${s.kind}:${entityKey(name)}`;
      if (!seen.has(key)) seen.set(key, name);
    }
  }
  if (c.speaker) {
    const key = `person:${entityKey(c.speaker)}`;
    if (!seen.has(key)) seen.set(key, c.speaker);
  }
  list = [...seen].map(([key, label]) => ({ key, label }));
  entityCache.set(c, list);
  return list;
}

/** Clippings (newest first, as given) that match the search and every filter. */
export function applyView(clippings: readonly Clipping[], index: SearchIndex | null, query: string, f: Filters): Clipping[] {
  const hits = index && query.trim() ? index.match(query) : null;
  const out: Clipping[] = [];
  for (let i = 0; i < clippings.length; i++) {
    const c = clippings[i]!;
    if (hits && !hits[i]) continue;
    if (f.site && c.site !== f.site) continue;
    if (f.tags?.length && !f.tags.every((t) => c.tags.includes(t))) continue;
    if (!inDates(c, f)) continue;
    if (f.entities?.length && !f.entities.every((k) => entitiesOf(c).some((e) => e.key === k))) continue;
    out.push(c);
  }
  return out;
}

/** Counts of each person, place, organization, site and tag among the shown clippings, most first. */
export function facets(shown: readonly Clipping[], limit = 50): Facets {
  const acc = { person: new Map(), place: new Map(), org: new Map(), site: new Map(), tag: new Map() } as Record<keyof Facets, Map<string, { label: string; count: number }>>;
  const bump = (facet: keyof Facets, value: string, label: string): void => {
    const m = acc[facet];
    const cur = m.get(value);
    if (cur) cur.count++;
    else m.set(value, { label, count: 1 });
  };
  for (const c of shown) {
    bump('site', c.site, c.site);
    for (const t of c.tags) bump('tag', t, t);
    for (const e of entitiesOf(c)) bump(e.key.slice(0, e.key.indexOf(':')) as 'person' | 'place' | 'org', e.key, e.label);
  }
  const list = (m: Map<string, { label: string; count: number }>): Facet[] =>
    [...m].map(([value, v]) => ({ value, label: v.label, count: v.count })).sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0)).slice(0, limit);
  return { person: list(acc.person), place: list(acc.place), org: list(acc.org), site: list(acc.site), tag: list(acc.tag) };
}

/** The reader's own calendar day of a timestamp, YYYY-MM-DD (a clipping saved at 1 a.m. in Baghdad is not yesterday's). */
export function localDay(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Local midnight of a YYYY-MM-DD day, for formatting it. */
export function dayDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!);
}

/** Rows for a grouped list: a heading per site and day, then its clippings. */
export type Row = { type: 'group'; key: string; site: string; day: string; count: number } | { type: 'item'; clipping: Clipping; n: number };

/**
 * One heading per site and day, however the clippings of that site and day are spread through the
 * list (newest first: a group sits where its newest clipping would), then its clippings in list order.
 */
export function groupRows(shown: readonly Clipping[]): Row[] {
  const groups = new Map<string, { head: Extract<Row, { type: 'group' }>; items: Clipping[] }>();
  for (const c of shown) {
    const day = localDay(c.createdAt);
    const key = `${day}|${c.site}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { head: { type: 'group', key, site: c.site, day, count: 0 }, items: [] }));
    g.head.count++;
    g.items.push(c);
  }
  const rows: Row[] = [];
  let n = 0;
  for (const { head, items } of groups.values()) {
    rows.push(head);
    for (const clipping of items) rows.push({ type: 'item', clipping, n: ++n });
  }
  return rows;
}

/** The values of a facet whose label holds what is typed in the facet's own search (normalized, as names are keyed). */
export function searchFacet(list: readonly Facet[], typed: string): Facet[] {
  const q = entityKey(typed);
  return q ? list.filter((f) => entityKey(f.label).includes(q)) : [...list];
}
