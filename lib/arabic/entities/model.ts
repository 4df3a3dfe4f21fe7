/**
 * The learned recognizer's model: a first-order linear sequence model (averaged structured
 * perceptron) over IOB2 tags, decoded with Viterbi. This module validates the model file and scores
 * sentences; it knows nothing about how the model was trained.
 */
import { BOS, EOS, OFFSETS, wordFeatures, type Gazetteer } from './features';
import { parseNameLike, type NameLikeFile } from './namelike';

export const NER_FORMAT = 'qusasat-ner';
export const NER_VERSION = 1;

/** The model file as stored (public/models/ner.json). */
export interface NerModelFile {
  format: typeof NER_FORMAT;
  version: number;
  credits: string;
  tags: string[];
  /** Stored weights are integers; real weight = stored / scale. */
  scale: number;
  /** (tags+1) × tags: row 0 is from the sentence start, row 1+i from tag i. */
  transitions: number[];
  /** feature → sparse [tagIndex, weight, tagIndex, weight, …]. */
  features: Record<string, number[]>;
  gazetteer: { first: string[]; last: string[]; place: string[] };
  /** How often a normalized word began an entity in training (decides clitic stripping). */
  entityWords: Record<string, number>;
  /** Subtracted from the O tag's score at every token (real units): trades precision for recall. */
  oBias?: number;
  /** Second pass: document features (docfeatures.ts) added to the first pass's emissions. */
  stage2?: { transitions: number[]; features: Record<string, number[]> };
  /** Character n-gram model of name-likeness (namelike.ts) behind the "nl=" features. */
  namelike?: NameLikeFile;
}

export interface NerModel {
  readonly tags: readonly string[];
  readonly weights: ReadonlyMap<string, Float32Array>;
  readonly transitions: Float32Array;
  /** Subtracted from O's emission score (tuned on dev: the perceptron under-calls entities). */
  oBias: number;
  /** allowed[(prev+1)*T + cur]: IOB2 validity (I-X only after B-X or I-X). */
  readonly allowed: Uint8Array;
  readonly gazetteer: Gazetteer;
  readonly entityWords: ReadonlyMap<string, number>;
  readonly stage2: { transitions: Float32Array; weights: ReadonlyMap<string, Float32Array> } | null;
  /** Per-word emission contributions by offset, filled lazily (a word's score does not depend on context). */
  readonly cache: Map<string, Float32Array>;
}

function fail(msg: string): never {
  throw new Error(`invalid NER model: ${msg}`);
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function stringArray(x: unknown, what: string): string[] {
  if (!Array.isArray(x) || !x.every((s) => typeof s === 'string')) fail(`${what} must be an array of strings`);
  return x as string[];
}

/** Allowed IOB2 transitions for a tag list; row 0 is the sentence start. */
export function allowedTransitions(tags: readonly string[]): Uint8Array {
  const T = tags.length;
  const a = new Uint8Array((T + 1) * T);
  for (let p = -1; p < T; p++) {
    for (let c = 0; c < T; c++) {
      const cur = tags[c]!;
      let ok = true;
      if (cur.startsWith('I-')) {
        const prev = p < 0 ? 'O' : tags[p]!;
        ok = prev === 'B-' + cur.slice(2) || prev === cur;
      }
      a[(p + 1) * T + c] = ok ? 1 : 0;
    }
  }
  return a;
}

function parseTransitions(tr: unknown, T: number, scale: number): Float32Array {
  if (!Array.isArray(tr) || tr.length !== (T + 1) * T || !tr.every((v) => typeof v === 'number' && Number.isFinite(v))) fail(`transitions must be ${(T + 1) * T} numbers`);
  return Float32Array.from(tr as number[], (v) => v / scale);
}

function parseWeights(features: unknown, T: number, scale: number, what: string): Map<string, Float32Array> {
  if (!isRecord(features)) fail(`${what} must be an object`);
  const weights = new Map<string, Float32Array>();
  for (const [name, sparse] of Object.entries(features)) {
    if (!Array.isArray(sparse) || sparse.length % 2 !== 0) fail(`feature ${name}: expected [tag, weight, …] pairs`);
    const v = new Float32Array(T);
    for (let k = 0; k < sparse.length; k += 2) {
      const t: unknown = sparse[k];
      const w: unknown = sparse[k + 1];
      if (typeof t !== 'number' || !Number.isInteger(t) || t < 0 || t >= T || typeof w !== 'number' || !Number.isFinite(w)) fail(`feature ${name}: bad pair at ${k}`);
      v[t] = w / scale;
    }
    weights.set(name, v);
  }
  return weights;
}

/** Validate a parsed model file and build the in-memory model. Throws a clear Error when malformed. */
export function parseNerModel(json: unknown): NerModel {
  if (!isRecord(json)) fail('not an object');
  if (json.format !== NER_FORMAT) fail(`format must be "${NER_FORMAT}"`);
  if (json.version !== NER_VERSION) fail(`unsupported version ${String(json.version)} (expected ${NER_VERSION})`);
  const tags = stringArray(json.tags, 'tags');
  if (tags.length === 0 || !tags.includes('O') || !tags.every((t) => t === 'O' || /^[BI]-[A-Z]+$/.test(t))) fail('tags must be IOB2 tags including O');
  const T = tags.length;
  const scale = json.scale;
  if (typeof scale !== 'number' || !(scale > 0)) fail('scale must be a positive number');
  const transitions = parseTransitions(json.transitions, T, scale);
  const weights = parseWeights(json.features, T, scale, 'features');
  let stage2: NerModel['stage2'] = null;
  if (json.stage2 !== undefined) {
    const s2 = json.stage2;
    if (!isRecord(s2)) fail('stage2 must be an object');
    stage2 = { transitions: parseTransitions(s2.transitions, T, scale), weights: parseWeights(s2.features, T, scale, 'stage2.features') };
  }
  const g = json.gazetteer;
  if (!isRecord(g)) fail('gazetteer must be an object');
  const gazetteer: Gazetteer = {
    first: new Set(stringArray(g.first, 'gazetteer.first')),
    last: new Set(stringArray(g.last, 'gazetteer.last')),
    place: new Set(stringArray(g.place, 'gazetteer.place')),
    nl: json.namelike === undefined ? null : parseNameLike(json.namelike),
  };
  if (!isRecord(json.entityWords)) fail('entityWords must be an object');
  const entityWords = new Map<string, number>();
  for (const [w, n] of Object.entries(json.entityWords)) {
    if (typeof n !== 'number') fail(`entityWords.${w} must be a number`);
    entityWords.set(w, n);
  }
  const oBias = json.oBias ?? 0;
  if (typeof oBias !== 'number' || !Number.isFinite(oBias)) fail('oBias must be a number');
  return {
    tags,
    oBias,
    weights,
    transitions,
    stage2,
    allowed: allowedTransitions(tags),
    gazetteer,
    entityWords,
    cache: new Map(),
  };
}

const CACHE_LIMIT = 200_000;

/** A word's emission contributions at every offset: OFFSETS.length × T, in OFFSETS order. */
function wordScores(model: NerModel, w: string): Float32Array {
  let v = model.cache.get(w);
  if (v) return v;
  const T = model.tags.length;
  v = new Float32Array(OFFSETS.length * T);
  for (let k = 0; k < OFFSETS.length; k++) {
    for (const f of wordFeatures(w, OFFSETS[k]!, model.gazetteer)) {
      const fw = model.weights.get(f);
      if (!fw) continue;
      for (let t = 0; t < T; t++) v[k * T + t]! += fw[t]!;
    }
  }
  if (model.cache.size >= CACHE_LIMIT) model.cache.clear();
  model.cache.set(w, v);
  return v;
}

/** OFFSETS is -CENTRE..+CENTRE: offset k is k - CENTRE. */
const CENTRE = (OFFSETS.length - 1) / 2;

/** Emission scores n × T for a sentence of normalized words. */
export function emissions(model: NerModel, words: readonly string[]): Float32Array {
  const T = model.tags.length;
  const n = words.length;
  const K = OFFSETS.length;
  const out = new Float32Array(n * T);
  // Each word (the pseudo-words just outside the sentence included) adds its offset-k block to the
  // token OFFSETS[k] positions before it: one cache lookup per word, then flat typed-array sums.
  const cache = model.cache;
  const vecs = new Array<Float32Array>(n + 2);
  vecs[0] = wordScores(model, BOS);
  for (let j = 0; j < n; j++) vecs[j + 1] = cache.get(words[j]!) ?? wordScores(model, words[j]!);
  vecs[n + 1] = wordScores(model, EOS);
  for (let j = -1; j <= n; j++) {
    const s = vecs[j + 1]!;
    for (let k = 0; k < K; k++) {
      const i = j - k + CENTRE;
      if (i < 0 || i >= n) continue;
      const o = i * T;
      const b = k * T;
      for (let t = 0; t < T; t++) out[o + t]! += s[b + t]!;
    }
  }
  if (model.oBias !== 0) {
    const o = model.tags.indexOf('O');
    for (let i = 0; i < n; i++) out[i * T + o]! -= model.oBias;
  }
  return out;
}

/** For each tag, the previous tags allowed before it (index 0 = none, p+1 = tag p). */
const predCache = new WeakMap<Uint8Array, Int32Array[]>();
function predecessors(allowed: Uint8Array, T: number): Int32Array[] {
  let v = predCache.get(allowed);
  if (!v) {
    v = [];
    for (let c = 0; c < T; c++) {
      const ps: number[] = [];
      for (let p = 0; p < T; p++) if (allowed[(p + 1) * T + c]) ps.push(p);
      v.push(Int32Array.from(ps));
    }
    predCache.set(allowed, v);
  }
  return v;
}

interface FlatTransitions { from: Int32Array; to: Int32Array; prevOf: Int32Array; trans: Float64Array }
const flatCache = new WeakMap<Int32Array[], FlatTransitions>();

/**
 * For tag c, entries from[c]..to[c] list its allowed previous tags and their transition scores.
 * The layout is cached per predecessor list; the scores are copied on every call, because training
 * updates one transitions array in place.
 */
function flatTransitions(preds: Int32Array[], transitions: Float32Array, T: number): FlatTransitions {
  let v = flatCache.get(preds);
  if (!v) {
    const total = preds.reduce((a, p) => a + p.length, 0);
    v = { from: new Int32Array(T), to: new Int32Array(T), prevOf: new Int32Array(total), trans: new Float64Array(total) };
    let k = 0;
    for (let c = 0; c < T; c++) {
      v.from[c] = k;
      for (const p of preds[c]!) v.prevOf[k++] = p;
      v.to[c] = k;
    }
    flatCache.set(preds, v);
  }
  for (let c = 0; c < T; c++) for (let k = v.from[c]!; k < v.to[c]!; k++) v.trans[k] = transitions[(v.prevOf[k]! + 1) * T + c]!;
  return v;
}

// Scratch buffers reused across calls (tagging is synchronous): no allocation per sentence.
let scoreBuf = new Float64Array(0);
let backBuf = new Int32Array(0);

/** Best tag sequence (indices) under emissions + transitions, respecting IOB2. */
export function viterbi(emit: Float32Array, n: number, T: number, transitions: Float32Array, allowed: Uint8Array): Int32Array {
  const tags = new Int32Array(n);
  if (n === 0) return tags;
  const preds = predecessors(allowed, T);
  if (scoreBuf.length < n * T) { scoreBuf = new Float64Array(n * T * 2); backBuf = new Int32Array(n * T * 2); }
  const score = scoreBuf;
  const back = backBuf;
  for (let c = 0; c < T; c++) score[c] = allowed[c] ? emit[c]! + transitions[c]! : -Infinity;
  // Predecessors and their transition scores laid out flat, in the order the inner loop reads them.
  const { from, to, prevOf, trans } = flatTransitions(preds, transitions, T);
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * T;
    const row = i * T;
    for (let c = 0; c < T; c++) {
      let best = -Infinity;
      let arg = 0;
      for (let k = from[c]!, end = to[c]!; k < end; k++) {
        const p = prevOf[k]!;
        const s = score[prev + p]! + trans[k]!;
        if (s > best) { best = s; arg = p; }
      }
      score[row + c] = best + emit[row + c]!;
      back[row + c] = arg;
    }
  }
  const last = (n - 1) * T;
  let arg = 0;
  for (let c = 1; c < T; c++) if (score[last + c]! > score[last + arg]!) arg = c;
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = arg;
    arg = back[i * T + arg]!;
  }
  return tags;
}

/** IOB2 tags for one sentence of normalized words. */
export function tagSentence(model: NerModel, words: readonly string[]): string[] {
  const T = model.tags.length;
  const best = viterbi(emissions(model, words), words.length, T, model.transitions, model.allowed);
  return Array.from(best, (t) => model.tags[t]!);
}
