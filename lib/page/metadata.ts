import { dateFromText, findDateline } from './dateline';

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
  const candidates = [str(ld?.datePublished), meta('meta[property="article:published_time"]'), meta('meta[name="pubdate"]'),
    meta('meta[itemprop="datePublished"]'), meta('meta[name="publish-date"]'), meta('meta[name="date"]'),
    doc.querySelector('[itemprop="datePublished"][datetime], time[datetime]')?.getAttribute('datetime') ?? null];
  // ISO first; then the same fields written in Arabic («الأربعاء، 07 أكتوبر 2020 - 12:09 م»); then the page's dateline.
  const published = candidates.map(isoOrNull).find(Boolean) ?? candidates.map((c) => (c ? dateFromText(c) : null)).find(Boolean)
    ?? findDateline(doc);
  return { title, byline: byline && !/^https?:/.test(byline) ? byline : null, published };
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
  return /^\d{4}-\d{2}-\d{2}/.test(v.trim()) ? v.trim() : null;
}
