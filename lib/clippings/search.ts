import type { Clipping } from './model';
import { wordKeys, words } from './keys';

/** The keys a query looks for: one list per query word (any of them may match). */
export function queryKeys(query: string): string[][] {
  return words(query).map((w) => wordKeys(w.text)).filter((k) => k.length > 0);
}

/**
 * An inverted index from word keys to clippings. Keys are kept sorted so a query word matches every
 * key it begins (search as you type) with two binary searches instead of a scan of every word.
 */
export class SearchIndex {
  private readonly keys: string[];
  private readonly postings: Uint32Array[];

  constructor(readonly clippings: readonly Clipping[]) {
    const byKey = new Map<string, number[]>();
    const cache = new Map<string, string[]>();
    clippings.forEach((c, i) => {
      for (const field of searchable(c)) {
        for (const w of words(field)) {
          let ks = cache.get(w.text);
          if (!ks) { ks = wordKeys(w.text); cache.set(w.text, ks); }
          for (const k of ks) {
            let list = byKey.get(k);
            if (!list) byKey.set(k, (list = []));
            if (list[list.length - 1] !== i) list.push(i);
          }
        }
      }
    });
    this.keys = [...byKey.keys()].sort();
    this.postings = this.keys.map((k) => Uint32Array.from(byKey.get(k)!));
  }

  /** Indices (into `clippings`) of those matching every query word; null for an empty query. */
  match(query: string): Uint8Array | null {
    const groups = queryKeys(query);
    if (!groups.length) return null;
    let result: Uint8Array | null = null;
    for (const alternatives of groups) {
      const hit = new Uint8Array(this.clippings.length);
      for (const k of alternatives) {
        for (let i = lowerBound(this.keys, k); i < this.keys.length && this.keys[i]!.startsWith(k); i++) {
          for (const doc of this.postings[i]!) hit[doc] = 1;
        }
      }
      if (result) for (let d = 0; d < hit.length; d++) result[d]! &= hit[d]!;
      else result = hit;
    }
    return result;
  }
}

function searchable(c: Clipping): string[] {
  return [c.text, c.title ?? '', c.note, c.speaker ?? '', c.tags.join(' '), c.site];
}

function lowerBound(sorted: string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface Segment {
  text: string;
  mark: boolean;
}

/** The original text cut into plain and matched pieces, for rendering matches as <mark> without HTML. */
export function markSegments(text: string, query: string): Segment[] {
  const groups = queryKeys(query);
  if (!groups.length) return [{ text, mark: false }];
  const wanted = groups.flat();
  const out: Segment[] = [];
  let at = 0;
  for (const w of words(text)) {
    if (!wordKeys(w.text).some((k) => wanted.some((q) => k.startsWith(q)))) continue;
    if (w.start > at) out.push({ text: text.slice(at, w.start), mark: false });
    out.push({ text: w.text, mark: true });
    at = w.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}
