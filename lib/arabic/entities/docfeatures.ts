/**
 * Document-level features for the second decoding pass (stacking, after Krishnan & Manning 2006):
 * how the first pass tagged the same word in the OTHER sentences of the document. A name tagged as
 * a person in one sentence is evidence where the model hesitated in another.
 */
import { keyOf } from './readings';

const TYPES = ['PERS', 'LOC', 'ORG', 'MISC'];

type Counts = Map<string, number>; // "key\ttype" → count (type "O" or "sur" included)

function occurrences(keys: readonly string[], tags: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    const k = keys[i]!;
    if (k.length < 3) continue;
    out.push(k + '\t' + (t === 'O' ? 'O' : t.slice(2)));
    // Last word of a multi-word person: the surname that comes back alone.
    if (t === 'I-PERS' && tags[i + 1] !== 'I-PERS') out.push(k + '\tsur');
  }
  return out;
}

export interface DocStats { keys: string[][]; total: Counts; own: string[][] }

export function docStats(sentences: readonly (readonly string[])[], tags: readonly (readonly string[])[]): DocStats {
  const keys = sentences.map((s) => s.map(keyOf));
  const own = keys.map((k, s) => occurrences(k, tags[s]!));
  const total: Counts = new Map();
  for (const o of own) for (const x of o) total.set(x, (total.get(x) ?? 0) + 1);
  return { keys, total, own };
}

/** Per token of sentence s: its document class ("" when the word is not seen elsewhere). */
function classes(stats: DocStats, s: number): string[] {
  const mine: Counts = new Map();
  for (const x of stats.own[s]!) mine.set(x, (mine.get(x) ?? 0) + 1);
  const other = (k: string, t: string): number => (stats.total.get(k + '\t' + t) ?? 0) - (mine.get(k + '\t' + t) ?? 0);
  return stats.keys[s]!.map((k) => {
    if (k.length < 3) return '';
    let best = '';
    let n = 0;
    for (const t of TYPES) { const c = other(k, t); if (c > n) { n = c; best = t; } }
    const o = other(k, 'O');
    if (!best) return o > 0 ? 'O' : '';
    const sur = other(k, 'sur') > 0 ? '+sur' : '';
    return best + sur + (o > n ? '<O' : '');
  });
}

/** Feature strings per token of sentence s (offsets -1, 0, +1). */
export function docFeatures(stats: DocStats, s: number): string[][] {
  const c = classes(stats, s);
  return c.map((_, i) => {
    const f: string[] = [];
    if (c[i]) f.push('D=' + c[i]);
    if (i > 0 && c[i - 1]) f.push('D-1=' + c[i - 1]);
    if (i + 1 < c.length && c[i + 1]) f.push('D+1=' + c[i + 1]);
    return f;
  });
}
