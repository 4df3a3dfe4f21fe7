import type { Span } from '../types';
import { normalize } from '../normalize';

/** Opening mark → the closing marks that end it. Straight marks open and close alike. */
const PAIRS: Record<string, string> = { '“': '”', '«': '»', '„': '‟”“', '‹': '›', '"': '"', '”': '”' };
const CLOSERS = new Set(['”', '»', '‟', '›']);
const OPENERS = new Set(Object.keys(PAIRS));

// Speech verbs (normalized, conjunction stripped) that name who is quoted.
const SPEECH = /(?:^|\s)[وف]?(?:قال|قالت|اكد|اكدت|اوضح|اوضحت|اشار|اشارت|اضاف|اضافت|شدد|شددت|صرح|صرحت|ذكر|ذكرت|تابع|تابعت|دعا|دعت|ثمن|ثمنت|اعلن|اعلنت|لفت|لفتت|نقل|نقلت|مضيفا|مؤكدا|موكدا|داعيا|مشيرا|لافتا|قوله|بالقول|بحسب|وفق)(?=\s|$|[،,:])/u;
// A term or title in marks, not speech: "بعنوان «…»", "صحيفة «…»", "ما يسمى "…"".
const NOT_SPEECH = /(?:بعنوان|عنوان|كتاب|روايه|فيلم|مسلسل|برنامج|صحيفه|مجله|قناه|موقع|حمله|عمليه|مؤتمر|ندوه|يسمي|يسمونه|ما\s+يعرف\s+ب|المعروف\s+ب|الملقب\s+ب|لقب|شعار|وسم|هاشتاغ)\s*$/u;

interface Mark { ch: string; at: number }

/**
 * Direct quotations with their speaker. `persons` are the person/org spans already found in the
 * same text: the speaker is the nearest one before the quote in its sentence, else the last speaker.
 */
export function recognizeQuotes(text: string, persons: Span[]): Span[] {
  const quotes: Span[] = [];
  let lastSpeaker: string | null = null;
  let paraStart = 0;
  for (const para of text.split(/\n/)) {
    for (const [s, e] of pairMarks(para)) {
      const start = paraStart + s;
      const end = paraStart + e;
      const inner = trimRange(text, start, end);
      if (!inner) continue;
      const before = normalize(text.slice(Math.max(0, start - 60), start - 1));
      const words = text.slice(inner[0], inner[1]).split(/\s+/).length;
      if (NOT_SPEECH.test(before.trimEnd()) || (words < 3 && !SPEECH.test(before))) continue;
      const speaker: string | null = findSpeaker(text, start, persons) ?? (SPEECH.test(before.slice(-40)) || lastSpeaker ? lastSpeaker : null);
      if (speaker) lastSpeaker = speaker;
      quotes.push({ kind: 'quote', start: inner[0], end: inner[1], text: text.slice(inner[0], inner[1]), speaker });
    }
    paraStart += para.length + 1;
  }
  return quotes;
}

/** Pairs of (after opening mark, at closing mark) offsets in one paragraph, repairing broken marks. */
function pairMarks(para: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const open: Mark[] = [];
  for (let i = 0; i < para.length; i++) {
    const ch = para[i]!;
    if (!OPENERS.has(ch) && !CLOSERS.has(ch) && ch !== "'") continue;
    if (ch === "'" ) continue; // apostrophes in transliterated names are far commoner than quotes
    const top = open[open.length - 1];
    const closes = top && PAIRS[top.ch]!.includes(ch) && (CLOSERS.has(ch) || ch === '"' || !/\p{L}/u.test(para[i + 1] ?? ''));
    if (closes) {
      open.pop();
      out.push([top.at + 1, i]);
    } else if (OPENERS.has(ch)) {
      open.push({ ch, at: i });
    }
  }
  // Unclosed openers: an opener used where a closer belongs ends the quote before it; the last one
  // runs to the paragraph's end (a closing mark lost in scraping).
  for (let k = 0; k < open.length; k++) {
    const endAt = k + 1 < open.length ? open[k + 1]!.at : para.length;
    if (k + 1 < open.length) open.splice(k + 1, 1);
    out.push([open[k]!.at + 1, endAt]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

function trimRange(text: string, s: number, e: number): [number, number] | null {
  while (s < e && /[\s.,،:؛]/.test(text[s]!)) s++;
  while (e > s && /[\s,،:؛]/.test(text[e - 1]!)) e--;
  return e - s >= 2 ? [s, e] : null;
}

/** The person named before the quote in its sentence, in its fullest form in the text. */
function findSpeaker(text: string, quoteStart: number, persons: Span[]): string | null {
  const windowStart = Math.max(0, quoteStart - 200);
  const sentence = text.slice(windowStart, quoteStart);
  const cut = Math.max(sentence.lastIndexOf('.'), sentence.lastIndexOf('”'), sentence.lastIndexOf('»'));
  const from = windowStart + (cut >= 0 ? cut + 1 : 0);
  let best: Span | null = null;
  for (const p of persons) if (p.start >= from && p.end <= quoteStart && (p.kind === 'person' || p.kind === 'org')) best = p;
  if (!best) return null;
  return fullestForm(best, persons);
}

/** "الجعفري" → "إبراهيم الجعفريّ" when the text names him so elsewhere. */
export function fullestForm(span: Span, persons: Span[]): string {
  const key = normalize(span.text);
  let best = span.text;
  for (const p of persons) {
    if (p.kind !== span.kind) continue;
    const n = normalize(p.text);
    if (n.length > normalize(best).length && (n.endsWith(' ' + key) || n.startsWith(key + ' '))) best = p.text;
  }
  return best;
}
