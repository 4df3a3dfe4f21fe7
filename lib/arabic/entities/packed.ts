/**
 * Reading the packed model format: any JSON value, with its big parts stored as typed arrays and
 * string lists, so a model file loads in a few milliseconds instead of a JSON.parse of megabytes
 * (public/models/ner.bin, written by scripts/pack-model.ts from ner.json).
 *
 * Layout: "QPK2", a u32 (little-endian) byte length of the header, the header as UTF-8 JSON, padding
 * to 8 bytes, then the data. The header is {page, root}: `page` is the file's code page (below) and
 * `root` the original JSON tree in which big leaves are references into the data (objects whose "$q"
 * key says what they are):
 *   {"$q":"a", t, o, n}           a number array: n numbers of type t (u8|i8|i16|i32|f64) at byte o
 *   {"$q":"s", b, l, c?, sep?}    a string list: b → its strings' bytes one after another, l → each
 *                                 one's byte length; with `sep`, a long string stored as its words;
 *                                 with c, a big sorted set in hash order (below); with h, a big
 *                                 joined list's hash table (hashTable(), its places matter)
 *   {"$q":"r", k, v}              an object of numbers: keys k (a string list), values v
 *   {"$q":"r", k, c, v, i?, x?}   an object of number arrays: row j has c[j] numbers of v; with i,
 *                                 [id, value, …] pair rows, ids (0..255) in i and values in v; with
 *                                 x {p, w}, v is i8 and its -128s stand for the values w at places p
 * Strings are stored in one byte a character: ASCII as itself, the page's (up to 127) characters as
 * 0x80 + their place, any other as 0xFF and its UTF-16 code unit (big-endian). An Arabic word list
 * is then half the size of UTF-16 and compresses better.
 *
 * A big list of sorted, distinct strings (a record's keys, a word list) is a set: the packer stores
 * it in the order of its hash buckets (B, a power of two ≥ n/4; within a bucket still sorted) with
 * each bucket's count in c, so a lookup scans one bucket (about four strings, most told apart by
 * their length), and there is no hash table to build (the features' took 10–20 ms) or to ship (one of
 * slots took 0.5 MB gzip; c is a byte per four strings).
 *
 * Nothing is decoded or copied on load: typed arrays view the buffer; a list's starts (a running sum
 * of its lengths, and of its bucket counts) are made the first time it is read, a small list's hash
 * table the first time it is searched, and a lookup encodes the key and compares bytes in place.
 */

export type NumArray = Uint8Array | Int8Array | Int16Array | Int32Array | Float64Array;
export type Unpacked = null | boolean | number | string | NumArray | PackedStrings | PackedRecord | Unpacked[] | { [key: string]: Unpacked };

export const PACK_MAGIC = 'QPK2';
export const PACK_REF = '$q';
/** At most this many non-ASCII characters get one byte (0x80..0xFE); 0xFF escapes the rest. */
export const PAGE_SIZE = 127;
const ESCAPE = 0xff;

function fail(msg: string): never {
  throw new Error(`invalid packed file: ${msg}`);
}

/** FNV-1a over bytes a[start, end): the packer's tests and the reader agree on it. */
export function hashBytes(a: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ a[i]!, 0x01000193);
  return h >>> 0;
}

/** A file's 1-byte character set: the packer chooses it, writer and reader encode alike with it. */
export class CodePage {
  /** UTF-16 code unit → its byte (0: not in the page). */
  private readonly byteOf = new Uint8Array(65536);
  private readonly charOf: Uint16Array;
  /** Scratch for encoded keys (lookups are synchronous: one buffer serves them all). */
  private scratch = new Uint8Array(256);

  constructor(readonly chars: string) {
    if (chars.length > PAGE_SIZE) fail('code page too long');
    this.charOf = new Uint16Array(chars.length);
    for (let i = 0; i < chars.length; i++) {
      const c = chars.charCodeAt(i);
      if (c < 128 || this.byteOf[c] !== 0) fail('bad code page');
      this.byteOf[c] = 0x80 + i;
      this.charOf[i] = c;
    }
  }

  /** s's bytes into the scratch buffer; returns the byte count (the buffer is `encoded`). */
  encodeScratch(s: string): number {
    if (this.scratch.length < s.length * 3) this.scratch = new Uint8Array(s.length * 3);
    const out = this.scratch;
    let n = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 128) out[n++] = c;
      else {
        const b = this.byteOf[c]!;
        if (b !== 0) out[n++] = b;
        else { out[n++] = ESCAPE; out[n++] = c >> 8; out[n++] = c & 0xff; }
      }
    }
    return n;
  }

  get encoded(): Uint8Array {
    return this.scratch;
  }

  /** A fresh copy of s's bytes (for the packer). */
  encode(s: string): Uint8Array {
    return this.encoded.slice(0, this.encodeScratch(s));
  }

  decode(a: Uint8Array, start: number, end: number): string {
    let s = '';
    for (let i = start; i < end; i++) {
      const b = a[i]!;
      if (b < 128) s += String.fromCharCode(b);
      else if (b === ESCAPE) { s += String.fromCharCode((a[i + 1]! << 8) | a[i + 2]!); i += 2; }
      else s += String.fromCharCode(this.charOf[b - 0x80] ?? fail('byte outside the code page'));
    }
    return s;
  }
}

/** Running starts (n+1) of n lengths; null when they do not add up to `total`. */
function startsOf(lengths: NumArray, total: number): Uint32Array | null {
  const s = new Uint32Array(lengths.length + 1);
  let at = 0;
  for (let i = 0; i < lengths.length; i++) {
    const l = lengths[i]!;
    if (!(l >= 0)) return null;
    s[i] = at;
    at += l;
  }
  s[lengths.length] = at;
  return at === total ? s : null;
}

/**
 * A list of strings read in place: has()/indexOf() encode the key, hash it and compare bytes (no
 * string is decoded to look one up); a repeated string finds its last index, as Map.set would leave it.
 */
export class PackedStrings {
  readonly length: number;
  private starts: Uint32Array | null = null;

  constructor(
    private readonly page: CodePage,
    private readonly bytes: Uint8Array,
    private readonly lengths: NumArray,
    /** Set when this list is a long string stored as its words: join(sep) gives it back. */
    readonly sep: string | null = null,
    /** A big set's bucket counts (hash order); null: a hash table is built on the first lookup. */
    private readonly buckets: NumArray | null = null,
    /** A big joined list's hash table from the file (hashTable()). */
    slots: NumArray | null = null,
  ) {
    this.length = lengths.length;
    this.slots = slots;
  }

  private slots: NumArray | null = null;
  private bucketStarts: Uint32Array | null = null;

  private at(): Uint32Array {
    return (this.starts ??= startsOf(this.lengths, this.bytes.length) ?? fail('string lengths out of range'));
  }

  private index(): NumArray {
    return (this.slots = hashTable(this.bytes, this.at()));
  }

  /** Index in a bucketed set: the strings of the key's bucket, compared in turn. */
  private inBucket(key: Uint8Array, m: number): number {
    const bs = (this.bucketStarts ??= startsOf(this.buckets!, this.length) ?? fail('bucket counts out of range'));
    const starts = this.at(), bytes = this.bytes;
    const b = hashBytes(key, 0, m) & (bs.length - 2);
    for (let j = bs[b]!, end = bs[b + 1]!; j < end; j++) {
      const s = starts[j]!;
      if (starts[j + 1]! - s === m && sameBytes(bytes, s, key, 0, m)) return j;
    }
    return -1;
  }

  get(i: number): string {
    const starts = this.at();
    return this.page.decode(this.bytes, starts[i]!, starts[i + 1]!);
  }

  indexOf(key: string): number {
    const m = this.page.encodeScratch(key);
    const k0 = this.page.encoded;
    if (this.buckets) return this.inBucket(k0, m);
    const slots = this.slots ?? this.index();
    const starts = this.at(), bytes = this.bytes;
    const mask = slots.length - 1;
    for (let k = hashBytes(k0, 0, m) & mask; ; k = (k + 1) & mask) {
      const v = slots[k]!;
      if (v === 0) return -1;
      const s = starts[v - 1]!;
      if (starts[v]! - s === m && sameBytes(bytes, s, k0, 0, m)) return v - 1;
    }
  }

  has(key: string): boolean {
    return this.indexOf(key) >= 0;
  }

  /** The strings in their JSON order (a bucketed set was sorted; its get(i) and indexOf() count in stored order). */
  toArray(): string[] {
    const a = Array.from({ length: this.length }, (_, i) => this.get(i));
    return this.buckets ? a.sort() : a;
  }

  /** The long string this list stores (sep ' ' unless it was one). */
  join(): string {
    return this.toArray().join(this.sep ?? ' ');
  }
}

/** Slots of a hash table for n strings: a power of two at most 3/4 full. */
export function hashSlots(n: number): number {
  let size = 8;
  while (size * 3 < n * 4) size *= 2;
  return size;
}

/**
 * The hash table of strings at starts (n+1) in bytes: slot = index + 1, 0 empty, linear probing;
 * a repeated string holds its last index, as Map.set would leave it (a small list's, built on its
 * first lookup).
 */
export function hashTable(bytes: Uint8Array, starts: Uint32Array): Int32Array {
  const n = starts.length - 1;
  const slots = new Int32Array(hashSlots(n));
  const mask = slots.length - 1;
  for (let i = 0; i < n; i++) {
    const s = starts[i]!, e = starts[i + 1]!;
    let k = hashBytes(bytes, s, e) & mask;
    for (; slots[k] !== 0; k = (k + 1) & mask) {
      const j = slots[k]! - 1;
      if (starts[j + 1]! - starts[j]! === e - s && sameBytes(bytes, starts[j]!, bytes, s, e - s)) break;
    }
    slots[k] = i + 1;
  }
  return slots;
}

function sameBytes(a: Uint8Array, i: number, b: Uint8Array, j: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (a[i + k] !== b[j + k]) return false;
  return true;
}

/**
 * An object whose values were all numbers (value(j) of key j) or all number arrays (rowLength(j),
 * rowValue(j, k)); its keys' order is the packer's (sorted), found through keys.indexOf.
 */
export class PackedRecord {
  private starts: Uint32Array | null = null;

  constructor(
    readonly keys: PackedStrings,
    /** The numbers; of a pair record, the values of the pairs. */
    readonly values: NumArray,
    /** Row lengths (of a pair record, in pairs); null for an object of numbers. */
    private readonly counts: NumArray | null,
    /** A pair record's ids. */
    private readonly ids: NumArray | null,
    /** A pair record's few wide values: places in `values` (ascending) and the values. */
    private readonly wide: { p: NumArray; w: NumArray } | null = null,
  ) {}

  get size(): number {
    return this.keys.length;
  }

  get rows(): boolean {
    return this.counts !== null;
  }

  value(j: number): number {
    return this.values[j]!;
  }

  private at(): Uint32Array {
    return (this.starts ??= startsOf(this.counts!, this.values.length) ?? fail('record rows out of range'));
  }

  /** Numbers in row j (a pair row counts 2 a pair, as the JSON array did). */
  rowLength(j: number): number {
    const s = this.at();
    return (s[j + 1]! - s[j]!) * (this.ids ? 2 : 1);
  }

  /** The k-th number of row j, as it stood in the JSON array. */
  rowValue(j: number, k: number): number {
    const s = this.at()[j]!;
    if (!this.ids) return this.values[s + k]!;
    if (k % 2 === 0) return this.ids[s + k / 2]!;
    const at = s + (k - 1) / 2;
    const v = this.values[at]!;
    return v === -128 && this.wide ? this.wideValue(at) : v;
  }

  private wideValue(at: number): number {
    const { p, w } = this.wide!;
    let lo = 0, hi = p.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (p[mid]! === at) return w[mid]!;
      if (p[mid]! < at) lo = mid + 1; else hi = mid - 1;
    }
    return fail('wide value missing');
  }
}

type Ref = Record<string, unknown>;

/** Decode a packed file. Throws a clear Error on anything malformed (wrong magic, references out of range). */
export function unpack(buf: ArrayBuffer): Unpacked {
  if (buf.byteLength < 8) fail('too short');
  const bytes = new Uint8Array(buf);
  if (String.fromCharCode(bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!) !== PACK_MAGIC) fail('not a packed file');
  const headerLength = new DataView(buf).getUint32(4, true);
  if (8 + headerLength > buf.byteLength) fail('header out of range');
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as { page: unknown; root: unknown };
  if (typeof header.page !== 'string') fail('no code page');
  const page = new CodePage(header.page);
  const base = (8 + headerLength + 7) & ~7;

  const view = <A>(make: (b: ArrayBuffer, o: number, n: number) => A, size: number, r: Ref): A => {
    const o = r.o, n = r.n;
    if (typeof o !== 'number' || typeof n !== 'number' || o % size !== 0 || base + o + n * size > buf.byteLength) fail('array out of range');
    return make(buf, base + o, n);
  };
  const numbers = (r: unknown): NumArray => {
    const a = (r ?? {}) as Ref;
    switch (a.t) {
      case 'u8': return view((b, o, n) => new Uint8Array(b, o, n), 1, a);
      case 'i8': return view((b, o, n) => new Int8Array(b, o, n), 1, a);
      case 'i16': return view((b, o, n) => new Int16Array(b, o, n), 2, a);
      case 'i32': return view((b, o, n) => new Int32Array(b, o, n), 4, a);
      case 'f64': return view((b, o, n) => new Float64Array(b, o, n), 8, a);
      default: return fail(`unknown number type ${String(a.t)}`);
    }
  };
  const strings = (r: Ref): PackedStrings => {
    const b = numbers(r.b);
    if (!(b instanceof Uint8Array)) fail('string bytes must be u8');
    if (r.sep !== undefined && typeof r.sep !== 'string') fail('bad separator');
    const lengths = numbers(r.l);
    const c = r.c === undefined ? null : numbers(r.c);
    if (c && (c.length === 0 || (c.length & (c.length - 1)) !== 0)) fail('bad bucket counts');
    const h = r.h === undefined ? null : numbers(r.h);
    if (h && (h.length <= lengths.length || (h.length & (h.length - 1)) !== 0 || h instanceof Float64Array)) fail('bad hash table');
    return new PackedStrings(page, b, lengths, (r.sep as string | undefined) ?? null, c, h);
  };
  const node = (x: unknown): Unpacked => {
    if (x === null || typeof x !== 'object') return x as Unpacked;
    if (Array.isArray(x)) return x.map(node);
    const r = x as Ref;
    switch (r[PACK_REF]) {
      case undefined: {
        const out: { [key: string]: Unpacked } = {};
        for (const k of Object.keys(r)) out[k] = node(r[k]);
        return out;
      }
      case 'a': return numbers(r);
      case 's': return strings(r);
      case 'r': {
        const keys = strings(r.k as Ref);
        const values = numbers(r.v);
        if (r.c === undefined) {
          if (values.length !== keys.length) fail('record out of range');
          return new PackedRecord(keys, values, null, null);
        }
        const counts = numbers(r.c);
        const ids = r.i === undefined ? null : numbers(r.i);
        if (counts.length !== keys.length || (ids && ids.length !== values.length)) fail('record out of range');
        let wide: { p: NumArray; w: NumArray } | null = null;
        if (r.x !== undefined) {
          const x = r.x as Ref;
          wide = { p: numbers(x.p), w: numbers(x.w) };
          if (!ids || !(values instanceof Int8Array) || wide.p.length !== wide.w.length) fail('bad wide values');
        }
        return new PackedRecord(keys, values, counts, ids, wide);
      }
      default: return fail(`unknown reference ${String(r[PACK_REF])}`);
    }
  };
  return node(header.root);
}
