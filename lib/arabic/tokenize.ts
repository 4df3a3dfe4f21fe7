import { normalize } from './normalize';

/** A word of the original text, with its normalized form and clitic analysis. */
export interface Token {
  /** Original text of the word. */
  text: string;
  start: number;
  end: number;
  /** Normalized form (diacritics, tatweel removed; letter variants folded). */
  norm: string;
  /** True for runs of digits (any script). */
  numeric: boolean;
}

// Arabic letters, marks, Persian letters, Latin letters, digits of every script. Tatweel and
// zero-width joiners stay inside words; punctuation ends them.
const WORD = /[\p{L}\p{M}\p{Nd}\u0640\u200C\u200D]+/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index!;
    const word = m[0];
    const norm = normalize(word);
    tokens.push({ text: word, start, end: start + word.length, norm, numeric: /^\d+$/.test(norm) });
  }
  return tokens;
}

/** Proclitics in the order they attach: conjunction, preposition, article. */
const CONJ = ['و', 'ف'];
const PREP = ['ب', 'ل', 'ك'];
/** Every letter that cliticReadings may take off a word's front. */
export const PROCLITIC_LETTERS: readonly string[] = [...CONJ, ...PREP];

export interface CliticSplit {
  /** Number of normalized characters of prefix (conjunction, preposition, article). */
  prefixLength: number;
  /** Conjunction/preposition letters, e.g. "وب". */
  proclitics: string;
  /** Whether the stem carries the definite article (ال, or ل after لل). */
  definite: boolean;
  /** Stem without proclitics, with its article if it had one ("للأمم" → "الامم"). */
  stem: string;
}

/**
 * Every reading of a normalized word as proclitics + stem, longest stem first (the bare word is a
 * reading too). The caller decides which reading a lexicon supports: "وزير" is a word, not و+زير.
 */
export function cliticReadings(norm: string): CliticSplit[] {
  const out: CliticSplit[] = [{ prefixLength: 0, proclitics: '', definite: norm.startsWith('ال'), stem: norm }];
  let i = 0;
  let pro = '';
  if (CONJ.includes(norm[i]!) && norm.length - i > 2) { pro += norm[i]; i++; push(); }
  if (PREP.includes(norm[i]!) && norm.length - i > 2) {
    // لل = ل + ال with the alef dropped: the stem regains its article.
    if (norm[i] === 'ل' && norm[i + 1] === 'ل' && norm.length - i > 3) {
      out.push({ prefixLength: i + 1, proclitics: pro + 'ل', definite: true, stem: 'ا' + norm.slice(i + 1) });
    }
    pro += norm[i]; i++; push();
  }
  return out;

  function push(): void {
    const stem = norm.slice(i);
    out.push({ prefixLength: i, proclitics: pro, definite: stem.startsWith('ال'), stem });
  }
}

/** The stem without its article: "العراق" → "عراق". */
export function withoutArticle(stem: string): string {
  return stem.startsWith('ال') && stem.length > 3 ? stem.slice(2) : stem;
}

/** Number of original characters covering the first `normCount` normalized characters of `word`. */
export function originalPrefixLength(word: string, normCount: number): number {
  if (normCount === 0) return 0;
  let seen = 0;
  for (let i = 0; i < word.length; i++) {
    if (normalize(word[i]!) === '') continue;
    seen++;
    if (seen === normCount) {
      // Keep the diacritics attached to the last prefix letter inside the prefix.
      let j = i + 1;
      while (j < word.length && normalize(word[j]!) === '') j++;
      return j;
    }
  }
  return word.length;
}
