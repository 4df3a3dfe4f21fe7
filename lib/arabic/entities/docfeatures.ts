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

/** Slot counts of one sentence's occurrences added into `counts` (ids × SLOTS); sign -1 removes them. */
function count(counts: Int32Array, ids: Int32Array, tags: readonly string[], sign: number): void {
  for (let i = 0; i < tags.length; i++) {
    const id = ids[i]!;
    if (id < 0) continue;
    const o = id * SLOTS;
    counts[o + slot(tags[i]!)]! += sign;
    // Last word of a multi-word person: the surname that comes back alone.
    if (tags[i] === 'I-PERS' && tags[i + 1] !== 'I-PERS') counts[o + SUR]! += sign;
  }
}

/**
 * keys: each token's clitic-free key (postprocess reuses them); ids: the key's number in this
 * document (-1 for keys too short to count), so counts are typed arrays, not maps of strings.
 */
export interface DocStats { keys: string[][]; ids: Int32Array[]; tags: readonly (readonly string[])[]; total: Int32Array }

export function docStats(sentences: readonly (readonly string[])[], tags: readonly (readonly string[])[]): DocStats {
  const keys = sentences.map((s) => s.map(keyOf));
  const number = new Map<string, number>();
  const ids = keys.map((ks) => {
    const out = new Int32Array(ks.length);
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i]!;
      if (k.length < 3) { out[i] = -1; continue; }
      let id = number.get(k);
      if (id === undefined) { id = number.size; number.set(k, id); }
      out[i] = id;
    }
    return out;
  });
  const total = new Int32Array(number.size * SLOTS);
  ids.forEach((x, s) => count(total, x, tags[s]!, 1));
  return { keys, ids, tags, total };
}

/**
 * Document classes, numbered: 0 = not seen elsewhere, 1 = seen elsewhere only as O, then
 * 2 + type·4 + surname·2 + mostlyO for a word the first pass tagged as an entity elsewhere.
 */
export const CLASS_NAMES: readonly string[] = ['', 'O', ...TYPES.flatMap((t) => [t, t + '<O', t + '+sur', t + '+sur<O'])];

/** Per token of sentence s: its document class number. */
export function docClasses(stats: DocStats, s: number): Uint8Array {
  const ids = stats.ids[s]!;
  const out = new Uint8Array(ids.length);
  // Counts in the OTHER sentences: the document's totals less this sentence's own, which are taken
  // out and put back around the reading.
  const total = stats.total;
  count(total, ids, stats.tags[s]!, -1);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (id < 0) continue;
    const o = id * SLOTS;
    let best = -1;
    let n = 0;
    for (let j = 0; j < TYPES.length; j++) {
      const c = total[o + j]!;
      if (c > n) { n = c; best = j; }
    }
    const oc = total[o + O]!;
    if (best < 0) out[i] = oc > 0 ? 1 : 0;
    else out[i] = 2 + best * 4 + (total[o + SUR]! > 0 ? 2 : 0) + (oc > n ? 1 : 0);
  }
  count(total, ids, stats.tags[s]!, 1);
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
