/**
 * The learned recognizer's model: a first-order linear sequence model (averaged structured
 * perceptron) over IOB2 tags, decoded with Viterbi. This module validates the model file and scores
 * sentences; it knows nothing about how the model was trained.
 */
import { BOS, EOS, OFFSETS, wordCore, wordFeatures, type Gazetteer } from './features';
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
  gazetteer: { first: string[]; last: string[]; place: string[]; club?: string[]; clubPart?: string[]; pname?: string[]; city?: string[]; orgHead?: string[]; placePhrase?: string[]; clubPhrase?: string[] };
  /** How often a normalized word began an entity in training (decides clitic stripping). */
  entityWords: Record<string, number>;
  /** Subtracted from the O tag's score at every token (real units): trades precision for recall. */
  oBias?: number;
  /** Second pass: document features (docfeatures.ts) added to the first pass's emissions. */
  stage2?: { transitions: number[]; features: Record<string, number[]> };
  /** Character n-gram model of name-likeness (namelike.ts) behind the "nl=" features. */
  namelike?: NameLikeFile;
  /** Word clusters (clusterKey → id) behind the "c=" features (scripts/lib/word-clusters.ts). */
  clusters?: Record<string, number>;
  /**
   * Word-pair weights (features.ts: pairKey) by "left right" (their cores, a space between): sparse
   * [tag, weight, …] where a tag below the tag count weighs the right word's token, and tag + count the left's.
   */
  pairs?: Record<string, number[]>;
}

/** What the recognizer asks of a keyed table: a Map, or a packed table read in place (packed.ts). */
export interface Lookup<V> {
  get(key: string): V | undefined;
  has(key: string): boolean;
}

export interface NerModel {
  readonly tags: readonly string[];
  /** Each tag as IOB2 (BILOU models: U-X → B-X, L-X → I-X); what the rest of the pipeline reads. */
  readonly iob: readonly string[];
  readonly weights: Lookup<Float32Array>;
  readonly transitions: Float32Array;
  /** Subtracted from O's emission score (tuned on dev: the perceptron under-calls entities). */
  oBias: number;
  /** allowed[(prev+1)*T + cur]: IOB2 validity (I-X only after B-X or I-X). */
  readonly allowed: Uint8Array;
  readonly gazetteer: Gazetteer;
  readonly entityWords: Lookup<number>;
  readonly stage2: { transitions: Float32Array; weights: Lookup<Float32Array> } | null;
  /** Per-word emission contributions by offset, filled lazily (a word's score does not depend on context). */
  readonly cache: Map<string, WordEntry>;
  /** Word-pair weights by left core, then right core (features.ts: wordCore); null for a model without them. */
  readonly pairs: PairTable | null;
}

function fail(msg: string): never {
  throw new Error(`invalid NER model: ${msg}`);
}

/**
 * The gazetteer's word lists, true when a model must have it. Both readers (this JSON one and
 * model-packed.ts) take their lists from here, and the packer packs any list: a new lexicon is one
 * line here (and its field in features.ts's Gazetteer).
 */
export const GAZETTEER_WORD_LISTS = { first: true, last: true, place: true, club: false, clubPart: false, pname: false, city: false, orgHead: false } as const;
type WordListName = keyof typeof GAZETTEER_WORD_LISTS;

/** The gazetteer's word lists of a model file, each read by `read`; a missing required one is an error. */
export function gazetteerWordLists<X>(g: Record<string, X>, read: (x: X, what: string) => { has(word: string): boolean }): Pick<Gazetteer, WordListName> {
  const out: Partial<Record<WordListName, { has(word: string): boolean }>> = {};
  for (const [name, required] of Object.entries(GAZETTEER_WORD_LISTS) as [WordListName, boolean][]) {
    if (g[name] !== undefined || required) out[name] = read(g[name]!, `gazetteer.${name}`);
  }
  return out as Pick<Gazetteer, WordListName>;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function stringArray(x: unknown, what: string): string[] {
  if (!Array.isArray(x) || !x.every((s) => typeof s === 'string')) fail(`${what} must be an array of strings`);
  return x as string[];
}

/** A BILOU or IOB2 tag as IOB2: a unit (U-) begins, a last (L-) continues. */
export function toIob2(tag: string): string {
  if (tag.startsWith('U-')) return 'B-' + tag.slice(2);
  if (tag.startsWith('L-')) return 'I-' + tag.slice(2);
  return tag;
}

/** IOB2 tags of one sentence as BILOU (U- for one-word entities, L- for the last word of longer ones). */
export function toBilou(tags: readonly string[]): string[] {
  return tags.map((t, i) => {
    if (t === 'O') return t;
    const ends = tags[i + 1] !== 'I-' + t.slice(2);
    if (t.startsWith('B-')) return ends ? 'U-' + t.slice(2) : t;
    return ends ? 'L-' + t.slice(2) : t;
  });
}

/**
 * Allowed transitions for a tag list, IOB2 or BILOU; row 0 is the sentence start.
 * Inside (I-) and last (L-) continue a begun entity of their type; under BILOU, a begun entity must
 * go on (I-/L-) and nothing else may follow it.
 */
export function allowedTransitions(tags: readonly string[]): Uint8Array {
  const T = tags.length;
  const bilou = tags.some((t) => t.startsWith('L-') || t.startsWith('U-'));
  const a = new Uint8Array((T + 1) * T);
  for (let p = -1; p < T; p++) {
    const prev = p < 0 ? 'O' : tags[p]!;
    const open = bilou && (prev.startsWith('B-') || prev.startsWith('I-'));
    for (let c = 0; c < T; c++) {
      const cur = tags[c]!;
      const cont = cur.startsWith('I-') || cur.startsWith('L-');
      let ok: boolean;
      if (cont) ok = (prev.startsWith('B-') || prev.startsWith('I-')) && prev.slice(2) === cur.slice(2);
      else ok = !open;
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

/** An object of numbers (entityWords, clusters) as a Map. */
function numberMap(x: unknown, what: string): Map<string, number> {
  if (!isRecord(x)) fail(`${what} must be an object`);
  const m = new Map<string, number>();
  for (const [w, n] of Object.entries(x)) {
    if (typeof n !== 'number') fail(`${what}.${w} must be a number`);
    m.set(w, n);
  }
  return m;
}

/** The file's pair rows, each an array (pairTable checks what is in it). */
function pairRows(x: unknown): [string, unknown[]][] {
  if (!isRecord(x)) fail('pairs must be an object');
  return Object.entries(x).map(([k, v]) => [k, Array.isArray(v) ? v : fail(`pair ${k}: expected [tag, weight, …] pairs`)]);
}

/** Validate a parsed model file and build the in-memory model. Throws a clear Error when malformed. */
export function parseNerModel(json: unknown): NerModel {
  if (!isRecord(json)) fail('not an object');
  if (json.format !== NER_FORMAT) fail(`format must be "${NER_FORMAT}"`);
  if (json.version !== NER_VERSION) fail(`unsupported version ${String(json.version)} (expected ${NER_VERSION})`);
  const tags = stringArray(json.tags, 'tags');
  if (tags.length === 0 || !tags.includes('O') || !tags.every((t) => t === 'O' || /^[BILU]-[A-Z]+$/.test(t))) fail('tags must be IOB2 or BILOU tags including O');
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
    ...gazetteerWordLists(g, (x, what) => new Set(stringArray(x, what))),
    ...(g.placePhrase === undefined ? {} : { placePhrase: phraseIndex(stringArray(g.placePhrase, 'gazetteer.placePhrase')) }),
    ...(g.clubPhrase === undefined ? {} : { clubPhrase: phraseIndex(stringArray(g.clubPhrase, 'gazetteer.clubPhrase')) }),
    nl: json.namelike === undefined ? null : parseNameLike(json.namelike),
    ...(json.clusters === undefined ? {} : { cluster: numberMap(json.clusters, 'clusters') }),
  };
  const entityWords = numberMap(json.entityWords, 'entityWords');
  const oBias = json.oBias ?? 0;
  if (typeof oBias !== 'number' || !Number.isFinite(oBias)) fail('oBias must be a number');
  return {
    tags,
    iob: tags.map(toIob2),
    oBias,
    weights,
    transitions,
    stage2,
    allowed: allowedTransitions(tags),
    gazetteer,
    entityWords,
    cache: new Map(),
    pairs: json.pairs === undefined ? null : pairTable(pairRows(json.pairs), T, scale),
  };
}

/** A word pair's two weight rows: for its right word's token (PAIR_BEFORE) and for its left word's (PAIR_AFTER). */
export type PairRow = readonly [Float32Array | undefined, Float32Array | undefined];

/**
 * What the scorer keeps of a word, found once: its scores by offset, its core, and the pairs it opens
 * (undefined for most words), so a token costs one lookup however many parts of the model ask about it.
 */
export interface WordEntry {
  readonly scores: Float32Array;
  readonly core: string;
  readonly asLeft: ReadonlyMap<string, PairRow> | undefined;
}
/** Pairs by left core, then right core. */
export interface PairTable { get(left: string): ReadonlyMap<string, PairRow> | undefined }

/**
 * The pair table from the file's rows ("left right" → [tag, weight, …], tags 0…2T-1), built whole on load:
 * a model keeps about a thousand pairs, and a page then asks a small map once per word.
 */
export function pairTable(rows: Iterable<readonly [string, ArrayLike<unknown>]>, T: number, scale: number): Map<string, Map<string, PairRow>> {
  const table = new Map<string, Map<string, PairRow>>();
  for (const [key, sparse] of rows) {
    const cut = key.indexOf(' ');
    if (cut <= 0 || cut !== key.lastIndexOf(' ') || cut === key.length - 1) fail(`pair "${key}": expected two words`);
    if (sparse.length % 2 !== 0) fail(`pair ${key}: expected [tag, weight, …] pairs`);
    let before: Float32Array | undefined, after: Float32Array | undefined;
    for (let k = 0; k < sparse.length; k += 2) {
      const t = sparse[k], w = sparse[k + 1];
      if (typeof t !== 'number' || !Number.isInteger(t) || t < 0 || t >= 2 * T || typeof w !== 'number' || !Number.isFinite(w)) fail(`pair ${key}: bad pair at ${k}`);
      if (t < T) (before ??= new Float32Array(T))[t] = w / scale;
      else (after ??= new Float32Array(T))[t - T] = w / scale;
    }
    const left = key.slice(0, cut);
    let byRight = table.get(left);
    if (!byRight) table.set(left, (byRight = new Map()));
    byRight.set(key.slice(cut + 1), [before, after]);
  }
  return table;
}

/** Phrases by their first word, longest first (the longest match wins). */
export function phraseIndex(phrases: readonly string[]): Map<string, string[][]> {
  const m = new Map<string, string[][]>();
  for (const p of phrases) {
    const ws = p.split(' ');
    const list = m.get(ws[0]!);
    if (list) list.push(ws); else m.set(ws[0]!, [ws]);
  }
  for (const list of m.values()) list.sort((a, b) => b.length - a.length);
  return m;
}

const CACHE_LIMIT = 200_000;

/** A word's emission contributions at every offset: OFFSETS.length × T, in OFFSETS order. */
function wordEntry(model: NerModel, w: string): WordEntry {
  const hit = model.cache.get(w);
  if (hit) return hit;
  const T = model.tags.length;
  const v = new Float32Array(OFFSETS.length * T);
  for (let k = 0; k < OFFSETS.length; k++) {
    for (const f of wordFeatures(w, OFFSETS[k]!, model.gazetteer)) {
      const fw = model.weights.get(f);
      if (!fw) continue;
      for (let t = 0; t < T; t++) v[k * T + t]! += fw[t]!;
    }
  }
  const core = wordCore(w);
  const entry: WordEntry = { scores: v, core, asLeft: model.pairs?.get(core) };
  if (model.cache.size >= CACHE_LIMIT) model.cache.clear();
  model.cache.set(w, entry);
  return entry;
}

// emissions() sums exactly five offset blocks: this line stops compiling if OFFSETS changes.
const FIVE_OFFSETS: 5 = OFFSETS.length;
void FIVE_OFFSETS;

// Offsets beyond the pseudo-words just outside a sentence contribute nothing: one zero block per tag count.
const zeros = new Map<number, Float32Array>();
function none(T: number): Float32Array {
  let z = zeros.get(T);
  if (!z) zeros.set(T, (z = new Float32Array(OFFSETS.length * T)));
  return z;
}

/** Emission scores n × T for a sentence of normalized words. */
export function emissions(model: NerModel, words: readonly string[]): Float32Array {
  const T = model.tags.length;
  const n = words.length;
  const out = new Float32Array(n * T);
  // One cache lookup per word (the pseudo-words just outside the sentence included); token i then
  // sums block k of the word at i + OFFSETS[k] (OFFSETS are -2..+2), one store per score.
  const cache = model.cache;
  const z = none(T);
  // entries[j + 1] is word j's (entries[0] the sentence start, entries[n + 1] its end).
  const entries = new Array<WordEntry>(n + 2);
  entries[0] = wordEntry(model, BOS);
  for (let j = 0; j < n; j++) entries[j + 1] = cache.get(words[j]!) ?? wordEntry(model, words[j]!);
  entries[n + 1] = wordEntry(model, EOS);
  const vecs = new Array<Float32Array>(n + 4);
  vecs[0] = z;
  for (let j = 0; j < n + 2; j++) vecs[j + 1] = entries[j]!.scores;
  vecs[n + 3] = z;
  const b1 = T, b2 = 2 * T, b3 = 3 * T, b4 = 4 * T;
  for (let i = 0; i < n; i++) {
    // vecs[i + 2] is word i.
    const a0 = vecs[i]!;
    const a1 = vecs[i + 1]!;
    const a2 = vecs[i + 2]!;
    const a3 = vecs[i + 3]!;
    const a4 = vecs[i + 4]!;
    const o = i * T;
    for (let t = 0; t < T; t++) out[o + t] = a0[t]! + a1[b1 + t]! + a2[b2 + t]! + a3[b3 + t]! + a4[b4 + t]!;
  }
  if (model.pairs) addPairs(entries, T, out);
  if (model.oBias !== 0) {
    const o = model.tags.indexOf('O');
    for (let i = 0; i < n; i++) out[i * T + o]! -= model.oBias;
  }
  return out;
}

/**
 * Word-pair weights into emission scores: the pair (i-1, i) speaks for token i (its before row) and token i-1
 * (its after row). entries as in emissions(): the sentence's start, its words, its end.
 */
function addPairs(entries: readonly WordEntry[], T: number, out: Float32Array): void {
  const n = entries.length - 2;
  for (let i = 0; i <= n; i++) {
    const r = entries[i]!.asLeft?.get(entries[i + 1]!.core);
    if (!r) continue;
    const [before, after] = r;
    if (before && i < n) for (let t = 0, o = i * T; t < T; t++) out[o + t]! += before[t]!;
    if (after && i > 0) for (let t = 0, o = (i - 1) * T; t < T; t++) out[o + t]! += after[t]!;
  }
}

interface FlatTransitions {
  allowed: Uint8Array; from: Int32Array; to: Int32Array; prevOf: Int32Array; trans: Float64Array;
  /** Tags a sentence may end on: those a new sentence's first tag may follow (BILOU: no B- or I-). */
  canEnd: Uint8Array;
}

/**
 * For tag c, entries from[c]..to[c] list its allowed previous tags and their transition scores, laid
 * out in the order Viterbi's inner loop reads them. Built once per transitions array: an array
 * given to viterbi() must not change afterwards (training passes a fresh copy each time).
 */
function buildFlat(transitions: Float32Array, allowed: Uint8Array, T: number): FlatTransitions {
  const prevs: number[][] = [];
  for (let c = 0; c < T; c++) {
    const ps: number[] = [];
    for (let p = 0; p < T; p++) if (allowed[(p + 1) * T + c]) ps.push(p);
    prevs.push(ps);
  }
  const total = prevs.reduce((a, p) => a + p.length, 0);
  const canEnd = new Uint8Array(T);
  for (let c = 0; c < T; c++) for (let d = 0; d < T; d++) if (allowed[d] && allowed[(c + 1) * T + d]) canEnd[c] = 1;
  const v: FlatTransitions = { allowed, from: new Int32Array(T), to: new Int32Array(T), prevOf: new Int32Array(total), trans: new Float64Array(total), canEnd };
  let k = 0;
  for (let c = 0; c < T; c++) {
    v.from[c] = k;
    for (const p of prevs[c]!) { v.prevOf[k] = p; v.trans[k++] = transitions[(p + 1) * T + c]!; }
    v.to[c] = k;
  }
  return v;
}

const flatCache = new WeakMap<Float32Array, FlatTransitions>();
// Tagging alternates between at most two transitions arrays (the two stages): the last one is kept at hand.
let lastTrans: Float32Array | null = null;
let lastFlat: FlatTransitions | null = null;

function flatTransitions(transitions: Float32Array, allowed: Uint8Array, T: number): FlatTransitions {
  if (transitions === lastTrans && lastFlat!.allowed === allowed) return lastFlat!;
  let v = flatCache.get(transitions);
  if (!v || v.allowed !== allowed) flatCache.set(transitions, (v = buildFlat(transitions, allowed, T)));
  lastTrans = transitions;
  lastFlat = v;
  return v;
}

// Scratch buffers reused across calls (tagging is synchronous): no allocation per sentence.
let scoreBuf = new Float64Array(0);
let backBuf = new Int32Array(0);

/** Best tag sequence (indices) under emissions + transitions, respecting IOB2 or BILOU. */
export function viterbi(emit: Float32Array, n: number, T: number, transitions: Float32Array, allowed: Uint8Array): Int32Array {
  const tags = new Int32Array(n);
  if (n === 0) return tags;
  if (scoreBuf.length < n * T) { scoreBuf = new Float64Array(n * T * 2); backBuf = new Int32Array(n * T * 2); }
  const score = scoreBuf;
  const back = backBuf;
  for (let c = 0; c < T; c++) score[c] = allowed[c] ? emit[c]! + transitions[c]! : -Infinity;
  const { from, to, prevOf, trans, canEnd } = flatTransitions(transitions, allowed, T);
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
  let arg = -1;
  for (let c = 0; c < T; c++) if (canEnd[c] && (arg < 0 || score[last + c]! > score[last + arg]!)) arg = c;
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
  return Array.from(best, (t) => model.iob[t]!);
}
