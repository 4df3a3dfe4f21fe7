/** Title, byline and publication date from JSON-LD, meta tags and <time>. */
export interface PageMeta {
  title: string | null;
  byline: string | null;
  /** ISO 8601 as the page gives it (date or date-time), or null. */
  published: string | null;
}

export function readMetadata(doc: Document): PageMeta {
  const ld = jsonLdArticle(doc);
  const meta = (sel: string): string | null => doc.querySelector(sel)?.getAttribute('content')?.trim() || null;
  const title = str(ld?.headline) ?? meta('meta[property="og:title"]') ?? doc.querySelector('h1')?.textContent?.trim() ?? (doc.title.trim() || null);
  const byline = author(ld?.author) ?? meta('meta[name="author"]') ?? meta('meta[property="article:author"]');
  const published = isoOrNull(str(ld?.datePublished) ?? meta('meta[property="article:published_time"]') ?? meta('meta[name="pubdate"]')
    ?? meta('meta[itemprop="datePublished"]') ?? doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null);
  return { title, byline: byline && !/^https?:/.test(byline) ? byline : null, published };
}

type Json = Record<string, unknown>;

/** The first NewsArticle-like object in the page's JSON-LD, searching @graph and arrays. */
export function jsonLdArticle(doc: Document): Json | null {
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const raw = (s.textContent ?? '').replace(/^\s*(?:\/\/)?\s*<!\[CDATA\[/, '').replace(/(?:\/\/)?\s*\]\]>\s*$/, '');
    let data: unknown;
    try { data = JSON.parse(raw); } catch { continue; }
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
