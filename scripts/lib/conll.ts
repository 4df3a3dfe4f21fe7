/** CoNLL `token TAG` files (one token a line, blank line between sentences). */
import { normalize } from '../../lib/arabic/normalize';

export interface Sentence {
  /** Tokens as written. */
  tokens: string[];
  /** Normalized tokens (what the model sees). */
  words: string[];
  tags: string[];
  /** Where the sentence comes from when not news like ANERcorp (e.g. "wiki"): training marks or weighs it. */
  domain?: string;
}

export function parseConll(text: string): Sentence[] {
  const out: Sentence[] = [];
  let cur: Sentence = { tokens: [], words: [], tags: [] };
  const flush = (): void => {
    if (cur.tokens.length) out.push(cur);
    cur = { tokens: [], words: [], tags: [] };
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/^\uFEFF/, '').trim();
    if (!line) { flush(); continue; }
    const sp = line.lastIndexOf(' ');
    if (sp <= 0) throw new Error(`bad CoNLL line: ${JSON.stringify(line)}`);
    const tok = line.slice(0, sp).trim();
    const tag = line.slice(sp + 1).trim();
    cur.tokens.push(tok);
    // A token made only of marks normalizes to nothing: keep it as written.
    cur.words.push(normalize(tok) || tok);
    cur.tags.push(tag);
  }
  flush();
  return out;
}
