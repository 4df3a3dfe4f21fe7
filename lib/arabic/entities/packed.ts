/**
 * Reading the packed model format: any JSON value, with its big parts stored as typed arrays and one
 * string table, so a model file loads in a few milliseconds instead of a JSON.parse of megabytes
 * (public/models/ner.bin, written by scripts/pack-model.ts from ner.json).
 *
 * Layout: "QPK1", a u32 (little-endian) byte length of the header, the header as UTF-8 JSON, padding
 * to 8 bytes, then the data. The header is the original JSON tree in which big leaves are references
 * into the data (objects whose "$q" key says what they are):
 *   {"$q":"a", t, o, n}          a number array: n numbers of type t (i8|i16|i32|f64) at byte o
 *   {"$q":"s", s, h}             a string list: s → u32 starts (n+1) into the string table, h → its hash table
 *   {"$q":"r", k, v, off?}       an object of number arrays (off → u32 offsets n+1 into v) or of numbers
 *   {"$q":"x", c, n, ws?, we?, wh?} a long string: n code units at c in the string table; with spaces,
 *                                also its words' starts, ends and hash table (packedWords())
 * and the string table is {"$q":"t", o, n}: n UTF-16 code units at byte o (the header's "strings").
 * Nothing is copied on load: typed arrays view the buffer, strings are read from one decoded table,
 * and lookups hash into tables the packer built.
 */

export type NumArray = Int8Array | Int16Array | Int32Array | Float64Array;
export type Unpacked = null | boolean | number | string | NumArray | PackedStrings | PackedRecord | Unpacked[] | { [key: string]: Unpacked };

export const PACK_MAGIC = 'QPK1';
export const PACK_REF = '$q';

/** FNV-1a over UTF-16 code units of s[start, end): the packer and the reader must agree on it. */
export function hashChars(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Slots of a hash table for n keys: a power of two at most 3/4 full (short probe runs). */
export function hashSlots(n: number): number {
  let size = 8;
  while (size * 3 < n * 4) size *= 2;
  return size;
}

/**
 * A list of strings read from a table, with a hash index: has()/indexOf() cost one hash and one
 * comparison in place (no string is cut out of the table to look one up).
 */
export class PackedStrings {
  readonly length: number;
  constructor(
    private readonly table: string,
    private readonly starts: Uint32Array,
    private readonly ends: Uint32Array,
    private readonly slots: Int32Array,
  ) {
    this.length = starts.length;
  }

  /** The strings of `table` between separators, indexed now (for a list stored as one joined string). */
  static split(table: string, sep: string): PackedStrings {
    if (table === '') return new PackedStrings('', new Uint32Array(0), new Uint32Array(0), new Int32Array(8));
    const starts: number[] = [0];
    for (let i = table.indexOf(sep); i >= 0; i = table.indexOf(sep, i + 1)) starts.push(i + 1);
    const n = starts.length;
    const s = Uint32Array.from(starts);
    const e = new Uint32Array(n);
    for (let i = 0; i < n; i++) e[i] = i + 1 < n ? s[i + 1]! - 1 : table.length;
    const slots = new Int32Array(hashSlots(n));
    const mask = slots.length - 1;
    // A repeated string points to its last index, as Map.set would leave it.
    for (let i = 0; i < n; i++) {
      const len = e[i]! - s[i]!;
      let k = hashChars(table, s[i]!, e[i]!) & mask;
      for (; slots[k] !== 0; k = (k + 1) & mask) {
        const j = slots[k]! - 1;
        if (e[j]! - s[j]! === len && table.startsWith(table.slice(s[i], e[i]), s[j]!)) break;
      }
      slots[k] = i + 1;
    }
    return new PackedStrings(table, s, e, slots);
  }

  get(i: number): string {
    return this.table.slice(this.starts[i], this.ends[i]);
  }

  indexOf(key: string): number {
    const mask = this.slots.length - 1;
    const n = key.length;
    for (let k = hashChars(key, 0, n) & mask; ; k = (k + 1) & mask) {
      const v = this.slots[k]!;
      if (v === 0) return -1;
      const start = this.starts[v - 1]!;
      if (this.ends[v - 1]! - start === n && this.table.startsWith(key, start)) return v - 1;
    }
  }

  has(key: string): boolean {
    return this.indexOf(key) >= 0;
  }

  toArray(): string[] {
    return Array.from({ length: this.length }, (_, i) => this.get(i));
  }
}

/** An object whose values were all numbers (`offsets` null) or all number arrays (row i is values[offsets[i], offsets[i+1])). */
export class PackedRecord {
  constructor(
    readonly keys: PackedStrings,
    readonly values: NumArray,
    readonly offsets: Uint32Array | null,
  ) {}

  get size(): number {
    return this.keys.length;
  }
}

function fail(msg: string): never {
  throw new Error(`invalid packed file: ${msg}`);
}

type Ref = Record<string, unknown>;

/** Decode a packed file. Throws a clear Error on anything malformed (wrong magic, references out of range). */
export function unpack(buf: ArrayBuffer): Unpacked {
  if (buf.byteLength < 8) fail('too short');
  const bytes = new Uint8Array(buf);
  if (String.fromCharCode(bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!) !== PACK_MAGIC) fail('not a packed file');
  const headerLength = new DataView(buf).getUint32(4, true);
  if (8 + headerLength > buf.byteLength) fail('header out of range');
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as { strings: Ref; root: unknown };
  const base = (8 + headerLength + 7) & ~7;

  const view = <A>(make: (b: ArrayBuffer, o: number, n: number) => A, size: number, r: Ref): A => {
    const o = r.o, n = r.n;
    if (typeof o !== 'number' || typeof n !== 'number' || o % size !== 0 || base + o + n * size > buf.byteLength) fail('array out of range');
    return make(buf, base + o, n);
  };
  const numbers = (r: unknown): NumArray => {
    const a = r as Ref;
    switch (a.t) {
      case 'i8': return view((b, o, n) => new Int8Array(b, o, n), 1, a);
      case 'i16': return view((b, o, n) => new Int16Array(b, o, n), 2, a);
      case 'i32': return view((b, o, n) => new Int32Array(b, o, n), 4, a);
      case 'f64': return view((b, o, n) => new Float64Array(b, o, n), 8, a);
      default: return fail(`unknown number type ${String(a.t)}`);
    }
  };
  const u32 = (r: unknown): Uint32Array => {
    const a = numbers(r);
    if (!(a instanceof Int32Array)) fail('offsets must be i32');
    return new Uint32Array(a.buffer, a.byteOffset, a.length);
  };
  const table = new TextDecoder('utf-16le').decode(view((b, o, n) => new Uint8Array(b, o, n * 2), 2, header.strings));
  const strings = (r: Ref): PackedStrings => {
    const starts = u32(r.s);
    const slots = numbers(r.h);
    if (!(slots instanceof Int32Array) || slots.length === 0 || (slots.length & (slots.length - 1)) !== 0) fail('bad hash table');
    if (starts.length === 0 || starts[starts.length - 1]! > table.length) fail('strings out of range');
    return new PackedStrings(table, starts.subarray(0, starts.length - 1), starts.subarray(1), slots);
  };
  const wordIndexes = new Map<string, PackedStrings>();
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
      case 'x': {
        const c = r.c, n = r.n;
        if (typeof c !== 'number' || typeof n !== 'number' || c + n > table.length) fail('string out of range');
        const text = table.slice(c, c + n);
        if (r.ws !== undefined) {
          const starts = u32(r.ws), ends = u32(r.we), slots = numbers(r.wh);
          if (!(slots instanceof Int32Array) || starts.length !== ends.length || ends[ends.length - 1]! > table.length) fail('bad word index');
          wordIndexes.set(text, new PackedStrings(table, starts, ends, slots));
        }
        return text;
      }
      case 's': return strings(r);
      case 'r': {
        const keys = strings(r.k as Ref);
        const values = numbers(r.v);
        const offsets = r.off === undefined ? null : u32(r.off);
        if (offsets ? offsets.length !== keys.length + 1 || offsets[keys.length]! > values.length : values.length !== keys.length) fail('record out of range');
        return new PackedRecord(keys, values, offsets);
      }
      default: return fail(`unknown reference ${String(r[PACK_REF])}`);
    }
  };
  const root = node(header.root);
  lastWordIndexes = wordIndexes;
  return root;
}

let lastWordIndexes = new Map<string, PackedStrings>();

/**
 * The words of a long space-joined string of the file unpack() read last, indexed by the packer (no
 * index to build on load); null when it has none (then PackedStrings.split builds one).
 */
export function packedWords(text: string): PackedStrings | null {
  return lastWordIndexes.get(text) ?? null;
}
