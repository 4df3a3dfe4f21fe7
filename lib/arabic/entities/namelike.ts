/**
 * "Name-likeness" of a word from its letters alone: a small multinomial logistic model over the
 * character 2–4-grams of the word's core (no proclitic, no article), trained offline on name lists
 * and the entity words of the training corpus. The recognizer sees it only as a few coarse buckets
 * (features.ts), so a foreign name never seen in training (كاسياس, غلوكسمان) still looks like one.
 */
import { withoutArticle } from '../tokenize';

/** The model as stored in the model file: integer weights, real weight = stored / scale. */
export interface NameLikeFile {
  /** Class names; class 0 is the "not a name" class. */
  classes: string[];
  scale: number;
  /** Per-class bias. */
  bias: number[];
  /** The n-grams, separated by single spaces (flat: parses far faster than an object of arrays). */
  grams: string;
  /** Per-class weights of each n-gram in order: grams × classes integers. */
  weights: number[];
}

export interface NameLike {
  readonly classes: readonly string[];
  readonly bias: Float32Array;
  /** n-gram → offset of its class weights in `weights`. */
  readonly grams: { get(gram: string): number | undefined };
  readonly weights: Float32Array;
}

const MIN_N = 2;
const MAX_N = 4;

/** The part of a word the model looks at: without its article ("الغلوكسمان" → "غلوكسمان"). */
export function nameCore(stem: string): string {
  return withoutArticle(stem);
}

/** Character 2–4-grams of a core, with ^ and $ marking its ends ("زيد" → ^ز, زي, يد, د$, ^زي, …). */
export function charGrams(core: string): string[] {
  const s = '^' + core + '$';
  const out: string[] = [];
  for (let n = MIN_N; n <= MAX_N; n++) {
    for (let i = 0; i + n <= s.length; i++) out.push(s.slice(i, i + n));
  }
  return out;
}

/** Class probabilities of a core (softmax over bias + the weights of its n-grams). */
export function nameLikeProbs(model: NameLike, core: string): Float32Array {
  const C = model.classes.length;
  const z = Float32Array.from(model.bias);
  for (const g of charGrams(core)) {
    const o = model.grams.get(g);
    if (o !== undefined) for (let c = 0; c < C; c++) z[c]! += model.weights[o + c]!;
  }
  return softmaxInPlace(z);
}

/** Scores → probabilities, in place (max subtracted first, so large scores do not overflow). */
export function softmaxInPlace<A extends Float32Array | Float64Array>(z: A): A {
  let max = -Infinity;
  for (let c = 0; c < z.length; c++) if (z[c]! > max) max = z[c]!;
  let sum = 0;
  for (let c = 0; c < z.length; c++) { z[c] = Math.exp(z[c]! - max); sum += z[c]!; }
  for (let c = 0; c < z.length; c++) z[c]! /= sum;
  return z;
}

/** Probability thresholds of the buckets: a class scoring ≥ BUCKETS[k] is in bucket k+1. */
export const BUCKETS: readonly number[] = [0.35, 0.6, 0.85];

/**
 * Coarse flags of a core: "N<bucket>" for how likely it is a name of any class, and for every name
 * class whose probability reaches a bucket, "<class><bucket>" (e.g. "PERS3" for a very person-like
 * word). Cores shorter than 3 letters carry no flag.
 */
export function nameLikeFlags(model: NameLike, core: string): string[] {
  if (core.length < 3) return [];
  const p = nameLikeProbs(model, core);
  const out: string[] = [];
  const bucket = (x: number): number => { let b = 0; while (b < BUCKETS.length && x >= BUCKETS[b]!) b++; return b; };
  // Any name class at all: 1 − P(not a name).
  const any = bucket(1 - p[0]!);
  if (any > 0) out.push('N' + any);
  for (let c = 1; c < model.classes.length; c++) {
    const b = bucket(p[c]!);
    if (b > 0) out.push(model.classes[c]! + b);
  }
  return out;
}

/** Validate the stored form and build the in-memory model. */
export function parseNameLike(x: unknown): NameLike {
  const fail = (msg: string): never => { throw new Error(`invalid NER model: namelike: ${msg}`); };
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return fail('not an object');
  const o = x as Record<string, unknown>;
  const classes = o.classes;
  if (!Array.isArray(classes) || classes.length < 2 || !classes.every((c) => typeof c === 'string')) return fail('classes must be at least two strings');
  const C = classes.length;
  const scale = o.scale;
  if (typeof scale !== 'number' || !(scale > 0)) return fail('scale must be a positive number');
  const nums = (v: unknown, what: string): Float32Array => {
    if (!Array.isArray(v) || v.length !== C || !v.every((n) => typeof n === 'number' && Number.isFinite(n))) return fail(`${what} must be ${C} numbers`);
    return Float32Array.from(v as number[], (n) => n / scale);
  };
  const bias = nums(o.bias, 'bias');
  if (typeof o.grams !== 'string') return fail('grams must be a string');
  const keys = o.grams ? o.grams.split(' ') : [];
  const w = o.weights;
  if (!Array.isArray(w) || w.length !== keys.length * C || !w.every((n) => typeof n === 'number' && Number.isFinite(n))) return fail(`weights must be ${keys.length * C} numbers`);
  const grams = new Map<string, number>();
  keys.forEach((g, i) => grams.set(g, i * C));
  return { classes: classes as string[], bias, grams, weights: Float32Array.from(w as number[], (n) => n / scale) };
}
