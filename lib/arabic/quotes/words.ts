/**
 * A lean word splitter for quote attribution: the words of tokenize(), with the normalized form
 * computed only when asked (most words are never looked at).
 */
import { normalize } from '../normalize';
import type { Token } from '../tokenize';

// Letters (Arabic blocks without Arabic punctuation ، ؛ ؟ ٪ ٫ ٬ ۔), Latin, digits, tatweel, joiners.
const WORD = /[\u0610-\u061A\u0620-\u0669\u066E-\u06D3\u06D5-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFCA-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u200C\u200D]+/g;

/** A word whose normalized form is computed on first use (most words are never looked at). */
class Word implements Token {
  private n: string | undefined;
  readonly numeric = false;
  constructor(readonly text: string, readonly start: number, readonly end: number) {}
  get norm(): string {
    return (this.n ??= normalize(this.text));
  }
}

export function words(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) out.push(new Word(m[0], m.index, m.index + m[0].length));
  return out;
}

// Letters no fold produces: a normalized key's letter from this set must appear in the raw word.
const FOLD_TARGETS = 'اويهكبجزفق0123456789';

/** A letter of normalized `key` that any raw spelling of it must contain ('' when there is none). */
export function stableLetter(key: string): string {
  for (let i = key.length - 1; i >= 0; i--) if (!FOLD_TARGETS.includes(key[i]!)) return key[i]!;
  return '';
}
