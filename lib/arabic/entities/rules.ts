import type { Span, EntityKind } from '../types';
import { tokenize, cliticReadings, originalPrefixLength, type Token } from '../tokenize';
import { PLACES, ORG_ACRONYMS, ORG_HEADS, PERSON_TITLES, TITLE_TAILS, FIRST_NAMES, STOP, SPEECH_VERBS } from './lexicon';

/**
 * First rule-based recognizer for person / place / org: lexicons, titles and heads, then
 * document-level consistency (a surname seen in a full name is the same person later).
 */
export function recognizeEntitiesByRules(text: string): Span[] {
  const tokens = tokenize(text);
  const spans: Span[] = [];
  const taken = new Uint8Array(tokens.length);
  const surnames = new Map<string, EntityKind>();

  const emit = (kind: EntityKind, from: number, to: number, stripFirst: number): void => {
    const first = tokens[from]!;
    const start = first.start + originalPrefixLength(first.text, stripFirst);
    const end = tokens[to]!.end;
    spans.push({ kind, start, end, text: text.slice(start, end) });
    for (let k = from; k <= to; k++) taken[k] = 1;
  };

  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const t = tokens[i]!;
    if (t.numeric) continue;

    // Two-word places first ("الولايات المتحدة", "رام الله").
    const pair = i + 1 < tokens.length && sameSentence(text, t, tokens[i + 1]!) ? readingMatch(t, (s) => PLACES.has(`${s} ${tokens[i + 1]!.norm}`)) : null;
    if (pair) { emit('place', i, i + 1, pair.prefixLength); i++; continue; }

    const place = readingMatch(t, (s) => PLACES.has(s));
    if (place) { emit('place', i, i, place.prefixLength); continue; }

    const acr = readingMatch(t, (s) => ORG_ACRONYMS.has(s));
    if (acr) { emit('org', i, i, acr.prefixLength); continue; }

    const head = readingMatch(t, (s) => ORG_HEADS.has(s));
    if (head && i + 1 < tokens.length && tokens[i + 1]!.norm.startsWith('ال') && sameSentence(text, t, tokens[i + 1]!)) {
      let j = i + 1;
      while (j + 1 < tokens.length && j - i < 4 && continuesOrg(tokens[j + 1]!) && sameSentence(text, tokens[j]!, tokens[j + 1]!)) j++;
      emit('org', i, j, head.prefixLength);
      i = j;
      continue;
    }

    // A person: after a title (and its tails), or starting with a known first name.
    const title = readingMatch(t, (s) => PERSON_TITLES.has(s));
    if (title) {
      let j = i + 1;
      while (j < tokens.length && TITLE_TAILS.has(tokens[j]!.norm)) j++;
      const end = nameEnd(tokens, j, text);
      if (end >= j && looksLikeName(tokens[j]!)) {
        emit('person', j, end, 0);
        if (end > j) surnames.set(tokens[end]!.norm, 'person');
        i = end;
        continue;
      }
    }
    const first = readingMatch(t, (s) => FIRST_NAMES.has(s));
    if (first && i + 1 < tokens.length && looksLikeName(tokens[i + 1]!) && sameSentence(text, t, tokens[i + 1]!)) {
      const end = nameEnd(tokens, i, text);
      if (end > i) {
        emit('person', i, end, first.prefixLength);
        surnames.set(tokens[end]!.norm, 'person');
        i = end;
        continue;
      }
    }
    // Speech verb followed by a single unknown definite word: a surname ("وشدد الجعفري").
    if (i > 0 && SPEECH_VERBS.has(stripConj(tokens[i - 1]!.norm)) && t.norm.startsWith('ال') && t.norm.endsWith('ي') && !STOP.has(t.norm)) {
      emit('person', i, i, 0);
      surnames.set(t.norm, 'person');
    }
  }

  // Document consistency: repeat surnames seen in full names.
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const r = readingMatch(tokens[i]!, (s) => surnames.has(s));
    if (r) emit(surnames.get(r.stem)!, i, i, r.prefixLength);
  }
  return spans.sort((a, b) => a.start - b.start);
}

function readingMatch(t: Token, test: (stem: string) => boolean) {
  for (const r of cliticReadings(t.norm)) if (test(r.stem)) return r;
  return null;
}

function continuesOrg(t: Token): boolean {
  return t.norm.startsWith('ال') && !STOP.has(t.norm) && !SPEECH_VERBS.has(t.norm);
}

function stripConj(norm: string): string {
  return norm.startsWith('و') || norm.startsWith('ف') ? norm.slice(1) : norm;
}

function looksLikeName(t: Token | undefined): boolean {
  return !!t && !t.numeric && !STOP.has(t.norm) && t.norm.length > 1 && !SPEECH_VERBS.has(t.norm);
}

/** Index of the last token of a name starting at `from` (at most four words: "تميم بن حمد آل ثاني"). */
function nameEnd(tokens: Token[], from: number, text: string): number {
  let j = from;
  while (j + 1 < tokens.length && j - from < 4 && sameSentence(text, tokens[j]!, tokens[j + 1]!)) {
    const next = tokens[j + 1]!;
    const connector = next.norm === 'بن' || next.norm === 'ال' || next.norm === 'ابو' || next.norm === 'عبد';
    const prevConnector = ['بن', 'ال', 'ابو', 'عبد'].includes(tokens[j]!.norm);
    const surname = next.norm.startsWith('ال') && next.norm.length > 3 && !STOP.has(next.norm) && !TITLE_TAILS.has(next.norm);
    if (connector || prevConnector || surname || FIRST_NAMES.has(next.norm)) j++;
    else break;
    if (surname && !prevConnector) break;
  }
  return j;
}

/** No sentence punctuation between two tokens. */
function sameSentence(text: string, a: Token, b: Token): boolean {
  return !/[.!?؟،,:؛;«»“”"()\n]/.test(text.slice(a.end, b.start));
}
