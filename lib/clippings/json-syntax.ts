/**
 * Where a text stops being JSON, found by a small scanner of our own: engines word and place
 * their JSON.parse errors differently, and their messages quote the file's bytes, which the reader
 * must never be shown. Runs only after JSON.parse has failed.
 */
export interface JsonFault {
  /** UTF-16 offset of the first character that cannot be JSON (the text's length when it ends early). */
  at: number;
  /** The text ends before its JSON does: the file was cut. */
  truncated: boolean;
  /** 1-based line of `at`. */
  line: number;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'];

type Want = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'after' | 'done';

export function jsonFault(s: string): JsonFault | null {
  const n = s.length;
  const stack: string[] = [];
  let want: Want = 'value';
  let i = 0;
  const fault = (at: number, truncated = false): JsonFault => ({ at, truncated, line: lineOf(s, at) });
  const closed = (): Want => (stack.length ? 'after' : 'done');
  while (true) {
    while (i < n && (s[i] === ' ' || s[i] === '\n' || s[i] === '\r' || s[i] === '\t')) i++;
    if (i >= n) return want === 'done' ? null : fault(n, true);
    const c = s[i]!;
    if (want === 'done') return fault(i);
    if (want === 'colon') {
      if (c !== ':') return fault(i);
      i++; want = 'value'; continue;
    }
    if (want === 'after') {
      const top = stack[stack.length - 1];
      if (c === ',') { i++; want = top === '{' ? 'key' : 'value'; continue; }
      if ((top === '{' && c === '}') || (top === '[' && c === ']')) { stack.pop(); i++; want = closed(); continue; }
      return fault(i);
    }
    if (want === 'key' || want === 'key-or-close') {
      if (want === 'key-or-close' && c === '}') { stack.pop(); i++; want = closed(); continue; }
      if (c !== '"') return fault(i);
      const end = stringEnd(s, i);
      if (end < 0) return end === -1 ? fault(n, true) : fault(-end - 2);
      i = end; want = 'colon'; continue;
    }
    // A value.
    if (want === 'value-or-close' && c === ']') { stack.pop(); i++; want = closed(); continue; }
    if (c === '{' || c === '[') { stack.push(c); i++; want = c === '{' ? 'key-or-close' : 'value-or-close'; continue; }
    if (c === '"') {
      const end = stringEnd(s, i);
      if (end < 0) return end === -1 ? fault(n, true) : fault(-end - 2);
      i = end; want = closed(); continue;
    }
    NUMBER.lastIndex = i;
    const num = NUMBER.exec(s);
    if (num) {
      i += num[0].length;
      // "-", "1." or "1e" at the very end is a number cut short.
      if (i >= n - 1 && /[-.eE+]$/.test(s.slice(i, i + 1))) return fault(n, true);
      want = closed(); continue;
    }
    const lit = LITERALS.find((l) => s.startsWith(l, i));
    if (lit) { i += lit.length; want = closed(); continue; }
    if (LITERALS.some((l) => l.startsWith(s.slice(i)))) return fault(n, true);
    if (c === '-' && i === n - 1) return fault(n, true);
    return fault(i);
  }
}

/** Index after the closing quote of the string opening at `i`; -1 when the text ends inside it, -2-k when character k is not allowed. */
function stringEnd(s: string, i: number): number {
  const n = s.length;
  for (let k = i + 1; k < n; k++) {
    const ch = s.charCodeAt(k);
    if (ch === 0x22) return k + 1;
    if (ch < 0x20) return -2 - k;
    if (ch === 0x5c) {
      const e = s[k + 1];
      if (e === undefined) return -1;
      if (e === 'u') {
        const hex = s.slice(k + 2, k + 6);
        if (!/^[0-9a-fA-F]*$/.test(hex)) return -2 - k;
        if (hex.length < 4) return -1;
        k += 5;
      } else if ('"\\/bfnrt'.includes(e)) k++;
      else return -2 - (k + 1);
    }
  }
  return -1;
}

function lineOf(s: string, at: number): number {
  let line = 1;
  for (let i = s.indexOf('\n'); i !== -1 && i < at; i = s.indexOf('\n', i + 1)) line++;
  return line;
}
