/**
 * Marks that do not quote speech: titles (ندوة بعنوان «…»), names of papers and programmes
 * (صحيفة «…»), so-called terms (ما يسمى "…"), nicknames (الملقب بـ«…»), and short scare quotes.
 */
import { normalize } from '../normalize';
import type { QuotedRange } from './marks';
import { pairQuotes } from './marks';
import { NAMING_CUES, ORG_HEADS, QAWL, BIL_QAWL, SOURCE_WORDS, SPEECH_PARTICIPLES, SPEECH_VERBS, TERM_CUES } from './lexicon';

const ARABIC_LETTER = /[\u0620-\u064A\u066E-\u06D3]/;
/** Construct nouns whose genitive may be a quoted name ("زعيم «…»", "قائد «…»"). */
const CONSTRUCT_HEADS = new Set(['زعيم', 'قائد', 'رئيس', 'امير', 'مؤسس', 'عناصر', 'مقاتلو', 'مقاتلي', 'قيادي', 'عضو', 'اعضاء', 'امين', 'متحدث', 'الناطق', 'ناطق', 'مسؤول', 'بيان', 'حساب', 'صفحه', 'موقع', 'قياده', 'عن'].map(normalize));
const COMPLEMENTIZERS = new Set(['ان', 'بان', 'انه', 'انها', 'بانه', 'بانها']);
const WORD = /[\p{L}\p{M}\u0640]+/gu;
/** Clause-breaking punctuation: words beyond it do not describe the mark. */
const CLAUSE_BREAK = /[.!?؟،,:؛;()«»“”"„‟‹›\n]/;

/** Normalized words of the clause just before `at` (nearest last), at most `max`. */
function wordsBefore(text: string, at: number, max: number): string[] {
  let from = at;
  const limit = Math.max(0, at - 160);
  while (from > limit && !CLAUSE_BREAK.test(text[from - 1]!)) from--;
  const words = (text.slice(from, at).match(WORD) ?? []).map(normalize).filter((w) => w !== 'ب' && w !== 'ل' && w !== 'ك' && w !== '');
  return words.slice(-max);
}

/** Normalized words just after `at`, up to a full stop (commas allowed: "«…»، قال الوزير"). */
function wordsAfter(text: string, at: number, max: number): string[] {
  const chunk = text.slice(at, at + 60);
  const stop = chunk.search(/[.!?؟:\n«“"]/);
  return (chunk.slice(0, stop < 0 ? chunk.length : stop).match(WORD) ?? []).slice(0, max).map(normalize);
}

/** The word with a conjunction or preposition prefix removed, and the word itself. */
function variants(w: string): string[] {
  const out = [w];
  if (w.length > 3 && (w[0] === 'و' || w[0] === 'ف')) out.push(w.slice(1));
  const last = out[out.length - 1]!;
  if (last.length > 3 && (last[0] === 'ب' || last[0] === 'ل' || last[0] === 'ك')) out.push(last.slice(1));
  return out;
}

const has = (set: ReadonlySet<string>, w: string): boolean => variants(w).some((v) => set.has(v));

export function isSpeechCue(w: string): boolean {
  return has(SPEECH_VERBS, w) || has(SPEECH_PARTICIPLES, w) || has(SOURCE_WORDS, w) || QAWL.has(w) || BIL_QAWL.has(w);
}

/** An adjective-like word that may sit between a cue noun and the mark ("برنامج تلفزيوني «…»"). */
function adjectiveLike(w: string): boolean {
  return w.startsWith('ال') || w.endsWith('ي') || w.endsWith('يه');
}

/** True when the marks around `r` hold a title, a name or a term rather than speech. */
export function isNonSpeech(text: string, r: QuotedRange): boolean {
  // The second part of a quote broken over paragraphs has the first part's status.
  if (text[r.open] === '\n') return false;
  const content = text.slice(r.start, r.end);
  // Arabic news quotes speech in Arabic: marks around Latin text are code, URLs or foreign names.
  if (!ARABIC_LETTER.test(content)) return true;
  // A hashtag, or a name after لـ ("قال لـ«الشرق الأوسط»"), is never speech.
  if (content[0] === '#' || (/(?:^|[\s\u00A0(])[لب]ـ?\s*$/.test(text.slice(Math.max(0, r.open - 4), r.open)) && isShortName(text, r))) return true;
  const clause = wordsBefore(text, r.open, 16);
  const before = clause.slice(-4);
  const last = before[before.length - 1];
  // The noun or naming verb right before the mark decides.
  if (last && (has(TERM_CUES, last) || has(NAMING_CUES, last))) return true;
  const anyVerb = clause.some((w) => has(SPEECH_VERBS, w));
  for (let k = before.length - 2; k >= Math.max(0, before.length - 3); k--) {
    if (!has(TERM_CUES, before[k]!) && !has(NAMING_CUES, before[k]!)) continue;
    if (!anyVerb && before.slice(k + 1).every(adjectiveLike)) return true;
  }
  const words = (content.match(WORD) ?? []).length;
  if (words > 4) return false;
  const afterMark = r.close >= 0 ? r.close + 1 : r.end;
  const next = text.slice(afterMark, afterMark + 40);
  // A short name in marks: labelling a speaker ("وقال “ابن مساعد”: …"), a construct's genitive
  // ("زعيم «جيش الإسلام»"), or the subject of a verb ("أعلن «اتحاد التنسيقيات»، أن").
  if (/^\s*:/.test(next)) return true;
  // A short quote that opens with an organization or title noun in construct is a name
  // ("«هيئة الاستقرار المالي»"); a definite one may start a sentence ("«الحكومة ستتابع…»").
  const firstWord = normalize((content.match(WORD) ?? [''])[0]!);
  if (!firstWord.startsWith('ال') && (ORG_HEADS.has(firstWord) || TERM_CUES.has(firstWord))) return true;
  if (last && CONSTRUCT_HEADS.has(last)) return true;
  if (last && has(SPEECH_VERBS, last) && /^\s*[،,]?\s*(?:أن|إن|ان|بأن|بان)\s/.test(next)) return true;
  if (words === 4) return false;
  // One quoted word is speech only after a colon or right before a verb ("«مستحيل»، قال");
  // otherwise it is a name or a word set apart («قال "كارتر" إن…», «و"المرتدين"»).
  const first = wordsAfter(text, afterMark, 1)[0];
  const verbAfter = first !== undefined && has(SPEECH_VERBS, first) && /^\s*[،,]/.test(next);
  if (words === 1) return !colonBefore(text, r.open) && !verbAfter;
  // "مشيرا إلى أن «…»": a complementizer lets the cue sit further back; a single word after
  // "بأنها" was handled above as a characterization ("وصفها بأنها «مهزلة»").
  const reach = last && COMPLEMENTIZERS.has(last) ? clause.length : 2;
  if (colonBefore(text, r.open) || clause.slice(-reach).some(isSpeechCue)) return false;
  // A quote that makes up its own sentence ("\n«سنبني دولة القانون».") is speech.
  if (sentenceStart(text, r.open) && /^\s*(?:[.،,!؟?]|$)/.test(next)) return false;
  return !wordsAfter(text, afterMark, 3).some(isSpeechCue);
}

/** Up to four words: a name after لـ/بـ ("لـ«الأهرام»"); longer text after بـ is a quoted fragment. */
function isShortName(text: string, r: QuotedRange): boolean {
  const before = text.slice(Math.max(0, r.open - 4), r.open);
  const n = (text.slice(r.start, r.end).match(WORD) ?? []).length;
  return /ل\S?\s*$/.test(before) ? n <= 4 : n <= 2;
}

function sentenceStart(text: string, at: number): boolean {
  let j = at - 1;
  while (j >= 0 && /[\s\u0640]/.test(text[j]!)) j--;
  return j < 0 || /[.!?؟\n]/.test(text[j]!);
}

function colonBefore(text: string, at: number): boolean {
  let j = at - 1;
  while (j >= 0 && /[\s\u0640]/.test(text[j]!)) j--;
  return j >= 0 && text[j] === ':';
}

/** Quoted titles, names and terms (not speech): a reader may style them apart from quotes. */
export function recognizeQuotedTerms(text: string): QuotedRange[] {
  return pairQuotes(text).filter((r) => isNonSpeech(text, r));
}
