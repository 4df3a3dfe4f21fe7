import type { Span } from '../arabic/types';
import { fastNormalize } from './fast-normalize';

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

/** Same text from the same page is one clipping: the key ignores spelling variants and spacing. */
export function dedupeKey(c: Pick<Clipping, 'url' | 'text'>): string {
  return `${stripHash(c.url)}\u0000${fastNormalize(c.text).replace(/\s+/g, ' ').trim()}`;
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
