/**
 * Trains the name-likeness model (lib/arabic/entities/namelike.ts): multinomial logistic regression
 * over character n-grams, by SGD, on word TYPES (each distinct word once, its target the share of
 * its occurrences in each class) plus the gazetteer's names and places.
 */
import { charGrams, nameCore, softmaxInPlace, type NameLike, type NameLikeFile } from '../../lib/arabic/entities/namelike';
import { prng, shuffle } from './random';
import type { Sentence } from './conll';
import type { GazetteerLists } from './gazetteer';

export const NL_CLASSES = ['O', 'PERS', 'LOC', 'ORG'];

export interface NameLikeOptions { epochs: number; lr: number; l2: number; minCount: number; scale: number; prune: number; seed: number }
export const NL_DEFAULTS: NameLikeOptions = { epochs: 12, lr: 0.2, l2: 1e-5, minCount: 2, scale: 16, prune: 2, seed: 1 };

interface Example { core: string; target: Float32Array; weight: number }

const ARABIC = /^[\u0621-\u064A]+$/;

/** Type-level examples: corpus words with their class shares, then the gazetteer entries. */
export function nameLikeExamples(sents: readonly Sentence[], lists: GazetteerLists | null): Example[] {
  const C = NL_CLASSES.length;
  const counts = new Map<string, Float32Array>();
  const add = (core: string, c: number, n = 1): void => {
    if (core.length < 2 || !ARABIC.test(core)) return;
    let v = counts.get(core);
    if (!v) counts.set(core, (v = new Float32Array(C)));
    v[c]! += n;
  };
  for (const s of sents) {
    s.words.forEach((w, i) => {
      const t = s.tags[i]!;
      const c = t === 'O' ? 0 : NL_CLASSES.indexOf(t.slice(2));
      add(nameCore(w), c < 0 ? 0 : c);
    });
  }
  const out: Example[] = [];
  for (const [core, v] of counts) {
    const n = v.reduce((a, b) => a + b, 0);
    out.push({ core, target: v.map((x) => x / n), weight: 1 });
  }
  if (lists) {
    // Wikidata's person-name words and the bare one-word clubs join when the gazetteer has them
    // (--lex=names,clubs): CV 77.2 → 77.7 with the margin of 50 (docs/entity-model.md).
    const byClass: [string, readonly string[] | undefined][] = [
      ['PERS', lists.first], ['PERS', lists.last], ['LOC', lists.place], ['PERS', lists.pname], ['ORG', lists.club],
    ];
    for (const [cls, words] of byClass) {
      const target = new Float32Array(C);
      target[NL_CLASSES.indexOf(cls)] = 1;
      for (const w of words ?? []) if (ARABIC.test(w)) out.push({ core: nameCore(w), target, weight: 1 });
    }
  }
  return out;
}

/** Train and quantize; the result is what the model file stores. */
export function trainNameLike(examples: readonly Example[], opt: NameLikeOptions = NL_DEFAULTS): NameLikeFile {
  const C = NL_CLASSES.length;
  // n-grams seen in at least minCount examples.
  const df = new Map<string, number>();
  const gramsOf = examples.map((e) => [...new Set(charGrams(e.core))]);
  for (const gs of gramsOf) for (const g of gs) df.set(g, (df.get(g) ?? 0) + 1);
  const ids = new Map<string, number>();
  const names: string[] = [];
  for (const [g, n] of [...df].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (n >= opt.minCount) { ids.set(g, names.length); names.push(g); }
  }
  const feats = gramsOf.map((gs) => Int32Array.from(gs.map((g) => ids.get(g) ?? -1).filter((i) => i >= 0)));
  const W = new Float64Array(names.length * C);
  const B = new Float64Array(C);
  const rand = prng(opt.seed);
  const order = examples.map((_, i) => i);
  const z = new Float64Array(C);
  for (let ep = 0; ep < opt.epochs; ep++) {
    shuffle(order, rand);
    const lr = opt.lr / (1 + ep * 0.5);
    for (const k of order) {
      const f = feats[k]!;
      const e = examples[k]!;
      for (let c = 0; c < C; c++) z[c] = B[c]!;
      for (const id of f) for (let c = 0; c < C; c++) z[c]! += W[id * C + c]!;
      softmaxInPlace(z);
      for (let c = 0; c < C; c++) {
        const g = (e.target[c]! - z[c]!) * e.weight * lr;
        B[c]! += g;
        for (const id of f) W[id * C + c]! += g - opt.l2 * W[id * C + c]!;
      }
    }
  }
  const q = (w: number): number => Math.round(w * opt.scale);
  const grams: string[] = [];
  const weights: number[] = [];
  for (let id = 0; id < names.length; id++) {
    const v: number[] = [];
    for (let c = 0; c < C; c++) v.push(q(W[id * C + c]!));
    if (v.some((x) => Math.abs(x) >= opt.prune)) { grams.push(names[id]!); weights.push(...v); }
  }
  return { classes: NL_CLASSES, scale: opt.scale, bias: Array.from(B, q), grams: grams.join(' '), weights };
}

export type { NameLike };
