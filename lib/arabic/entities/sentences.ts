/**
 * Splits raw text into sentences of tokens the way ANERcorp is tokenized (words, with punctuation
 * marks as tokens of their own), so the model sees at run time what it saw in training.
 */
import { tokenize } from '../tokenize';
import { isIgnorable } from '../normalize';

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
    if (/\s/.test(ch) || isIgnorable(ch)) { i++; continue; }
    let j = i + 1;
    while (j < to && text[j] === ch) j++;
    out.push({ start: i, end: j, norm: '“”„″'.includes(ch) ? '"' : ch, word: false });
    i = j;
  }
  return newline;
}

export function nerSentences(text: string): NerToken[][] {
  const sentences: NerToken[][] = [];
  let cur: NerToken[] = [];
  const flush = (): void => { if (cur.length) sentences.push(cur); cur = []; };
  let pos = 0;
  const gap = (to: number): void => {
    const before = cur.length;
    const newline = punctuation(text, pos, to, cur);
    // A sentence ends after an end mark, or at a line break.
    for (let k = before; k < cur.length; k++) {
      if (END.has(text[cur[k]!.start]!)) { const rest = cur.splice(k + 1); flush(); cur.push(...rest); break; }
    }
    if (newline) flush();
  };
  for (const t of tokenize(text)) {
    gap(t.start);
    if (cur.length >= MAX_SENTENCE) flush();
    cur.push({ start: t.start, end: t.end, norm: t.norm, word: true });
    pos = t.end;
  }
  gap(text.length);
  flush();
  return sentences;
}
