/**
 * Quotation marks → quoted ranges. Pairs marks of every style within a paragraph and repairs the
 * broken punctuation of scraped text: an opening mark used as a closer, a closer lost at the end of
 * a paragraph, reversed curly marks (”…“, common in right-to-left typing). Only outermost ranges are
 * returned: a quote inside a quote belongs to the outer one.
 */
import { normalize } from '../normalize';
import { NARRATIVE_OPENERS, SOURCE_WORDS, SPEECH_PARTICIPLES, SPEECH_VERBS } from './lexicon';

export interface QuotedRange {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or -1 when it was missing (the range ran to the paragraph's end). */
  close: number;
  /** The quoted words without marks and surrounding spaces/commas: [start, end). */
  start: number;
  end: number;
}

type Family = 'curly' | 'guillemet' | 'angle' | 'straight' | 'single' | 'curlySingle';
const FAMILY: Record<string, Family> = {
  '“': 'curly', '”': 'curly', '„': 'curly', '‟': 'curly',
  '«': 'guillemet', '»': 'guillemet', '‹': 'angle', '›': 'angle',
  '"': 'straight', "'": 'single', '‘': 'curlySingle', '’': 'curlySingle',
};
const NATURAL_OPEN = new Set(['“', '„', '«', '‹', '‘']);
const NATURAL_CLOSE = new Set(['”', '‟', '»', '›', '’']);
/** Marks that may open in reversed usage (”…“, »…«). */
const REVERSIBLE = new Set(['”', '»', '›']);
const MARK_OR_NEWLINE = /["'«»“”„‟‹›‘’\n]/g;
const SPACE = /[\s\u00A0\u200B-\u200F\u202A-\u202E\u2066-\u2069]/;
const LETTER = /[\p{L}\p{N}]/u;
/** Punctuation that ends the quoted words just before a closing mark. */
const END_PUNCT = /[.,،!?؟…;؛]/;
const TRIM_START = /[\s\u00A0\u200B-\u200F\u202A-\u202E\u2066-\u2069:،,.؛;\-–—…ـ]/;
const TRIM_END = /[\s\u00A0\u200B-\u200F\u202A-\u202E\u2066-\u2069:،,؛;\-–—ـ]/;

interface Open { ch: string; family: Family; at: number }

/** Outermost quoted ranges of the whole text, in order. */
export function pairQuotes(text: string): QuotedRange[] {
  const ranges: QuotedRange[] = [];
  const stack: Open[] = [];
  // A quote left open at the previous paragraph's end, which a closer in this one may finish.
  let carried: Family | null = null;
  let paraStart = 0;

  const flush = (end: number): void => {
    // Marks left open at a paragraph's end lost their closer: run to the end, or to the first sentence
    // where the narrator speaks again ("…. وأضاف").
    carried = null;
    for (const o of stack) {
      if (o.family === 'single' || o.family === 'curlySingle') continue;
      const cut = truncate(text, o.at + 1, end);
      push(o.at, -1, cut);
      if (cut === end && !carried) carried = o.family;
    }
    stack.length = 0;
  };
  const push = (open: number, close: number, end: number): void => {
    const r = trim(text, open + 1, end);
    if (r) ranges.push({ open, close, start: r[0], end: r[1] });
  };

  MARK_OR_NEWLINE.lastIndex = 0;
  for (let m = MARK_OR_NEWLINE.exec(text); m; m = MARK_OR_NEWLINE.exec(text)) {
    const i = m.index;
    const ch = m[0];
    if (ch === '\n') {
      flush(i);
      paraStart = i + 1;
      continue;
    }
    const family = FAMILY[ch]!;
    const prev = i > 0 ? text[i - 1]! : ' ';
    const next = i + 1 < text.length ? text[i + 1]! : ' ';
    const canOpen = !SPACE.test(next) && !END_PUNCT.test(next);
    const canClose = !SPACE.test(prev);
    // An apostrophe inside a word (transliterated names, "Ba'ath") is not a mark.
    if ((family === 'single' || family === 'curlySingle') && LETTER.test(prev) && LETTER.test(next)) continue;
    let k = stack.length - 1;
    while (k >= 0 && stack[k]!.family !== family) k--;
    const isOpen = k >= 0;

    let role: 'open' | 'close' | 'skip';
    if (ch === '„') role = 'open';
    else if (ch === '‟') role = isOpen ? 'close' : 'skip';
    else if (NATURAL_CLOSE.has(ch)) role = isOpen ? 'close' : REVERSIBLE.has(ch) && canOpen && !canClose ? 'open' : 'skip';
    else if (NATURAL_OPEN.has(ch)) {
      // Same style already open: a nested quote, or (scraped text) an opener typed where the closer
      // belongs — decided by what surrounds it.
      role = isOpen && (!canOpen || looksLikeClose(text, i)) ? 'close' : 'open';
    } else if (family === 'single') {
      role = isOpen && canClose ? 'close' : !isOpen && canOpen && !LETTER.test(prev) ? 'open' : 'skip';
    } else {
      // Straight double marks: alternate.
      role = isOpen ? 'close' : canOpen || !canClose ? 'open' : 'skip';
    }

    if (role === 'skip' && carried === family && NATURAL_CLOSE.has(ch) && stack.length === 0) {
      // «…\n…» — a quote broken over two paragraphs: this part runs from the paragraph's start.
      push(paraStart - 1, i, i);
      carried = null;
      continue;
    }
    if (role !== 'skip') carried = null;
    if (role === 'open') stack.push({ ch, family, at: i });
    else if (role === 'close') {
      const o = stack[k]!;
      stack.length = k; // unclosed marks inside it are part of it
      push(o.at, i, i);
    }
  }
  flush(text.length);
  return outermost(ranges);
}

/** Keep ranges not contained in an earlier one (the outer quote owns the inner). */
function outermost(ranges: QuotedRange[]): QuotedRange[] {
  ranges.sort((a, b) => a.open - b.open);
  const out: QuotedRange[] = [];
  let reach = -1;
  for (const r of ranges) {
    const endMark = r.close >= 0 ? r.close : r.end;
    if (r.open < reach) continue;
    out.push(r);
    reach = endMark;
  }
  return out;
}

/** An opener in closing position: punctuation just before it, or attribution words just after. */
function looksLikeClose(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && SPACE.test(text[j]!)) j--;
  if (j >= 0 && END_PUNCT.test(text[j]!)) return true;
  const w = /^\s*([\p{L}\p{M}\u0640]+)/u.exec(text.slice(i + 1, i + 30));
  if (!w) return false;
  let n = normalize(w[1]!);
  if (NARRATIVE_OPENERS.has(n)) return true;
  if ((n.startsWith('و') || n.startsWith('ف')) && n.length > 3) n = n.slice(1);
  return SPEECH_PARTICIPLES.has(n) || SPEECH_VERBS.has(n) || SOURCE_WORDS.has(n);
}

/** End of a quote whose closer is missing: the first sentence end followed by narration, else `end`. */
function truncate(text: string, from: number, end: number): number {
  const re = /[.!؟?]+\s*([\p{L}\p{M}\u0640]+)/gu;
  const inner = text.slice(from, end);
  for (let m = re.exec(inner); m; m = re.exec(inner)) {
    if (NARRATIVE_OPENERS.has(normalize(m[1]!))) return from + m.index + m[0].length - m[1]!.length;
  }
  return end;
}

const EDGE_OPEN = '«“„‹‘"\'”»';
const EDGE_CLOSE = '»”‟›’"\'“«';

function hasMark(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (FAMILY[text[i]!] !== undefined) return true;
  return false;
}

function trim(text: string, s: number, e: number): [number, number] | null {
  for (;;) {
    while (s < e && TRIM_START.test(text[s]!)) s++;
    while (e > s && TRIM_END.test(text[e - 1]!)) e--;
    // Marks doubled around the whole quote ("««…»»", «“…”») or a stray mark at an edge go too;
    // a mark that pairs with one inside the quote stays ("قال لي "لا"").
    const a = text[s];
    const z = text[e - 1];
    if (e - s >= 2 && a && z && EDGE_OPEN.includes(a) && EDGE_CLOSE.includes(z) && !hasMark(text, s + 1, e - 1)) { s++; e--; continue; }
    if (e - s >= 3 && a && EDGE_OPEN.includes(a) && /[.!?؟]/.test(z ?? '') && EDGE_CLOSE.includes(text[e - 2]!) && !hasMark(text, s + 1, e - 2)) { s++; e -= 2; continue; }
    if (a && EDGE_OPEN.includes(a) && !hasMark(text, s + 1, e)) { s++; continue; }
    if (z && EDGE_CLOSE.includes(z) && !hasMark(text, s, e - 1)) { e--; continue; }
    break;
  }
  for (let i = s; i < e; i++) if (LETTER.test(text[i]!)) return [s, e];
  return null;
}
