import type { Clipping } from './model';
import { wordKeys, words } from './keys';

/**
 * The keys a query looks for: one list per query word (any of them may match). The last word is
 * still being typed: «الج» must already find «الجعفري», whose key is «جعفري», so a short word with
 * the article also looks for what follows the article.
 */
export function queryKeys(query: string): string[][] {
  const ws = words(query);
  return ws.map((w, i) => {
    const keys = wordKeys(w.text);
    if (i === ws.length - 1) {
      for (const k of [...keys]) if (k.startsWith('ال') && k.length > 2 && !keys.includes(k.slice(2))) keys.push(k.slice(2));
    }
    return keys;
  }).filter((k) => k.length > 0);
}

/** Collects word keys clipping by clipping, so a large library can be indexed in slices. */
class IndexBuilder {
  private readonly wordKeyIds = new Map<string, number[]>();
  private readonly keyIds = new Map<string, number>();
  private readonly keys: string[] = [];
  private readonly postings: number[][] = [];
  private readonly seen = new Set<string>();

  add(c: Clipping, doc: number): void {
    // Each distinct word of a clipping once: long articles repeat their words many times.
    this.seen.clear();
    for (const field of searchable(c)) for (const w of words(field)) this.seen.add(w.text);
    for (const w of this.seen) {
      let ids = this.wordKeyIds.get(w);
      if (!ids) this.wordKeyIds.set(w, (ids = wordKeys(w).map((k) => this.keyId(k))));
      for (const id of ids) {
        const list = this.postings[id]!;
        if (list[list.length - 1] !== doc) list.push(doc);
      }
    }
  }

  private keyId(k: string): number {
    let id = this.keyIds.get(k);
    if (id === undefined) {
      id = this.keys.length;
      this.keyIds.set(k, id);
      this.keys.push(k);
      this.postings.push([]);
    }
    return id;
  }

  finish(): { keys: string[]; postings: Uint32Array[] } {
    const order = this.keys.map((_, i) => i).sort((a, b) => (this.keys[a]! < this.keys[b]! ? -1 : 1));
    return { keys: order.map((i) => this.keys[i]!), postings: order.map((i) => Uint32Array.from(this.postings[i]!)) };
  }
}

/**
 * An inverted index from word keys to clippings. Keys are kept sorted so a query word matches every
 * key it begins (search as you type) with a binary search instead of a scan of every word.
 */
export class SearchIndex {
  private readonly keys: string[];
  private readonly postings: Uint32Array[];

  constructor(readonly clippings: readonly Clipping[], built?: { keys: string[]; postings: Uint32Array[] }) {
    if (!built) {
      const b = new IndexBuilder();
      clippings.forEach((c, i) => b.add(c, i));
      built = b.finish();
    }
    this.keys = built.keys;
    this.postings = built.postings;
  }

  /**
   * Build without holding the page: work for about `sliceMs` at a time, then let the browser paint
   * and handle input. Null when cancelled (the list changed meanwhile).
   */
  static async inSlices(clippings: readonly Clipping[], sliceMs = 12, yieldTo: () => Promise<void> = () => new Promise((ok) => setTimeout(ok, 0)), cancelled: () => boolean = () => false): Promise<SearchIndex | null> {
    const b = new IndexBuilder();
    let start = performance.now();
    for (let i = 0; i < clippings.length; i++) {
      b.add(clippings[i]!, i);
      // Check the clock every 16 clippings: an article is long, a selection short.
      if ((i & 15) === 15 && performance.now() - start > sliceMs) {
        await yieldTo();
        if (cancelled()) return null;
        start = performance.now();
      }
    }
    return new SearchIndex(clippings, b.finish());
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
