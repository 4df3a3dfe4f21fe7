/**
 * Document-level features for the second decoding pass (stacking, after Krishnan & Manning 2006):
 * how the first pass tagged the same word in the OTHER sentences of the document. A name tagged as
 * a person in one sentence is evidence where the model hesitated in another.
 */
import { keyOf } from './readings';

const TYPES = ['PERS', 'LOC', 'ORG', 'MISC'];
const O = 4;
const SUR = 5;
const SLOTS = 6;

/** Count slot of a tag; tags are few, so their slots are looked up, not re-parsed per token. */
const SLOT_OF = new Map<string, number>();
function slot(tag: string): number {
  let v = SLOT_OF.get(tag);
  if (v === undefined) {
    const i = tag === 'O' ? -1 : TYPES.indexOf(tag.slice(2));
    v = i < 0 ? O : i;
    SLOT_OF.set(tag, v);
  }
  return v;
}

/** Adds one sentence's occurrences into `counts` (sign -1 removes them). */
function count(counts: Map<string, Int32Array>, keys: readonly string[], tags: readonly string[], sign: number): void {
  for (let i = 0; i < tags.length; i++) {
    const k = keys[i]!;
    if (k.length < 3) continue;
    let c = counts.get(k);
    if (!c) counts.set(k, (c = new Int32Array(SLOTS)));
    c[slot(tags[i]!)]! += sign;
    // Last word of a multi-word person: the surname that comes back alone.
    if (tags[i] === 'I-PERS' && tags[i + 1] !== 'I-PERS') c[SUR]! += sign;
  }
}

export interface DocStats { keys: string[][]; tags: readonly (readonly string[])[]; total: Map<string, Int32Array> }

export function docStats(sentences: readonly (readonly string[])[], tags: readonly (readonly string[])[]): DocStats {
  const keys = sentences.map((s) => s.map(keyOf));
  const total = new Map<string, Int32Array>();
  keys.forEach((k, s) => count(total, k, tags[s]!, 1));
  return { keys, tags, total };
}

/**
 * Document classes, numbered: 0 = not seen elsewhere, 1 = seen elsewhere only as O, then
 * 2 + type·4 + surname·2 + mostlyO for a word the first pass tagged as an entity elsewhere.
 */
export const CLASS_NAMES: readonly string[] = ['', 'O', ...TYPES.flatMap((t) => [t, t + '<O', t + '+sur', t + '+sur<O'])];

/** Per token of sentence s: its document class number. */
export function docClasses(stats: DocStats, s: number): Uint8Array {
  const keys = stats.keys[s]!;
  const own = new Map<string, Int32Array>();
  count(own, keys, stats.tags[s]!, 1);
  const out = new Uint8Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const tot = stats.total.get(keys[i]!);
    if (!tot) continue;
    const mine = own.get(keys[i]!);
    // Counts in the OTHER sentences: the document's total less this sentence's own.
    let best = -1;
    let n = 0;
    for (let j = 0; j < TYPES.length; j++) {
      const c = tot[j]! - (mine ? mine[j]! : 0);
      if (c > n) { n = c; best = j; }
    }
    const o = tot[O]! - (mine ? mine[O]! : 0);
    const sur = tot[SUR]! - (mine ? mine[SUR]! : 0);
    if (best < 0) out[i] = o > 0 ? 1 : 0;
    else out[i] = 2 + best * 4 + (sur > 0 ? 2 : 0) + (o > n ? 1 : 0);
  }
  return out;
}

/** Feature names by offset (-1, 0, +1) and class: fixed strings, no per-token concatenation. */
export const DOC_FEATURES: readonly (readonly string[])[] = ['D-1=', 'D=', 'D+1='].map((p) => CLASS_NAMES.map((c) => p + c));

/** Feature strings per token of sentence s (what training sees; tagging uses docClasses directly). */
export function docFeatures(stats: DocStats, s: number): string[][] {
  const c = docClasses(stats, s);
  return Array.from(c, (_, i) => {
    const f: string[] = [];
    for (let o = -1; o <= 1; o++) {
      const j = i + o;
      if (j >= 0 && j < c.length && c[j]) f.push(DOC_FEATURES[o + 1]![c[j]!]!);
    }
    return f;
  });
}
