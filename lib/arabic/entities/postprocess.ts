/**
 * Document-level consistency on the model's tags: a name the model found once is the same entity
 * when it comes back untagged, whole or shortened to its last word (إبراهيم الجعفري … الجعفري), or
 * when only part of it was found again (طلعت [زكريا] → [طلعت زكريا]); and a name keeps one kind.
 */
import { PROCLITIC_LETTERS } from '../tokenize';
import { keyOf, stemsOf } from './readings';
import type { NerModel } from './model';
import { COMMON_WORD_AGENCIES, ORDINALS, PERSON_TITLES, PLACES, STOP } from './lexicon';

const TYPES = ['PERS', 'LOC', 'ORG'] as const;
const MAX_LEN = 4;

const key = keyOf;

interface Entity { s: number; start: number; end: number; type: string }

function entities(tags: readonly string[], s: number): Entity[] {
  const out: Entity[] = [];
  for (let i = 0; i < tags.length; i++) {
    if (!tags[i]!.startsWith('B-')) continue;
    const type = tags[i]!.slice(2);
    let j = i + 1;
    while (j < tags.length && tags[j] === 'I-' + type) j++;
    out.push({ s, start: i, end: j, type });
  }
  return out;
}

/**
 * Words too common or too short to carry a name on their own; an ordinal ends a name but is none («الثاني»),
 * «الله» ends «عبد الله» but is God alone, a title ends «آل الشيخ» but is anyone's alone, and «سبق» is a
 * paper only where a dateline credits it.
 */
function weak(k: string): boolean {
  return k.length < 3 || STOP.has(k) || ORDINALS.has(k) || k === 'الله' || PERSON_TITLES.has(k) || COMMON_WORD_AGENCIES.has(k);
}

/**
 * Tags [a, b) may become one name of `type`: each token untagged, or inside a name of that type
 * lying wholly within [a, b) ("طلعت [زكريا]" becomes "طلعت زكريا" where the document knows it whole).
 */
function coverable(tags: readonly string[], a: number, b: number, type: string): boolean {
  // Token a is untagged (the caller starts there), so a name inside begins inside; it must end inside too.
  for (let j = a; j < b; j++) if (tags[j] !== 'O' && tags[j]!.slice(2) !== type) return false;
  return b >= tags.length || !tags[b]!.startsWith('I-');
}

/**
 * The key by which an untagged word may open a name the document knows: its own, else the key of one of
 * its clitic readings. A name whose first letter reads as a clitic keys shorter than the same name behind
 * a real one: «بايدن» keys «ايدن», «لبايدن» only «بايدن» (ل and ب do not stack), whose key is «ايدن».
 * `behind` (the known keys with one proclitic letter before them) spares most words the readings.
 */
function firstKeys(word: string, own: string, firsts: ReadonlySet<string>, behind: ReadonlySet<string>): string | null {
  if (firsts.has(own)) return own;
  if (!behind.has(own)) return null;
  for (const stem of stemsOf(word)) { const k = keyOf(stem); if (firsts.has(k)) return k; }
  return null;
}

export function postprocess(_model: NerModel, sentences: readonly (readonly string[])[], tags: string[][], knownKeys?: readonly (readonly string[])[]): string[][] {
  // Keys may come from the document stage, which already computed them.
  const keys = knownKeys ?? sentences.map((s) => s.map(key));
  // Votes: key sequence → type → count.
  const votes = new Map<string, Map<string, number>>();
  const vote = (k: string, type: string, n: number): void => {
    let m = votes.get(k);
    if (!m) votes.set(k, (m = new Map()));
    m.set(type, (m.get(type) ?? 0) + n);
  };
  // Last words of the document's full person names: alone, they are that person («جو بايدن» … «بايدن»).
  const surnames = new Set<string>();
  tags.forEach((t, s) => {
    for (const e of entities(t, s)) {
      if (!(TYPES as readonly string[]).includes(e.type)) continue;
      const ks = keys[s]!.slice(e.start, e.end);
      if (ks.length === 1 && weak(ks[0]!)) continue;
      vote(ks.join(' '), e.type, 2);
      // A person's surname alone is the same person.
      if (e.type === 'PERS' && ks.length >= 2 && !weak(ks[ks.length - 1]!)) {
        vote(ks[ks.length - 1]!, 'PERS', 1);
        surnames.add(ks[ks.length - 1]!);
      }
    }
  });
  if (votes.size === 0) return tags;
  const firsts = new Set<string>();
  for (const k of votes.keys()) firsts.add(k.split(' ')[0]!);
  const behind = new Set<string>();
  for (const f of firsts) for (const c of PROCLITIC_LETTERS) behind.add(c + f);
  const best = (k: string): string | null => {
    const m = votes.get(k);
    if (!m) return null;
    let arg: string | null = null;
    let n = 0;
    for (const [t, c] of m) if (c > n) { n = c; arg = t; }
    return arg;
  };
  return tags.map((t, s) => {
    const out = [...t];
    const ks = keys[s]!;
    // One name, one kind: a name the document tags mostly (twice as often) as another kind takes it.
    for (const e of entities(out, s)) {
      if (!(TYPES as readonly string[]).includes(e.type)) continue;
      const k = ks.slice(e.start, e.end).join(' ');
      // The same word alone is the person the document named in full, unless it is a listed place.
      if (e.type !== 'PERS' && e.end === e.start + 1 && surnames.has(k) && !PLACES.has(k)) { out[e.start] = 'B-PERS'; continue; }
      const m = votes.get(k);
      const type = best(k);
      if (!m || !type || type === e.type || m.get(type)! < 2 * (m.get(e.type) ?? 0)) continue;
      out[e.start] = 'B-' + type;
      for (let j = e.start + 1; j < e.end; j++) out[j] = 'I-' + type;
    }
    for (let i = 0; i < out.length; i++) {
      if (out[i] !== 'O') continue;
      const first = firstKeys(sentences[s]![i]!, ks[i]!, firsts, behind);
      if (!first) continue;
      for (let L = Math.min(MAX_LEN, out.length - i); L >= 1; L--) {
        const type = best([first, ...ks.slice(i + 1, i + L)].join(' '));
        if (!type || !coverable(out, i, i + L, type)) continue;
        out[i] = 'B-' + type;
        for (let j = i + 1; j < i + L; j++) out[j] = 'I-' + type;
        i += L - 1;
        break;
      }
    }
    return out;
  });
}
