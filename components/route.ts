/**
 * Where the library is, as its URL's hash says it: which view, the search, the filters, the
 * clipping open. Reload and back/forward keep them; every clipping has its own address.
 *   #/?q=…&e=person:…&e=place:…&tag=…&site=…&from=…&to=…&c=<id>   the list (c: the clipping open)
 *   #/clipping/<id>  (or the short #<id>)                            one clipping in the list
 *   #/review  ·  #/review?about=person:…|tag:…|site:…                 the day's review, or one subject's
 *   #/article?page=<url>&c=<id>                                      one article with all its clippings
 */
import type { Filters } from '../lib/clippings/view';

export type Route =
  | { view: 'library'; query: string; filters: Filters; clipping?: string }
  | { view: 'review'; about?: string }
  | { view: 'article'; page: string; clipping?: string };

export const HOME: Route = { view: 'library', query: '', filters: {} };

export function parseHash(hash: string): Route {
  const h = hash.replace(/^#/, '');
  const q = h.indexOf('?');
  const path = decodeURIComponent(q < 0 ? h : h.slice(0, q));
  const p = new URLSearchParams(q < 0 ? '' : h.slice(q + 1));
  const day = (v: string | null): string | undefined => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);
  if (path === '/review') {
    const about = p.get('about');
    return about ? { view: 'review', about } : { view: 'review' };
  }
  if (path === '/article') {
    const page = p.get('page');
    if (page) return { view: 'article', page, ...(p.get('c') ? { clipping: p.get('c')! } : {}) };
    return HOME;
  }
  const clipping = path.startsWith('/clipping/') ? path.slice('/clipping/'.length) : path && !path.startsWith('/') ? path : p.get('c') ?? undefined;
  const entities = p.getAll('e').filter(Boolean);
  const tags = p.getAll('tag').filter(Boolean);
  const filters: Filters = {
    ...(entities.length ? { entities } : {}),
    ...(tags.length ? { tags } : {}),
    ...(p.get('site') ? { site: p.get('site')! } : {}),
    ...(day(p.get('from')) ? { from: day(p.get('from')) } : {}),
    ...(day(p.get('to')) ? { to: day(p.get('to')) } : {}),
  };
  return { view: 'library', query: p.get('q') ?? '', filters, ...(clipping ? { clipping } : {}) };
}

export function toHash(r: Route): string {
  const p = new URLSearchParams();
  if (r.view === 'review') {
    if (r.about) p.set('about', r.about);
    return `#/review${qs(p)}`;
  }
  if (r.view === 'article') {
    p.set('page', r.page);
    if (r.clipping) p.set('c', r.clipping);
    return `#/article${qs(p)}`;
  }
  if (r.query) p.set('q', r.query);
  for (const e of r.filters.entities ?? []) p.append('e', e);
  for (const t of r.filters.tags ?? []) p.append('tag', t);
  if (r.filters.site) p.set('site', r.filters.site);
  if (r.filters.from) p.set('from', r.filters.from);
  if (r.filters.to) p.set('to', r.filters.to);
  // A clipping alone has its short, shareable address.
  if (r.clipping && ![...p.keys()].length) return `#/clipping/${encodeURIComponent(r.clipping)}`;
  if (r.clipping) p.set('c', r.clipping);
  return `#/${qs(p)}`;
}

const qs = (p: URLSearchParams): string => (p.toString() ? `?${p}` : '');

/** The library address of one clipping (from the popup, an export, another view). */
export function clippingHref(id: string): string {
  return `library.html${toHash({ view: 'library', query: '', filters: {}, clipping: id })}`;
}
