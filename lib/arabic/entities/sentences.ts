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

// Same word pattern as tokenize(): letters, marks, digits, tatweel and zero-width joiners.
const WORD = /[\p{L}\p{M}\p{Nd}\u0640\u200C\u200D]+/gu;
const normMemo = new Map<string, string>();

/** normalize() memoized by raw word: pages repeat their words. */
function norm(word: string): string {
  let n = normMemo.get(word);
  if (n === undefined) {
    n = normalize(word);
    if (normMemo.size > 100_000) normMemo.clear();
    normMemo.set(word, n);
  }
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
    // A sentence ends after an end mark, or at a line break.
    for (let k = before; k < cur.length; k++) {
      if (END.has(text[cur[k]!.start]!)) { const rest = cur.splice(k + 1); flush(); cur.push(...rest); break; }
    }
    if (newline) flush();
  };
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    gap(start);
    if (cur.length >= MAX_SENTENCE) flush();
    cur.push({ start, end, norm: norm(m[0]), word: true });
    pos = end;
  }
  gap(text.length);
  flush();
  return sentences;
}
