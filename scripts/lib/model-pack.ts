/**
 * Writing the packed format read by lib/arabic/entities/packed.ts, from any JSON value: every
 * non-empty array of numbers becomes a typed array (the narrowest type that holds it), every
 * non-empty array of strings a string list, a long string of many words the list of its words, and
 * every non-empty object whose values are all numbers or all number arrays a record (keys sorted,
 * so similar keys sit together and compress; [id, value, …] rows split into an id and a value
 * array); the rest stays in the JSON header as it was. Strings use the file's code page: its 127
 * most frequent non-ASCII characters.
 */
import { CodePage, PACK_MAGIC, PACK_REF, PAGE_SIZE, hashBytes, hashTable } from '../../lib/arabic/entities/packed';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type NumType = 'u8' | 'i8' | 'i16' | 'i32' | 'f64';

/** A sorted set this long is stored in hash-bucket order (building its hash table on load would cost milliseconds). */
const BUCKETED = 4096;
/** A string of at least this many words is stored as its word list (a model's n-grams). */
const JOINED_WORDS = 256;

function numberType(a: readonly number[]): NumType {
  let lo = 0, hi = 0;
  for (const v of a) {
    if (!Number.isInteger(v)) return 'f64';
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo >= -128 && hi <= 127) return 'i8';
  if (lo >= 0 && hi <= 255) return 'u8';
  if (lo >= -32768 && hi <= 32767) return 'i16';
  if (lo >= -2147483648 && hi <= 2147483647) return 'i32';
  return 'f64';
}

const isNumbers = (x: Json): x is number[] => Array.isArray(x) && x.length > 0 && x.every((v) => typeof v === 'number');
const isStrings = (x: Json): x is string[] => Array.isArray(x) && x.length > 0 && x.every((v) => typeof v === 'string');
const isJoined = (x: Json): x is string => typeof x === 'string' && x.split(' ').length >= JOINED_WORDS;
/** Rows of [id, value, …] pairs with ids 0..255: ids and values go to two arrays. */
const isPairRows = (rows: readonly number[][]): boolean =>
  rows.every((r) => r.length % 2 === 0 && r.every((v, k) => k % 2 === 1 || (Number.isInteger(v) && v >= 0 && v <= 255)));

/** Every string the packer will put in a list, for choosing the code page. */
function listStrings(x: Json, out: string[]): void {
  if (isJoined(x)) out.push(x);
  else if (isStrings(x)) out.push(...x);
  else if (x !== null && typeof x === 'object' && !Array.isArray(x)) {
    out.push(...Object.keys(x));
    for (const v of Object.values(x)) listStrings(v, out);
  } else if (Array.isArray(x)) for (const v of x) listStrings(v, out);
}

/** The most frequent non-ASCII characters (ties by code unit): one byte each. */
function choosePage(value: Json): CodePage {
  const count = new Map<number, number>();
  const all: string[] = [];
  listStrings(value, all);
  for (const s of all) for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) count.set(c, (count.get(c) ?? 0) + 1);
  }
  const chars = [...count].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, PAGE_SIZE).map(([c]) => c).sort((a, b) => a - b);
  return new CodePage(String.fromCharCode(...chars));
}

class Writer {
  private chunks: { bytes: Uint8Array; offset: number }[] = [];
  private size = 0;

  constructor(readonly page: CodePage) {}

  private put(bytes: Uint8Array, align: number): number {
    this.size = Math.ceil(this.size / align) * align;
    const offset = this.size;
    this.chunks.push({ bytes, offset });
    this.size += bytes.length;
    return offset;
  }

  numbers(a: ArrayLike<number>, t = numberType(Array.from(a))): Json {
    const typed = t === 'u8' ? Uint8Array.from(a) : t === 'i8' ? Int8Array.from(a) : t === 'i16' ? Int16Array.from(a) : t === 'i32' ? Int32Array.from(a) : Float64Array.from(a);
    const o = this.put(new Uint8Array(typed.buffer), typed.BYTES_PER_ELEMENT);
    return { [PACK_REF]: 'a', t, o, n: a.length };
  }

  /**
   * A string list; a big sorted set goes in hash-bucket order with its bucket counts (not a joined
   * string's words: their places index other arrays). `order` is the list's indexes in the order
   * written (a record writes its rows in the same order).
   */
  strings(list: readonly string[], sep?: string): { ref: Json; order: number[] } {
    let encoded = list.map((s) => this.page.encode(s));
    let order = list.map((_, i) => i);
    let counts: number[] | null = null;
    if (sep === undefined && list.length >= BUCKETED && list.every((s, i) => i === 0 || list[i - 1]! < s)) {
      let B = 8;
      while (B * 4 < list.length) B *= 2;
      const bucket = encoded.map((e) => hashBytes(e, 0, e.length) & (B - 1));
      order = order.sort((i, j) => bucket[i]! - bucket[j]! || i - j);
      encoded = order.map((i) => encoded[i]!);
      counts = new Array<number>(B).fill(0);
      for (const k of bucket) counts[k]!++;
    }
    const bytes = new Uint8Array(encoded.reduce((n, e) => n + e.length, 0));
    let at = 0;
    for (const e of encoded) { bytes.set(e, at); at += e.length; }
    const ref: { [key: string]: Json } = { [PACK_REF]: 's', b: this.numbers(bytes, 'u8'), l: this.numbers(encoded.map((e) => e.length)) };
    if (counts) ref.c = this.numbers(counts);
    else if (sep !== undefined && list.length >= BUCKETED) {
      const starts = new Uint32Array(encoded.length + 1);
      encoded.forEach((e, i) => { starts[i + 1] = starts[i]! + e.length; });
      ref.h = this.numbers(hashTable(bytes, starts));
    }
    if (sep !== undefined) ref.sep = sep;
    return { ref, order };
  }

  /**
   * Pair values as i8 when all but a few (1 in 1,000) fit: those few are -128 in v, their places
   * and values in x (a model's weights: 15 of 230,000 need more than a byte).
   */
  private mostlyBytes(values: number[]): { v: Json; x?: Json } {
    const fits = (v: number): boolean => Number.isInteger(v) && v > -128 && v <= 127;
    const wide: number[] = [];
    values.forEach((v, i) => { if (!fits(v)) wide.push(i); });
    if (wide.length === 0 || wide.length * 1000 > values.length) return { v: this.numbers(values) };
    const narrow = values.map((v) => (fits(v) ? v : -128));
    return { v: this.numbers(narrow, 'i8'), x: { p: this.numbers(wide, 'i32'), w: this.numbers(wide.map((i) => values[i]!)) } };
  }

  value(x: Json): Json {
    if (isJoined(x)) return this.strings(x.split(' '), ' ').ref;
    if (x === null || typeof x !== 'object') return x;
    if (isNumbers(x)) return this.numbers(x);
    if (isStrings(x)) return this.strings(x).ref;
    if (Array.isArray(x)) return x.map((v) => this.value(v));
    if (PACK_REF in x) throw new Error(`a JSON object may not have the key ${PACK_REF}`);
    const sorted = Object.keys(x).sort();
    const isRecord = sorted.length > 0 && (sorted.every((k) => typeof x[k] === 'number') || sorted.every((k) => { const v = x[k]; return Array.isArray(v) && v.every((n) => typeof n === 'number'); }));
    if (isRecord) {
      const { ref: k, order } = this.strings(sorted);
      const vals = order.map((i) => x[sorted[i]!]!);
      if (vals.every((v) => typeof v === 'number')) return { [PACK_REF]: 'r', k, v: this.numbers(vals as number[]) };
      const rows = vals as number[][];
      if (isPairRows(rows)) {
        const ids: number[] = [], values: number[] = [];
        for (const r of rows) for (let j = 0; j < r.length; j += 2) { ids.push(r[j]!); values.push(r[j + 1]!); }
        return { [PACK_REF]: 'r', k, c: this.numbers(rows.map((r) => r.length / 2)), i: this.numbers(ids, 'u8'), ...this.mostlyBytes(values) };
      }
      return { [PACK_REF]: 'r', k, c: this.numbers(rows.map((r) => r.length)), v: this.numbers(rows.flat()) };
    }
    const out: { [key: string]: Json } = {};
    for (const k of Object.keys(x)) out[k] = this.value(x[k]!);
    return out;
  }

  finish(root: Json): Uint8Array {
    const header = new TextEncoder().encode(JSON.stringify({ page: this.page.chars, root }));
    const base = (8 + header.length + 7) & ~7;
    const out = new Uint8Array(base + this.size);
    out.set(new TextEncoder().encode(PACK_MAGIC), 0);
    new DataView(out.buffer).setUint32(4, header.length, true);
    out.set(header, 8);
    for (const c of this.chunks) out.set(c.bytes, base + c.offset);
    return out;
  }
}

/** The packed bytes of a JSON value (deterministic: the same value always gives the same bytes). */
export function pack(value: unknown): Uint8Array {
  const w = new Writer(choosePage(value as Json));
  const root = w.value(value as Json);
  return w.finish(root);
}
