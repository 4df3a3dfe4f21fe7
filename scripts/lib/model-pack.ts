/**
 * Writing the packed format read by lib/arabic/entities/packed.ts, from any JSON value: every
 * non-empty array of numbers becomes a typed array (the narrowest integer type that holds it, else
 * f64), every non-empty array of strings a string list, every non-empty object whose values are all
 * numbers or all number arrays a record; the rest stays in the JSON header as it was.
 */
import { PACK_MAGIC, PACK_REF, hashChars, hashSlots } from '../../lib/arabic/entities/packed';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function numberType(a: readonly number[]): 'i8' | 'i16' | 'i32' | 'f64' {
  let lo = 0, hi = 0;
  for (const v of a) {
    if (!Number.isInteger(v)) return 'f64';
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo >= -128 && hi <= 127) return 'i8';
  if (lo >= -32768 && hi <= 32767) return 'i16';
  if (lo >= -2147483648 && hi <= 2147483647) return 'i32';
  return 'f64';
}

const isNumbers = (x: Json): x is number[] => Array.isArray(x) && x.length > 0 && x.every((v) => typeof v === 'number');
const isStrings = (x: Json): x is string[] => Array.isArray(x) && x.length > 0 && x.every((v) => typeof v === 'string');

class Writer {
  private chunks: { bytes: Uint8Array; offset: number }[] = [];
  private size = 0;
  private text: string[] = [];
  private textLength = 0;

  private put(bytes: Uint8Array, align: number): number {
    this.size = Math.ceil(this.size / align) * align;
    const offset = this.size;
    this.chunks.push({ bytes, offset });
    this.size += bytes.length;
    return offset;
  }

  numbers(a: readonly number[], t = numberType(a)): Json {
    const typed = t === 'i8' ? Int8Array.from(a) : t === 'i16' ? Int16Array.from(a) : t === 'i32' ? Int32Array.from(a) : Float64Array.from(a);
    const o = this.put(new Uint8Array(typed.buffer), typed.BYTES_PER_ELEMENT === 1 ? 1 : typed.BYTES_PER_ELEMENT);
    return { [PACK_REF]: 'a', t, o, n: a.length };
  }

  /** A hash table of strings (index + 1 per slot, 0 empty); a repeated string points to its last index, as Map.set leaves it. */
  private slots(list: readonly string[]): Json {
    const slots = new Array<number>(hashSlots(list.length)).fill(0);
    const mask = slots.length - 1;
    const at = new Map<string, number>();
    list.forEach((s, i) => {
      let k = at.get(s);
      if (k === undefined) {
        k = hashChars(s, 0, s.length) & mask;
        while (slots[k] !== 0) k = (k + 1) & mask;
        at.set(s, k);
      }
      slots[k] = i + 1;
    });
    return this.numbers(slots, 'i32');
  }

  strings(list: readonly string[]): Json {
    const starts: number[] = [];
    for (const s of list) { starts.push(this.textLength); this.textLength += s.length; }
    starts.push(this.textLength);
    this.text.push(list.join(''));
    return { [PACK_REF]: 's', s: this.numbers(starts, 'i32'), h: this.slots(list) };
  }

  /**
   * A long string goes to the string table, out of the header's JSON; one holding spaces also gets
   * an index of its space-separated words (a list stored joined, as a model's n-grams are).
   */
  text1(s: string): Json {
    const c = this.textLength;
    this.text.push(s);
    this.textLength += s.length;
    if (!s.includes(' ')) return { [PACK_REF]: 'x', c, n: s.length };
    const words = s.split(' ');
    const starts: number[] = [], ends: number[] = [];
    let at = c;
    for (const w of words) { starts.push(at); ends.push(at + w.length); at += w.length + 1; }
    return { [PACK_REF]: 'x', c, n: s.length, ws: this.numbers(starts, 'i32'), we: this.numbers(ends, 'i32'), wh: this.slots(words) };
  }

  value(x: Json): Json {
    if (typeof x === 'string' && x.length > 256) return this.text1(x);
    if (x === null || typeof x !== 'object') return x;
    if (isNumbers(x)) return this.numbers(x);
    if (isStrings(x)) return this.strings(x);
    if (Array.isArray(x)) return x.map((v) => this.value(v));
    if (PACK_REF in x) throw new Error(`a JSON object may not have the key ${PACK_REF}`);
    const keys = Object.keys(x);
    const vals = keys.map((k) => x[k]!);
    if (keys.length > 0 && vals.every((v) => typeof v === 'number')) {
      return { [PACK_REF]: 'r', k: this.strings(keys), v: this.numbers(vals as number[]) };
    }
    if (keys.length > 0 && vals.every((v) => Array.isArray(v) && v.every((n) => typeof n === 'number'))) {
      const flat: number[] = [];
      const off: number[] = [0];
      for (const v of vals as number[][]) { for (const n of v) flat.push(n); off.push(flat.length); }
      return { [PACK_REF]: 'r', k: this.strings(keys), v: flat.length ? this.numbers(flat) : this.numbers([0]), off: this.numbers(off, 'i32') };
    }
    const out: { [key: string]: Json } = {};
    for (const k of keys) out[k] = this.value(x[k]!);
    return out;
  }

  finish(root: Json): Uint8Array {
    const joined = this.text.join('');
    const units = new Uint16Array(joined.length);
    for (let i = 0; i < joined.length; i++) units[i] = joined.charCodeAt(i);
    const strings = { [PACK_REF]: 't', o: this.put(new Uint8Array(units.buffer), 2), n: units.length };
    const header = new TextEncoder().encode(JSON.stringify({ strings, root }));
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
  const w = new Writer();
  const root = w.value(value as Json);
  return w.finish(root);
}
