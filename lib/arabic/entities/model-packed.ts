/**
 * The entity model from its packed file (public/models/ner.bin, packed.ts): the same NerModel that
 * parseNerModel builds from ner.json, with the same numbers (stored integer / scale, as float32),
 * so it tags bit for bit alike; but nothing is built per entry on load: a feature's weights are made
 * when first read, a list's hash table on its first lookup, the place phrases' index on first use.
 */
import type { Gazetteer } from './features';
import { allowedTransitions, gazetteerWordLists, pairTable, phraseIndex, toIob2, type PairTable, NER_FORMAT, NER_VERSION, type Lookup, type NerModel } from './model';
import type { NameLike } from './namelike';
import { CodePage, PackedRecord, PackedStrings, unpack, type NumArray, type Unpacked } from './packed';

function fail(msg: string): never {
  throw new Error(`invalid NER model: ${msg}`);
}

type Obj = { [key: string]: Unpacked };
const isObj = (x: Unpacked | undefined): x is Obj =>
  typeof x === 'object' && x !== null && !Array.isArray(x) && !ArrayBuffer.isView(x) && !(x instanceof PackedStrings) && !(x instanceof PackedRecord);

/** Empty lists and objects stay plain JSON in a packed file: an empty [] or {} is an empty table. */
const EMPTY_STRINGS = new PackedStrings(new CodePage(''), new Uint8Array(0), new Uint8Array(0));

function strings(x: Unpacked | undefined, what: string): PackedStrings {
  if (x instanceof PackedStrings) return x;
  if (Array.isArray(x) && x.length === 0) return EMPTY_STRINGS;
  return fail(`${what} must be an array of strings`);
}

/** Integer arrays hold only finite numbers: only f64 ones need a look. */
function finite(a: NumArray): boolean {
  if (!(a instanceof Float64Array)) return true;
  for (let i = 0; i < a.length; i++) if (!Number.isFinite(a[i])) return false;
  return true;
}

function numbers(x: Unpacked | undefined, n: number, what: string): NumArray {
  if (!ArrayBuffer.isView(x) || x.length !== n || !finite(x)) fail(`${what} must be ${n} finite numbers`);
  return x;
}

/** Stored integers → real weights, as Float32Array.from(a, v => v / scale) would (a plain loop is far faster). */
function scaled(a: NumArray, scale: number): Float32Array {
  const out = new Float32Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]! / scale;
  return out;
}

function record(x: Unpacked | undefined, rows: boolean, what: string): PackedRecord | null {
  if (x instanceof PackedRecord && x.rows === rows) return x;
  if (isObj(x) && Object.keys(x).length === 0) return null;
  return fail(`${what} must be an object of ${rows ? 'number arrays' : 'numbers'}`);
}

/**
 * Feature weights: a feature's dense row (stored integer / scale, as parseNerModel makes it) is built
 * the first time it is read and kept. A model has ~43,000 features and an article reads a few
 * thousand, so a worker that starts again pays for none of the rest. A bad pair in the file is
 * reported when its feature is first read.
 */
class PackedWeights implements Lookup<Float32Array> {
  private readonly rows: (Float32Array | undefined)[];
  constructor(private readonly rec: PackedRecord | null, private readonly T: number, private readonly scale: number, private readonly what: string) {
    this.rows = new Array<Float32Array | undefined>(rec?.size ?? 0);
    if (rec && !finite(rec.values)) fail(`${what}: weights must be finite numbers`);
  }
  private row(i: number): Float32Array {
    const rec = this.rec!;
    const n = rec.rowLength(i);
    if (n % 2 !== 0) fail(`${this.what}: feature ${rec.keys.get(i)}: expected [tag, weight, …] pairs`);
    const row = new Float32Array(this.T);
    for (let k = 0; k < n; k += 2) {
      const t = rec.rowValue(i, k);
      if (!(t >= 0 && t < this.T && (t | 0) === t)) fail(`${this.what}: feature ${rec.keys.get(i)}: bad pair at ${k}`);
      row[t] = rec.rowValue(i, k + 1) / this.scale;
    }
    return (this.rows[i] = row);
  }
  get(key: string): Float32Array | undefined {
    const i = this.rec ? this.rec.keys.indexOf(key) : -1;
    return i < 0 ? undefined : this.rows[i] ?? this.row(i);
  }
  has(key: string): boolean {
    return !!this.rec && this.rec.keys.has(key);
  }
}

/** A short joined list (the packer stores a long one as its words): words by index, a repeated one at its last. */
function wordList(joined: string): { length: number; indexOf(w: string): number } {
  const words = joined === '' ? [] : joined.split(' ');
  const at = new Map(words.map((w, i) => [w, i]));
  return { length: words.length, indexOf: (w) => at.get(w) ?? -1 };
}

/** A phrase index (3,000 place phrases) is built on its first use, not on load. */
function lazyPhraseIndex(list: PackedStrings): NonNullable<Gazetteer['placePhrase']> {
  let index: ReturnType<typeof phraseIndex> | null = null;
  return { get: (first) => (index ??= phraseIndex(list.toArray())).get(first) };
}

/** The pair table, built whole on its first lookup (a page's first sentence), not on load. */
function lazyPairTable(rec: PackedRecord | null, T: number, scale: number): PairTable {
  let table: PairTable | null = null;
  return { get: (left) => (table ??= pairTable(recordRows(rec), T, scale)).get(left) };
}

/** A record's rows as [key, numbers] (a small record, read whole). */
function* recordRows(rec: PackedRecord | null): Generator<[string, number[]]> {
  if (!rec) return;
  if (!finite(rec.values)) fail('pairs: weights must be finite numbers');
  for (let i = 0; i < rec.size; i++) {
    const row: number[] = [];
    for (let k = 0, n = rec.rowLength(i); k < n; k++) row.push(rec.rowValue(i, k));
    yield [rec.keys.get(i), row];
  }
}

/** A record of numbers as a lookup (entityWords). */
function numberLookup(rec: PackedRecord | null): Lookup<number> {
  return {
    get: (k) => { const i = rec ? rec.keys.indexOf(k) : -1; return i < 0 ? undefined : rec!.value(i); },
    has: (k) => !!rec && rec.keys.has(k),
  };
}

function transitions(x: Unpacked | undefined, T: number, scale: number, what: string): Float32Array {
  return scaled(numbers(x, (T + 1) * T, what), scale);
}

function nameLike(x: Unpacked): NameLike {
  if (!isObj(x)) fail('namelike: not an object');
  const classes = strings(x.classes, 'namelike.classes').toArray();
  if (classes.length < 2) fail('namelike: classes must be at least two strings');
  const C = classes.length;
  const scale = x.scale;
  if (typeof scale !== 'number' || !(scale > 0)) fail('namelike: scale must be a positive number');
  const bias = scaled(numbers(x.bias, C, 'namelike.bias'), scale);
  // The packer stores a long list of n-grams as its words; a short one stays a string.
  const keys = x.grams instanceof PackedStrings && x.grams.sep === ' ' ? x.grams
    : typeof x.grams === 'string' ? wordList(x.grams)
    : fail('namelike: grams must be a string');
  const stored = keys.length ? numbers(x.weights, keys.length * C, 'namelike.weights') : new Int8Array(0);
  // A gram's real weights are written the first time the gram is found (nameLikeProbs reads weights
  // only at offsets grams.get gave): scaling all 117,000 on load took most of a fresh worker's decode.
  const weights = new Float32Array(stored.length);
  const done = new Uint8Array(keys.length);
  const get = (g: string): number | undefined => {
    const i = keys.indexOf(g);
    if (i < 0) return undefined;
    if (!done[i]) {
      for (let k = i * C; k < i * C + C; k++) weights[k] = stored[k]! / scale;
      done[i] = 1;
    }
    return i * C;
  };
  return { classes, bias, weights, grams: { get } };
}

/** Decode and validate a packed model file. Throws a clear Error when malformed. */
export function nerModelFromPacked(buf: ArrayBuffer): NerModel {
  let root: Unpacked;
  try {
    root = unpack(buf);
  } catch (e) {
    return fail((e as Error).message);
  }
  if (!isObj(root)) fail('not an object');
  if (root.format !== NER_FORMAT) fail(`format must be "${NER_FORMAT}"`);
  if (root.version !== NER_VERSION) fail(`unsupported version ${String(root.version)} (expected ${NER_VERSION})`);
  const tags = strings(root.tags, 'tags').toArray();
  if (tags.length === 0 || !tags.includes('O') || !tags.every((t) => t === 'O' || /^[BILU]-[A-Z]+$/.test(t))) fail('tags must be IOB2 or BILOU tags including O');
  const T = tags.length;
  const scale = root.scale;
  if (typeof scale !== 'number' || !(scale > 0)) fail('scale must be a positive number');
  let stage2: NerModel['stage2'] = null;
  if (root.stage2 !== undefined) {
    const s2 = root.stage2;
    if (!isObj(s2)) fail('stage2 must be an object');
    stage2 = { transitions: transitions(s2.transitions, T, scale, 'stage2.transitions'), weights: new PackedWeights(record(s2.features, true, 'stage2.features'), T, scale, 'stage2.features') };
  }
  const g = root.gazetteer;
  if (!isObj(g)) fail('gazetteer must be an object');
  const gazetteer: Gazetteer = {
    ...gazetteerWordLists(g, (x, what) => strings(x, what)),
    ...(g.placePhrase === undefined ? {} : { placePhrase: lazyPhraseIndex(strings(g.placePhrase, 'gazetteer.placePhrase')) }),
    ...(g.clubPhrase === undefined ? {} : { clubPhrase: lazyPhraseIndex(strings(g.clubPhrase, 'gazetteer.clubPhrase')) }),
    nl: root.namelike === undefined ? null : nameLike(root.namelike),
    ...(root.clusters === undefined ? {} : { cluster: numberLookup(record(root.clusters, false, 'clusters')) }),
  };
  const oBias = root.oBias ?? 0;
  if (typeof oBias !== 'number' || !Number.isFinite(oBias)) fail('oBias must be a number');
  return {
    tags,
    iob: tags.map(toIob2),
    oBias,
    weights: new PackedWeights(record(root.features, true, 'features'), T, scale, 'features'),
    transitions: transitions(root.transitions, T, scale, 'transitions'),
    stage2,
    allowed: allowedTransitions(tags),
    gazetteer,
    entityWords: numberLookup(record(root.entityWords, false, 'entityWords')),
    cache: new Map(),
    pairs: root.pairs === undefined ? null : lazyPairTable(record(root.pairs, true, 'pairs'), T, scale),
  };
}
