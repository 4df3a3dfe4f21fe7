/**
 * Arabic normalization for matching. Analyzers match in normalized text but report offsets and text
 * of the original, so every normalizer here either keeps length (fold) or returns an offset map.
 */

// Code-unit ranges [first, last] dropped for matching: harakat, tanween, shadda, sukun, superscript
// alef, Quranic marks; tatweel; the direction and zero-width marks browsers and CMSs insert around
// numbers and names.
const DIACRITICS: readonly (readonly [number, number])[] = [[0x0610, 0x061a], [0x064b, 0x065f], [0x0670, 0x0670], [0x06d6, 0x06ed]];
const TATWEEL = 0x0640;
const INVISIBLES: readonly (readonly [number, number])[] = [[0x200b, 0x200f], [0x202a, 0x202e], [0x2066, 0x2069], [0x061c, 0x061c], [0xfeff, 0xfeff]];

/** One-to-one letter and digit folds: the result has the same length as the input. */
const FOLD: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ۍ': 'ي', 'ئ': 'ي',
  'ة': 'ه', 'ۃ': 'ه', 'ە': 'ه', 'ہ': 'ه', 'ھ': 'ه',
  'ؤ': 'و',
  'ک': 'ك', 'گ': 'ك', 'ڪ': 'ك',
  'پ': 'ب', 'چ': 'ج', 'ژ': 'ز', 'ڤ': 'ف', 'ڨ': 'ق',
};
for (let d = 0; d < 10; d++) {
  FOLD[String.fromCharCode(0x0660 + d)] = String(d); // Arabic-Indic
  FOLD[String.fromCharCode(0x06f0 + d)] = String(d); // Persian
}

/**
 * One table over all UTF-16 code units, built once from the rules above: a unit maps to itself, to its
 * fold, or is dropped. Normalizing is then one array lookup per unit — an order of magnitude faster
 * than per-character regex tests, and every analyzer, the search index and the dedupe key share it.
 * Built from ranges (identity, then the drops and folds), not by testing each of the 65,536 units:
 * this module is evaluated in every article tab and every fresh worker, and a regex test per unit
 * was most of that evaluation (npx tsx scripts/bench/_trace-load.ts profile).
 */
const DROP = -1;
const TABLE = new Int32Array(0x10000);
for (let c = 0; c < 0x10000; c++) TABLE[c] = c;
for (const ch in FOLD) TABLE[ch.charCodeAt(0)] = FOLD[ch]!.charCodeAt(0);
for (const [first, last] of [...DIACRITICS, [TATWEEL, TATWEEL] as const, ...INVISIBLES]) TABLE.fill(DROP, first, last + 1);
const SURROGATE = /[\uD800-\uDFFF]/;
const UTF16 = new TextDecoder('utf-16le');

/** Code units to a string; lone surrogates survive (TextDecoder would replace them). */
function unitsToString(units: Uint16Array, source: string): string {
  if (!SURROGATE.test(source)) return UTF16.decode(units);
  let s = '';
  for (let i = 0; i < units.length; i += 8192) s += String.fromCharCode(...units.subarray(i, i + 8192));
  return s;
}

/** Characters dropped by normalize(): diacritics, tatweel and invisible direction marks. */
export function isIgnorable(ch: string): boolean {
  return ch.length === 1 && TABLE[ch.charCodeAt(0)] === DROP;
}

/** Arabic-Indic and Persian digits to ASCII; same length. */
export function foldDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => FOLD[d]!);
}

export interface Normalized {
  /** Normalized text. */
  text: string;
  /** map[i] = index in the original of normalized char i; map[text.length] = original length. */
  map: Int32Array;
}

/** Full normalization with an offset map back to the original text. */
export function normalizeWithMap(original: string): Normalized {
  const len = original.length;
  const map = new Int32Array(len + 1);
  const units = new Uint16Array(len);
  let n = 0;
  for (let i = 0; i < len; i++) {
    const v = TABLE[original.charCodeAt(i)]!;
    if (v === DROP) continue;
    units[n] = v;
    map[n++] = i;
  }
  map[n] = len;
  return { text: unitsToString(units.subarray(0, n), original), map: map.subarray(0, n + 1) };
}

/** Full normalization for matching and search keys. */
export function normalize(text: string): string {
  const len = text.length;
  if (len < 16) {
    // Single words (the tokenizer's hot path): string building beats typed arrays here.
    let s = '';
    for (let i = 0; i < len; i++) {
      const v = TABLE[text.charCodeAt(i)]!;
      if (v !== DROP) s += String.fromCharCode(v);
    }
    return s;
  }
  const units = new Uint16Array(len);
  let n = 0;
  for (let i = 0; i < len; i++) {
    const v = TABLE[text.charCodeAt(i)]!;
    if (v !== DROP) units[n++] = v;
  }
  return unitsToString(units.subarray(0, n), text);
}

/** Map a [start, end) range in normalized text back to the original text. */
export function toOriginalRange(n: Normalized, start: number, end: number): [number, number] {
  const s = n.map[start]!;
  // end is exclusive: take the original index just after the last kept char.
  const e = end > start ? n.map[end - 1]! + 1 : s;
  return [s, e];
}
