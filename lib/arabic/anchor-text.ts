import { normalizeWithMap } from './normalize';

/** What re-anchoring needs from a clipping. */
export interface AnchorTarget {
  text: string;
  prefix: string;
  suffix: string;
  position: { start: number; end: number } | null;
}

export type AnchorHow = 'position' | 'context' | 'fuzzy';
export interface Anchor { start: number; end: number; how: AnchorHow }

/** Least word overlap (Dice) for a fuzzy match to count: the page may have changed a little, not a lot. */
const MIN_SIMILARITY = 0.6;

/**
 * Where a saved clipping is in the page's body text today: at its saved position if the words are
 * still there; else the exact words, the occurrence whose context matches best; else the same words
 * in normalized form (diacritics, spacing, letter variants changed); else a fuzzy match between its
 * first and last words. Null when it cannot be found: the caller lists it.
 */
export function anchorText(body: string, c: AnchorTarget): Anchor | null {
  if (!c.text) return null;
  const p = c.position;
  if (p && body.slice(p.start, p.end) === c.text) return { start: p.start, end: p.end, how: 'position' };

  const exact = occurrences(body, c.text);
  if (exact.length) {
    const best = bestByContext(body, exact, c.text.length, c);
    return { start: best, end: best + c.text.length, how: 'context' };
  }

  const b = compact(body);
  const q = compact(c.text).text;
  if (!q) return null;
  const norm = occurrences(b.text, q);
  if (norm.length) {
    const at = norm.length === 1 ? norm[0]! : closestTo(norm, b, p?.start ?? 0);
    return { ...back(b, at, at + q.length), how: 'fuzzy' };
  }
  const fuzzy = fuzzyFind(b.text, q);
  return fuzzy ? { ...back(b, fuzzy[0], fuzzy[1]), how: 'fuzzy' } : null;
}

function occurrences(hay: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = hay.indexOf(needle); i >= 0 && out.length < 1000; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** The occurrence whose surroundings agree most with the saved prefix and suffix. */
function bestByContext(body: string, starts: number[], len: number, c: AnchorTarget): number {
  let best = starts[0]!;
  let bestScore = -1;
  for (const s of starts) {
    const score = commonSuffix(body.slice(Math.max(0, s - c.prefix.length), s), c.prefix) + commonPrefix(body.slice(s + len, s + len + c.suffix.length), c.suffix);
    if (score > bestScore) { bestScore = score; best = s; }
  }
  return best;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function commonSuffix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return i;
}

/** Normalized text with whitespace runs as one space, and the map back to the original offsets. */
interface Compact { text: string; map: Int32Array }

function compact(original: string): Compact {
  const n = normalizeWithMap(original);
  const map = new Int32Array(n.text.length + 1);
  let out = '';
  let k = 0;
  let space = true; // drops leading whitespace too
  for (let i = 0; i < n.text.length; i++) {
    const ch = n.text[i]!;
    if (/\s/.test(ch)) {
      if (space) continue;
      space = true;
      out += ' ';
    } else {
      space = false;
      out += ch;
    }
    map[k++] = n.map[i]!;
  }
  if (out.endsWith(' ')) { out = out.slice(0, -1); k--; }
  map[k] = n.map[n.text.length]!;
  return { text: out, map: map.subarray(0, k + 1) };
}

function back(c: Compact, start: number, end: number): { start: number; end: number } {
  return { start: c.map[start]!, end: end > start ? c.map[end - 1]! + 1 : c.map[start]! };
}

function closestTo(starts: number[], b: Compact, originalStart: number): number {
  return starts.reduce((best, s) => (Math.abs(b.map[s]! - originalStart) < Math.abs(b.map[best]! - originalStart) ? s : best));
}

/** Anchor on the clipping's first and last words, then keep the span most like it, if like enough. */
function fuzzyFind(body: string, q: string): [number, number] | null {
  const L = q.length;
  const edge = Math.max(6, Math.min(24, Math.floor(L / 4)));
  if (L < edge * 2) return null;
  const head = q.slice(0, edge);
  const tail = q.slice(L - edge);
  const candidates: Array<[number, number]> = [];
  for (const h of occurrences(body, head)) {
    for (const t of occurrences(body.slice(h, h + Math.ceil(L * 1.5)), tail)) {
      const end = h + t + edge;
      if (end - h >= L * 0.5) candidates.push([h, end]);
    }
    candidates.push([h, Math.min(body.length, h + L)]);
  }
  for (const t of occurrences(body, tail)) candidates.push([Math.max(0, t + edge - L), t + edge]);
  const want = wordSet(q);
  let best: [number, number] | null = null;
  let bestScore = MIN_SIMILARITY;
  for (const [s, e] of candidates) {
    const score = dice(want, wordSet(body.slice(s, e)));
    if (score >= bestScore) { bestScore = score; best = snapToWords(body, s, e); }
  }
  return best;
}

function snapToWords(body: string, s: number, e: number): [number, number] {
  while (s > 0 && /\S/.test(body[s - 1]!)) s--;
  while (e < body.length && /\S/.test(body[e]!)) e++;
  return [s, e];
}

function wordSet(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of s.split(' ')) if (w) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

function dice(a: Map<string, number>, b: Map<string, number>): number {
  let common = 0;
  let na = 0;
  let nb = 0;
  for (const v of a.values()) na += v;
  for (const v of b.values()) nb += v;
  for (const [w, v] of a) common += Math.min(v, b.get(w) ?? 0);
  return na + nb ? (2 * common) / (na + nb) : 0;
}
