import { dateFromText, findDateline } from './dateline';
import { dateFromUrl } from './url-date';

/** Title, byline and publication date from JSON-LD, meta tags, <time> and a visible dateline. */
export interface PageMeta {
  title: string | null;
  byline: string | null;
  /** ISO 8601 as the page gives it (date or date-time), or null. */
  published: string | null;
}

export function readMetadata(doc: Document): PageMeta {
  const ld = jsonLdArticle(doc);
  // One walk for the meta tags, not one querySelector per field (each walks the whole DOM when absent).
  const metas = Array.from(doc.getElementsByTagName('meta'));
  const meta = (sel: string): string | null => metas.find((m) => m.matches(sel))?.getAttribute('content')?.trim() || null;
  const title = str(ld?.headline) ?? meta('meta[property="og:title"]') ?? doc.querySelector('h1')?.textContent?.trim() ?? (doc.title.trim() || null);
  const byline = author(ld?.author) ?? meta('meta[name="author"]') ?? meta('meta[property="article:author"]');
  const candidates = [str(ld?.datePublished), str(ld?.dateCreated), ...metaDates(doc), jsonLdAnyDate(doc), ...timeDates(doc)];
  // ISO first; then the same fields written in Arabic («الأربعاء، 07 أكتوبر 2020 - 12:09 م»); then a day
  // in the address (/2013/11/29/); then the page's visible dateline.
  const published = candidates.map(isoOrNull).find(Boolean) ?? candidates.map((c) => (c ? dateFromText(c) : null)).find(Boolean)
    ?? dateFromUrl(doc.URL) ?? findDateline(doc);
  return { title, byline: byline && !/^https?:/.test(byline) ? byline : null, published };
}

/** Meta names (name, property or itemprop, any case) that carry the publication date, most trusted first. */
const DATE_META = ['article:published_time', 'og:published_time', 'article:published', 'datepublished', 'pubdate', 'publishdate',
  'publish-date', 'publish_date', 'publication_date', 'original-publish-date', 'originalpublicationdate', 'parsely-pub-date',
  'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.created', 'datecreated', 'date'];

function metaDates(doc: Document): Array<string | null> {
  const found = new Map<string, string>();
  for (const m of doc.querySelectorAll('meta[content]')) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const value = m.getAttribute('content')?.trim();
    if (key && value && !found.has(key) && DATE_META.includes(key)) found.set(key, value);
  }
  return DATE_META.map((k) => found.get(k) ?? null);
}

/** <time> and microdata: the one marked as the publication date first, then one by the headline, then any. */
function timeDates(doc: Document): Array<string | null> {
  const attr = (el: Element | null): string | null => el?.getAttribute('datetime')?.trim() || el?.getAttribute('content')?.trim() || null;
  return [attr(doc.querySelector('[itemprop="datePublished"]')), attr(doc.querySelector('time[pubdate][datetime]')),
    attr(doc.querySelector('article time[datetime], header time[datetime]')), attr(doc.querySelector('time[datetime]'))];
}

type Json = Record<string, unknown>;

/** Every @type named in the page's JSON-LD (CDATA-wrapped blocks too). */
export function jsonLdTypes(doc: Document): string[] {
  const out: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) { node.forEach(visit); return; }
    if (!node || typeof node !== 'object') return;
    const o = node as Json;
    for (const t of ([] as unknown[]).concat(o['@type'] ?? [])) if (typeof t === 'string') out.push(t);
    if (o['@graph']) visit(o['@graph']);
  };
  for (const data of jsonLdBlocks(doc)) visit(data);
  return out;
}

function* jsonLdBlocks(doc: Document): Generator<unknown> {
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const raw = (s.textContent ?? '').replace(/^\s*(?:\/\/)?\s*<!\[CDATA\[/, '').replace(/(?:\/\/)?\s*\]\]>\s*$/, '');
    try { yield JSON.parse(raw); } catch { /* a broken block: the page's own bug, skip it */ }
  }
}

/** The first NewsArticle-like object in the page's JSON-LD, searching @graph and arrays. */
export function jsonLdArticle(doc: Document): Json | null {
  for (const data of jsonLdBlocks(doc)) {
    const found = findArticle(data);
    if (found) return found;
  }
  return null;
}

/** A datePublished on any JSON-LD node (a WebPage, a ReportageNewsArticle in a list): when no article node has one. */
function jsonLdAnyDate(doc: Document): string | null {
  const visit = (node: unknown): string | null => {
    if (Array.isArray(node)) { for (const n of node) { const d = visit(n); if (d) return d; } return null; }
    if (!node || typeof node !== 'object') return null;
    const o = node as Json;
    return str(o.datePublished) ?? str(o.dateCreated) ?? (o['@graph'] ? visit(o['@graph']) : null) ?? (o.mainEntity ? visit(o.mainEntity) : null);
  };
  for (const data of jsonLdBlocks(doc)) { const d = visit(data); if (d) return d; }
  return null;
}

function findArticle(node: unknown): Json | null {
  if (Array.isArray(node)) {
    for (const n of node) { const f = findArticle(n); if (f) return f; }
    return null;
  }
  if (!node || typeof node !== 'object') return null;
  const o = node as Json;
  const types = ([] as unknown[]).concat(o['@type'] ?? []);
  if (types.some((t) => typeof t === 'string' && /Article|BlogPosting/.test(t))) return o;
  return o['@graph'] ? findArticle(o['@graph']) : null;
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

function author(v: unknown): string | null {
  if (Array.isArray(v)) return v.map(author).filter(Boolean).join('، ') || null;
  if (typeof v === 'string') return v.trim() || null;
  if (v && typeof v === 'object') return str((v as Json).name);
  return null;
}

function isoOrNull(v: string | null): string | null {
  if (!v) return null;
  const t = v.trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(t)) return t;
  // 2020/05/10, 2020.05.10 and 20200510 (some CMSs): the same day in ISO.
  const m = /^((?:19|20)\d{2})[/.]?(\d{2})[/.]?(\d{2})(?:$|[T\s])/.exec(t);
  return m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3]) >= 1 && Number(m[3]) <= 31 ? `${m[1]}-${m[2]}-${m[3]}` : null;
}
