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
  /** Inclusive days, YYYY-MM-DD, on the saving date. */
  from?: string;
  to?: string;
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
    if (f.from && localDay(c.createdAt) < f.from) continue;
    if (f.to && localDay(c.createdAt) > f.to) continue;
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

export function groupRows(shown: readonly Clipping[]): Row[] {
  const rows: Row[] = [];
  let current: Extract<Row, { type: 'group' }> | null = null;
  let groups = 0;
  for (const c of shown) {
    const day = localDay(c.createdAt);
    if (!current || current.day !== day || current.site !== c.site) {
      groups++;
      current = { type: 'group', key: `${day}|${c.site}|${rows.length}`, site: c.site, day, count: 0 };
      rows.push(current);
    }
    current.count++;
    rows.push({ type: 'item', clipping: c, n: rows.length - groups + 1 });
  }
  return rows;
}

/** The values of a facet whose label holds what is typed in the facet's own search (normalized, as names are keyed). */
export function searchFacet(list: readonly Facet[], typed: string): Facet[] {
  const q = entityKey(typed);
  return q ? list.filter((f) => entityKey(f.label).includes(q)) : [...list];
}
