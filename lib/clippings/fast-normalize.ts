import { foldChars, isIgnorable } from '../arabic/normalize';

/**
 * normalize() from lib/arabic, table-driven: the same output (a test holds them equal), an order of
 * magnitude faster on long texts. Saving or importing a whole article normalizes thousands of
 * characters for its deduplication key. The table is filled lazily from lib/arabic's own rules
 * (isIgnorable, foldChars), so it follows them when they change.
 */
const UNKNOWN = -2;
const DROP = -1;
const table = new Int32Array(0x10000).fill(UNKNOWN);

function lookup(code: number): number {
  let v = table[code]!;
  if (v === UNKNOWN) {
    const ch = String.fromCharCode(code);
    // Surrogate halves are never ignorable nor folded: they pass through, as in normalize().
    v = code >= 0xd800 && code <= 0xdfff ? code : isIgnorable(ch) ? DROP : foldChars(ch).charCodeAt(0);
    table[code] = v;
  }
  return v;
}

export function fastNormalize(text: string): string {
  const out = new Uint16Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const t = table[code]!;
    const v = t === UNKNOWN ? lookup(code) : t;
    if (v !== DROP) out[n++] = v;
  }
  // The decoder is fastest, but turns a lone surrogate into U+FFFD: texts with any surrogate take the slow road.
  if (n >= 64 && !SURROGATE.test(text)) return utf16.decode(out.subarray(0, n));
  let s = '';
  for (let i = 0; i < n; i += 8192) s += String.fromCharCode(...out.subarray(i, Math.min(n, i + 8192)));
  return s;
}

const SURROGATE = /[\uD800-\uDFFF]/;

const utf16 = new TextDecoder('utf-16le');
