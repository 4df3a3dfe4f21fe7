/**
 * Splits raw text into sentences of tokens the way ANERcorp is tokenized (words, with punctuation
 * marks as tokens of their own), so the model sees at run time what it saw in training.
 */
import { isIgnorable, normalize } from '../normalize';

export interface NerToken {
  start: number;
  end: number;
  /** Normalized form (the model's input). */
  norm: string;
  /** False for punctuation tokens, which never start or end an emitted span. */
  word: boolean;
}

const END = new Set(['.', '!', '?', '؟', '…']);
/** Latin letters as Arabic spells them (normalized), used as initials in foreign names: جون إف. كينيدي. */
const INITIALS = new Set(['اف', 'جي', 'اس', 'دبليو', 'اتش', 'اكس', 'كيو', 'جيه']);
const MAX_SENTENCE = 150;

/** Punctuation tokens in a gap between words: one per mark, runs of the same mark kept together. */
function punctuation(text: string, from: number, to: number, out: NerToken[]): boolean {
  let newline = false;
  for (let i = from; i < to; ) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '\r') newline = true;
    if (ch === ' ' || /\s/.test(ch) || isIgnorable(ch)) { i++; continue; }
    let j = i + 1;
    while (j < to && text[j] === ch) j++;
    out.push({ start: i, end: j, norm: '“”„″'.includes(ch) ? '"' : ch, word: false });
    i = j;
  }
  return newline;
}

// Same word characters as tokenize(): letters, marks, digits, tatweel and zero-width joiners.
const WORD_CHAR = /^[\p{L}\p{M}\p{Nd}\u0640\u200C\u200D]$/u;
// Each BMP code unit's class, learned on first sight (0 unknown, 1 word, 2 other): a table lookup per
// character instead of a Unicode-property regex over the whole text.
const CLASS = new Uint8Array(0x10000);

/** Length (1 or 2 code units) of the word character at i, or 0. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  let k = CLASS[c]!;
  if (k === 0) {
    if (c >= 0xd800 && c <= 0xdbff) {
      // Astral: rare (math letters, emoji), tested as a whole code point.
      const cp = text.codePointAt(i)!;
      return cp > 0xffff && WORD_CHAR.test(String.fromCodePoint(cp)) ? 2 : 0;
    }
    CLASS[c] = k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  }
  return k === 1 ? 1 : 0;
}

// normalize() memoized by raw word (pages repeat their words), in an open-addressing table keyed by
// a hash of the characters taken while scanning: a word seen before costs no slice and no Map hashing.
const SLOTS = 1 << 17;
const slotRaw: (string | undefined)[] = new Array(SLOTS);
const slotNorm: string[] = new Array(SLOTS);
let filled = 0;

/** The normalized form of text[start, end), whose characters hash to h. */
function normAt(text: string, start: number, end: number, h: number): string {
  const len = end - start;
  let k = h & (SLOTS - 1);
  for (;;) {
    const raw = slotRaw[k];
    if (raw === undefined) break;
    if (raw.length === len && text.startsWith(raw, start)) return slotNorm[k]!;
    k = (k + 1) & (SLOTS - 1);
  }
  // Half full: start over rather than let the probes grow.
  if (filled >= SLOTS >> 1) { slotRaw.fill(undefined); filled = 0; k = h & (SLOTS - 1); }
  const raw = text.slice(start, end);
  const n = normalize(raw);
  slotRaw[k] = raw;
  slotNorm[k] = n;
  filled++;
  return n;
}

export function nerSentences(text: string): NerToken[][] {
  const sentences: NerToken[][] = [];
  let cur: NerToken[] = [];
  const flush = (): void => { if (cur.length) sentences.push(cur); cur = []; };
  let pos = 0;
  const gap = (to: number): void => {
    // Most gaps are one plain space: nothing to emit, no sentence end.
    if (to - pos === 1 && text.charCodeAt(pos) === 32) return;
    const before = cur.length;
    const newline = punctuation(text, pos, to, cur);
    // A period after a spelled-out Latin initial belongs to the name: "جون إف. كينيدي".
    if (cur.length > before && before > 0 && cur[before]!.norm === '.' && INITIALS.has(cur[before - 1]!.norm)) cur.splice(before, 1);
    // A sentence ends after an end mark, or at a line break.
    for (let k = before; k < cur.length; k++) {
      if (END.has(text[cur[k]!.start]!)) { const rest = cur.splice(k + 1); flush(); cur.push(...rest); break; }
    }
    if (newline) flush();
  };
  const len = text.length;
  for (let i = 0; i < len; ) {
    let w = wordCharAt(text, i);
    if (w === 0) { i++; continue; }
    const start = i;
    let h = 0;
    do { h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0; i += w; } while (i < len && (w = wordCharAt(text, i)) !== 0);
    gap(start);
    if (cur.length >= MAX_SENTENCE) flush();
    cur.push({ start, end: i, norm: normAt(text, start, i, h ^ (h >>> 15)), word: true });
    pos = i;
  }
  gap(text.length);
  flush();
  return sentences;
}
