import type { Span } from '../arabic/types';
import { normalize } from '../arabic/normalize';

export type ClippingKind = 'selection' | 'quote' | 'article';

/** The stored record (DESIGN.md). Export JSON is an array of these. */
export interface Clipping {
  id: string;
  createdAt: string; // ISO date-time
  updatedAt: string;
  url: string;
  site: string;
  title: string | null;
  byline: string | null;
  published: string | null;
  /** The clipped words, as written on the page. */
  text: string;
  /** Context each side, for re-anchoring on a revisit. */
  prefix: string;
  suffix: string;
  /** Offsets in the article body text, or null when the selection was outside the body. */
  position: { start: number; end: number } | null;
  kind: ClippingKind;
  speaker: string | null;
  /** Spans inside the clipping, offsets relative to `text`. */
  entities: Span[];
  note: string;
  tags: string[];
}

/** What a content script sends: everything but the fields the store owns. */
export type ClippingDraft = Omit<Clipping, 'id' | 'createdAt' | 'updatedAt' | 'note' | 'tags'> & { note?: string; tags?: string[] };

/**
 * Same text from the same page is one clipping: the key ignores spelling variants and spacing. The
 * text enters as its length and a 53-bit hash, not whole: a saved article would otherwise put its
 * entire text into the unique index a second time.
 */
export function dedupeKey(c: Pick<Clipping, 'url' | 'text'>): string {
  const norm = normalize(c.text).replace(/\s+/g, ' ').trim();
  return `${stripHash(c.url)}\u0000${norm.length}:${hash53(norm).toString(36)}`;
}

/** A fast non-cryptographic 53-bit string hash (two multiplicative 32-bit lanes). */
function hash53(s: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

function stripHash(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
