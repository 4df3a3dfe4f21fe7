/**
 * Who said a quotation. Reads the speech cue nearest the quote (a verb before or after it, a
 * participle, بحسب/وفق, "عن X قوله", "X بالقول"), parses the subject after the cue, and resolves it:
 * a person (fullest form written in the text), an organization, a title (the person the article names
 * for it), an unnamed source (null), or a pronoun (the last speaker). Works from the entity spans
 * when they cover the subject, and from the words themselves when they do not.
 */
import type { Span } from '../types';
import { normalize } from '../normalize';
import { originalPrefixLength, type Token } from '../tokenize';
import { stableLetter, words } from './words';
import type { QuotedRange } from './marks';
import {
  ANONYMOUS, BIL_QAWL, HONORIFIC_PRONOUNS, NAME_CONNECTORS, NISBAS, NP_STOP, ORG_HEADS, QAWL, SOURCE_WORDS, SPEECH_PARTICIPLES,
  SPEECH_VERBS, STATEMENT_NOUNS, STOPWORDS, TITLE_HEADS, TITLE_TAILS,
} from './lexicon';

type Cue = 'verb' | 'participle' | 'source' | 'qawl' | 'bilqawl';
/** What a subject phrase turned out to be. */
interface Subject {
  kind: 'person' | 'org' | 'title' | 'anonymous' | 'statement' | 'empty';
  /** Token range [from, to) of the whole phrase. */
  from: number;
  to: number;
  /** Name tokens (person) or title tokens (title). */
  nameFrom?: number;
  nameTo?: number;
  /** A person or org entity span that covers the subject. */
  entity?: Span;
  /** A name read from the words alone, with no title or entity span to confirm it. */
  loose?: boolean;
}

/** Clause breaks between two tokens (a comma ends a subject phrase, so it counts). */
const CLAUSE_BREAK = /[.!?؟،,:؛;()«»“”"„‟‹›'‘’\n]/;
const SENTENCE_END = /[.!?؟\n]/;

const SPOKESPERSON = new Set(['المتحدث', 'الناطق', 'المتحدثه', 'الناطقه', 'متحدث', 'ناطق'].map(normalize));
const QUANTIFIERS = new Set(['احد', 'احدي', 'بعض', 'كبار', 'معظم', 'عدد', 'كثير', 'عشرات', 'مئات', 'الاف', 'غالبيه'].map(normalize));
const KIN = new Set(['ابنه', 'نجله', 'شقيقه', 'اخوه', 'والده', 'زميله', 'محاميه', 'مستشاره', 'مساعده', 'نائبه', 'صديقه', 'ابنها', 'زوجها', 'شقيقها', 'محاميها'].map(normalize));
/** "زميلته", "شقيقه": a relation or role with a possessive, before a name. */
const possessiveRole = (w: string): boolean => KIN.has(w) || (w.length > 4 && /ت(ه|ها)$/.test(w));
const stripConj = (w: string): string => (w.length > 3 && (w[0] === 'و' || w[0] === 'ف') ? w.slice(1) : w);
const deArticle = (w: string): string => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w);
const definite = (w: string): boolean => w.startsWith('ال') && w.length > 3 && !STOPWORDS.has(w) && !NP_STOP.has(w);

function cueOf(norm: string): Cue | null {
  const w = stripConj(norm);
  if (SPEECH_VERBS.has(w) || SPEECH_VERBS.has(norm)) return 'verb';
  // "هذا ما قالته", "ما أكده": a verb with an object pronoun.
  const stem = w.endsWith('ها') ? w.slice(0, -2) : w.endsWith('ه') ? w.slice(0, -1) : '';
  if (stem.length > 2 && (SPEECH_VERBS.has(stem) || (stem.endsWith('ت') && SPEECH_VERBS.has(stem)))) return 'verb';
  if (SPEECH_PARTICIPLES.has(w)) return 'participle';
  if (SOURCE_WORDS.has(w) || SOURCE_WORDS.has(norm)) return 'source';
  if (QAWL.has(norm)) return 'qawl';
  if (BIL_QAWL.has(norm)) return 'bilqawl';
  return null;
}

export class Attributor {
  private readonly tokens: Token[];
  private readonly people: Span[];
  private readonly orgs: Span[];
  private readonly places: Span[];
  private last: { at: number; end: number; speaker: string } | null = null;
  private readonly fullestMemo = new Map<string, string>();
  private peopleCache: Array<{ words: string[]; norms: string[] }> | undefined;

  constructor(private readonly text: string, entities: Span[]) {
    this.tokens = words(text);
    this.people = entities.filter((e) => e.kind === 'person');
    this.orgs = entities.filter((e) => e.kind === 'org');
    this.places = entities.filter((e) => e.kind === 'place');
  }

  /** Speaker of `q`; `prevEnd` is where the previous quote ended (its sentence context stops there). */
  speakerFor(q: QuotedRange, prevEnd: number): string | null {
    const speaker = this.attribute(q, prevEnd);
    if (speaker) this.last = { at: q.open, end: q.close >= 0 ? q.close + 1 : q.end, speaker };
    return speaker;
  }

  private attribute(q: QuotedRange, prevEnd: number): string | null {
    const t = this.text;
    // The clause before the quote: back to the sentence start or the previous quote.
    let from = q.open;
    const limit = Math.max(prevEnd, q.open - 400, 0);
    while (from > limit && !SENTENCE_END.test(t[from - 1]!)) from--;
    const a = this.firstTokenAt(from);
    const b = this.firstTokenAt(q.open);
    for (let i = b - 1; i >= a; i--) {
      const cue = cueOf(this.tokens[i]!.norm);
      if (!cue) continue;
      const r = this.fromCue(cue, i, a, q.open);
      if (r !== undefined) return r;
    }
    // A cue after the quote: "«…»، قال الوزير", "«…» بحسب البيان".
    const closeAt = q.close >= 0 ? q.close + 1 : q.end;
    const c = this.firstTokenAt(closeAt);
    for (let i = c; i < Math.min(c + 3, this.tokens.length); i++) {
      const tok = this.tokens[i]!;
      if (SENTENCE_END.test(t.slice(closeAt, tok.start)) || /[«“„‹"]/.test(t.slice(closeAt, tok.start))) break;
      const cue = cueOf(tok.norm);
      if (cue === 'verb' || cue === 'source') {
        const s = this.subject(i + 1, Infinity);
        const r = this.resolve(s, q.open);
        return r === undefined ? this.previous(q.open) : r;
      }
    }
    // No cue: a name in the clause ("الجعفري: «…»"), else a quote opening its sentence continues the
    // last speaker, else nobody is named.
    const named = this.nameBeforeColon(q.open);
    if (named) return named;
    if (b === a) return this.previous(q.open);
    return null;
  }

  /**
   * Speaker from the cue at token i; undefined when this cue does not decide (keep looking further
   * back), null for an unnamed or unresolvable speaker.
   */
  private fromCue(cue: Cue, i: number, clauseStart: number, quoteAt: number): string | null | undefined {
    if (cue === 'verb') {
      const s = this.subject(i + 1, quoteAt);
      if (s.kind !== 'empty') return this.resolve(s, quoteAt) ?? null;
      // "وكان الرئيس محمود عباس قد قال": the subject follows كان at the clause start.
      // "أما الائتلاف الوطني، فقد دعا": the topic before فـ is the subject.
      for (let k = clauseStart; k < i; k++) {
        if (!/^[وف]?(كان|كانت|اما)$/.test(this.tokens[k]!.norm)) continue;
        const sub = this.subject(k + 1, this.tokens[i]!.start);
        const r = sub.kind === 'empty' ? undefined : this.resolve(sub, quoteAt);
        if (r !== undefined) return r;
      }
      // "مصدر أمني متابع للقضية قال": an unnamed subject before the verb.
      if (clauseStart < i && ANONYMOUS.has(this.tokens[clauseStart]!.norm)) return null;
      // A pronoun subject ("وأضاف:") continues the last speaker.
      return this.previous(this.tokens[i]!.start);
    }
    if (cue === 'bilqawl') return undefined; // the verb before it carries the subject
    if (cue === 'participle') {
      // "…، مضيفا أن «…»": the subject of the clause's verb, found further back, else the last speaker.
      for (let k = i - 1; k >= clauseStart; k--) {
        if (cueOf(this.tokens[k]!.norm) === 'verb') return this.fromCue('verb', k, clauseStart, quoteAt);
      }
      // "ورفض الوزير …، معتبرا": the sentence opens with a verb (و + verb) and its subject.
      if (clauseStart < i && /^[وف]/.test(this.tokens[clauseStart]!.norm)) {
        const s = this.subject(clauseStart + 1, this.tokens[i]!.start);
        if ((s.kind === 'person' && (!s.loose || this.confirmed(s))) || s.kind === 'title' || s.kind === 'org') {
          const r = this.resolve(s, quoteAt);
          if (r) return r;
        }
      }
      return this.previous(this.tokens[i]!.start);
    }
    if (cue === 'source') {
      const s = this.subject(i + 1, quoteAt);
      return s.kind === 'empty' ? this.previous(this.tokens[i]!.start) : (this.resolve(s, quoteAt) ?? null);
    }
    // "نقل … عن الجعفري قوله": whoever follows the nearest عن.
    for (let k = i - 1; k >= clauseStart; k--) {
      if (this.tokens[k]!.norm === 'عن') {
        const s = this.subject(k + 1, this.tokens[i]!.start);
        return this.resolve(s, quoteAt) ?? null;
      }
    }
    return this.previous(this.tokens[i]!.start);
  }

  /** The last speaker before `at`: a quote's speaker, or the subject of a speech verb after it. */
  private previous(at: number): string | null {
    const stop = this.last ? this.last.end : -1;
    for (let i = this.firstTokenAt(at) - 1, n = 0; i >= 0 && n < 160 && this.tokens[i]!.start >= stop; i--, n++) {
      if (cueOf(this.tokens[i]!.norm) !== 'verb') continue;
      const s = this.subject(i + 1, Infinity);
      if (s.kind === 'anonymous') return null;
      // A verb with a pronoun subject is followed by its object ("وكشف مصير هؤلاء"): a bare word
      // run counts as a speaker here only when something else confirms it is a name.
      if (s.kind === 'person' && s.loose && !this.confirmed(s)) continue;
      if (s.kind === 'person' || s.kind === 'org' || s.kind === 'title') {
        const r = this.resolve(s, at);
        if (r) return r;
      }
    }
    return this.last?.speaker ?? null;
  }

  /** Parse the subject phrase starting at token `i` (stops at a clause break, a particle, `limit`). */
  private subject(i: number, limit: number): Subject {
    const tk = this.tokens;
    let j = i;
    let commaOk = true;
    while (j < tk.length && j - i < 14 && tk[j]!.end <= limit) {
      const w = tk[j]!.norm;
      if ((NP_STOP.has(w) && !this.isAli(j)) || cueOf(w)) break;
      if (j > i && CLAUSE_BREAK.test(this.text.slice(tk[j - 1]!.end, tk[j]!.start))) {
        // "رئيس الوزراء اللبناني الأسبق، سعد الحريري،": a name set off by commas after a title.
        if (!(commaOk && /^\s*[،,]\s*$/.test(this.text.slice(tk[j - 1]!.end, tk[j]!.start)) && this.titleChain(i, j))) break;
        commaOk = false;
      }
      if (j === i && i > 0 && /[.!?؟:\n«“"»”]/.test(this.text.slice(tk[i - 1]!.end, tk[i]!.start))) break;
      j++;
    }
    const s: Subject = { kind: 'empty', from: i, to: j };
    if (j === i) return s;
    const w0 = tk[i]!.norm;
    if (HONORIFIC_PRONOUNS.has(w0) || (STOPWORDS.has(w0) && !this.isAli(i))) return { ...s, to: i };
    if (STATEMENT_NOUNS.has(w0)) return { ...s, kind: 'statement' };
    const w1 = j > i + 1 ? tk[i + 1]!.norm : null;
    if (QUANTIFIERS.has(w0)) return { ...s, kind: 'anonymous' }; // "أحد المغردين", "بعض السكان"
    const unnamed = ANONYMOUS.has(w0) && (w1 === null || !definite(w1) || ANONYMOUS.has(w1));
    // "المصادر", "المصدر": the unnamed source mentioned before.
    if (definite(w0) && !TITLE_HEADS.has(w0) && ANONYMOUS.has(deArticle(w0))) return { ...s, kind: 'anonymous' };
    if (TITLE_HEADS.has(w0)) {
      let k = i + 1;
      let bism = SPOKESPERSON.has(w0); // "المتحدث باسم …" takes one باسم; a second is a first name
      while (k < j && (this.titleWord(tk[k]!.norm, tk[k - 1]!.norm, bism) || this.coveredBy(this.places, k))) {
        if (tk[k]!.norm === 'باسم') bism = false;
        k++;
      }
      let nameEnd = this.nameEnd(k, j);
      if (nameEnd === k && k - 1 === i + 1 && definite(tk[k - 1]!.norm) && !this.known(tk[k - 1]!.norm) && !this.coveredBy(this.places, k - 1)) {
        // "الرئيس السيسي": a definite surname read as part of the title.
        k--;
        nameEnd = k + 1;
      }
      if (nameEnd > k) return { ...s, kind: 'person', nameFrom: k, nameTo: nameEnd };
      // "النائب عن ائتلاف "دولة القانون" محمد الصيهود إن", "القيادي في الإطار علي الفتلاوي بأن".
      const affiliated = k === j && j < tk.length && (tk[j]!.norm === 'في' || tk[j]!.norm === 'عن') ? this.nameAfterAffiliation(j + 1, limit) : null;
      if (affiliated) return { ...s, kind: 'person', to: affiliated[1], nameFrom: affiliated[0], nameTo: affiliated[1] };
      if (unnamed) return { ...s, kind: 'anonymous' };
      return { ...s, kind: 'title', nameFrom: i, nameTo: k };
    }
    if (unnamed) return { ...s, kind: 'anonymous' };
    if (ANONYMOUS.has(w0)) {
      // "خبير الاقتصاد اليوناني يانيس فاروفاكيس": named only when a full name follows.
      let k = i + 1;
      while (k < j && this.titleWord(tk[k]!.norm, tk[k - 1]!.norm, false)) k++;
      const e = this.nameEnd(k, j);
      return e - k >= 2 ? { ...s, kind: 'person', nameFrom: k, nameTo: e } : { ...s, kind: 'anonymous' };
    }
    if (ORG_HEADS.has(w0)) {
      let k = i + 1;
      while (k < j && k - i < 6 && (definite(tk[k]!.norm) || definite(stripConj(tk[k]!.norm)) || ORG_HEADS.has(tk[k]!.norm) || this.coveredBy(this.places, k))) k++;
      return { ...s, kind: 'org', nameFrom: i, nameTo: k };
    }
    const person = this.people.find((p) => p.start === tk[i]!.start);
    if (person) return { ...s, kind: 'person', entity: person };
    const org = this.orgs.find((o) => o.start === tk[i]!.start);
    if (org) return { ...s, kind: 'org', entity: org };
    // A plural definite noun ("المتظاهرون") is not a name.
    if (definite(w0) && /(ون|ين)$/.test(w0)) return { ...s, kind: 'anonymous' };
    // "أكدت الفوتوغرافية سوزان اسكندر": a definite word before an indefinite name is a role.
    // So is a word with a possessive ("زميلته منى عادل", "شقيقه أحمد").
    const role = definite(w0) || possessiveRole(w0);
    let r1 = i + 1;
    while (role && r1 < j - 1 && TITLE_HEADS.has(tk[r1]!.norm) && !definite(tk[r1]!.norm)) r1++; // "اللفتنانت جنرال"
    const n1 = r1 < j ? tk[r1]!.norm : null;
    if (role && n1 !== null && !definite(n1) && !this.known(n1) && !NAME_CONNECTORS.has(n1) && !STOPWORDS.has(n1) && !NP_STOP.has(n1) && n1.length > 2) {
      const e = this.nameEnd(r1, j);
      if (e > r1) return { ...s, kind: 'person', nameFrom: r1, nameTo: e };
    }
    const nameEnd = this.nameEnd(i, j);
    return nameEnd > i ? { ...s, kind: 'person', nameFrom: i, nameTo: nameEnd, loose: true } : { ...s, to: i };
  }

  /**
   * The name that ends an affiliation phrase starting at token m ("ائتلاف "دولة القانون" محمد
   * الصيهود إن"): the name-like run just before the complementizer or colon. [from, to) or null.
   */
  private nameAfterAffiliation(m: number, limit: number): [number, number] | null {
    const tk = this.tokens;
    let stop = m;
    while (stop < tk.length && stop - m < 9 && tk[stop]!.end <= limit) {
      const w = tk[stop]!.norm;
      if ((NP_STOP.has(w) && !this.isAli(stop)) || cueOf(w)) break;
      if (stop > m && /[.!?؟:؛;\n]/.test(this.text.slice(tk[stop - 1]!.end, tk[stop]!.start))) break;
      stop++;
    }
    // The phrase must end at a complementizer, a colon or the limit (the quote), not mid-sentence.
    const endsWell = stop >= tk.length || tk[stop]!.end > limit || NP_STOP.has(tk[stop]!.norm) || /:/.test(this.text.slice(tk[stop - 1]!.end, tk[stop]!.start));
    if (!endsWell || stop - m < 2) return null;
    let from = stop - 1;
    while (from > m && stop - from < 3 && !CLAUSE_BREAK.test(this.text.slice(tk[from - 1]!.end, tk[from]!.start))) {
      const w = tk[from - 1]!.norm;
      if ((definite(w) && !NAME_CONNECTORS.has(tk[from - 2]?.norm ?? '')) || this.known(w) || (STOPWORDS.has(w) && !this.isAli(from - 1))) break;
      from--;
    }
    if (stop - from < 2 || this.coveredBy(this.places, from) || this.coveredBy(this.orgs, from)) return null;
    return [from, stop];
  }

  /** Tokens [i, j) are a title alone ("رئيس الوزراء اللبناني الأسبق"). */
  private titleChain(i: number, j: number): boolean {
    if (!TITLE_HEADS.has(this.tokens[i]!.norm)) return false;
    for (let k = i + 1; k < j; k++) if (!this.titleWord(this.tokens[k]!.norm, this.tokens[k - 1]!.norm, false)) return false;
    return true;
  }

  /** A loose name is confirmed by a person span on it, or a fuller form of it elsewhere. */
  private confirmed(s: Subject): boolean {
    const tk = this.tokens;
    if (this.coveredBy(this.people, s.nameFrom!)) return true;
    const name = this.text.slice(tk[s.nameFrom!]!.start, tk[s.nameTo! - 1]!.end);
    return this.fullest(name) !== name;
  }

  /** "علي" spelled with ya is the name; the preposition على is spelled with alef maqsura. */
  private isAli(k: number): boolean {
    const t = this.tokens[k]!;
    return t.norm === 'علي' && /ي[\u064B-\u0652]*$/.test(t.text);
  }

  /** Readings of a word without a conjunction/preposition prefix ("والبنية", "للأمن" → "الامن"). */
  private bare(w: string): string[] {
    const out = [w];
    let x = w;
    if (x.length > 3 && (x[0] === 'و' || x[0] === 'ف')) out.push((x = x.slice(1)));
    if (x.startsWith('لل') && x.length > 3) out.push('ا' + x.slice(1));
    else if (x.length > 3 && (x[0] === 'ل' || x[0] === 'ب')) out.push(x.slice(1));
    return out;
  }

  /** A known title, title tail, nisba or organization word, in any reading. */
  private known(w: string): boolean {
    return this.bare(w).some((b) => TITLE_TAILS.has(b) || NISBAS.has(b) || ORG_HEADS.has(b) || TITLE_HEADS.has(b));
  }

  /**
   * A word that continues a title: known, or definite, or the genitive after a construct head
   * ("إقليم كردستان"); "باسم" only right after المتحدث/الناطق (else it is a first name).
   */
  private titleWord(w: string, prev: string, bism: boolean): boolean {
    if (w === 'باسم') return bism;
    if (this.known(w) || this.bare(w).some(definite)) return true;
    // "المدير الفني لبرشلونة": a prepositional complement after a definite title word.
    if (w.length > 3 && w[0] === 'ل' && definite(prev) && !TITLE_HEADS.has(prev)) return true;
    return prev.length > 1 && !definite(prev) && (ORG_HEADS.has(prev) || TITLE_HEADS.has(prev)) && !HONORIFIC_PRONOUNS.has(prev) && !STOPWORDS.has(w);
  }

  private coveredBy(spans: Span[], k: number): boolean {
    const t = this.tokens[k]!;
    return spans.some((p) => p.start < t.end && t.start < p.end);
  }

  /** End (exclusive) of a name starting at token k, within [k, j). */
  private nameEnd(k: number, j: number): number {
    const tk = this.tokens;
    let e = k;
    while (e < j && e - k < 6) {
      const w = tk[e]!.norm;
      const afterConnector = e > k && NAME_CONNECTORS.has(tk[e - 1]!.norm);
      if ((STOPWORDS.has(w) && !this.isAli(e)) || cueOf(w)) break;
      // After "بن محمد" only another connector or a family name goes on ("بن محمد آل مكتوم").
      if (e - 2 >= k && NAME_CONNECTORS.has(tk[e - 2]!.norm) && !NAME_CONNECTORS.has(w) && !definite(w)) break;
      // "جورج ستاثاكيس لتلفزيون بلومبيرج": a prepositional phrase after a two-word name ends it.
      if (e - k >= 2 && !afterConnector && w.length > 4 && (w[0] === 'ل' || w[0] === 'ب')) break;
      // A title after the name ends it ("محمد معيط وزير المالية"); a nisba may be a surname.
      if (e > k && !afterConnector && !NAME_CONNECTORS.has(w) && this.bare(w).some((b) => TITLE_HEADS.has(b) || TITLE_TAILS.has(b) || ORG_HEADS.has(b))) break;
      e++;
      // A definite word closes the name ("إبراهيم الجعفري"), unless a connector precedes it ("آل ثاني").
      if (definite(w) && !afterConnector) break;
    }
    return e;
  }

  /** Resolve a subject to the speaker's name as written; null = nobody named; undefined = pronoun. */
  private resolve(s: Subject, at: number): string | null | undefined {
    const tk = this.tokens;
    switch (s.kind) {
      case 'empty':
        return undefined;
      case 'anonymous':
        return null;
      case 'person':
        if (s.entity) return this.fullest(s.entity.text);
        return this.fullest(this.text.slice(tk[s.nameFrom!]!.start, tk[s.nameTo! - 1]!.end));
      case 'org': {
        if (s.entity) return s.entity.text;
        const written = this.text.slice(tk[s.nameFrom!]!.start, tk[s.nameTo! - 1]!.end);
        // "الوزارة" alone: the organization of that kind the article named before.
        if (s.nameTo! - s.nameFrom! === 1 && definite(tk[s.nameFrom!]!.norm)) return this.orgFor(tk[s.nameFrom!]!.norm, at) ?? written;
        return written;
      }
      case 'title':
        return this.personForTitle(s.nameFrom!, s.nameTo!, at);
      case 'statement':
        return this.issuer(s.from, at);
    }
  }

  /** Who issued the statement at token k0: named after it, or (for "البيان") the one issued before. */
  private issuer(k0: number, at: number): string | null {
    const after = this.issuerAfter(k0);
    if (after) return after;
    if (definite(this.tokens[k0]!.norm)) {
      for (let k = k0 - 1; k >= Math.max(0, k0 - 300); k--) {
        const w = this.tokens[k]!.norm;
        if (definite(w) || !this.bare(w).some((b) => STATEMENT_NOUNS.has(b) || b === 'بيانا')) continue;
        const r = this.issuerAfter(k) ?? this.clauseSubject(k);
        if (r) return r;
      }
    }
    return null;
  }

  /** "بيان صادر عن وزارة الخارجية", "بيان لوزارة الداخلية": the organization named in the phrase. */
  private issuerAfter(k0: number): string | null {
    const tk = this.tokens;
    for (let k = k0 + 1; k < Math.min(k0 + 5, tk.length); k++) {
      if (CLAUSE_BREAK.test(this.text.slice(tk[k - 1]!.end, tk[k]!.start))) break;
      const span = this.orgs.find((o) => o.start < tk[k]!.end && tk[k]!.start < o.end);
      if (span) return span.text;
      const w = tk[k]!.norm;
      const bare = this.bare(w);
      if (!bare.some((b) => ORG_HEADS.has(b))) continue;
      let e = k + 1;
      while (e < tk.length && e - k < 4 && (definite(stripConj(tk[e]!.norm))) && !CLAUSE_BREAK.test(this.text.slice(tk[e - 1]!.end, tk[e]!.start))) e++;
      const skip = ORG_HEADS.has(w) ? 0 : originalPrefixLength(tk[k]!.text, w.length - bare[bare.length - 1]!.length + (bare[bare.length - 1]!.startsWith('ا') && w.startsWith('لل') ? 1 : 0));
      return this.text.slice(tk[k]!.start + skip, tk[e - 1]!.end);
    }
    return null;
  }

  /** The subject of the verb opening the clause of token k ("أصدرت وزارة الداخلية بيانا"). */
  private clauseSubject(k: number): string | null {
    const tk = this.tokens;
    let c = k;
    while (c > 0 && k - c < 12 && !SENTENCE_END.test(this.text.slice(tk[c - 1]!.end, tk[c]!.start))) c--;
    if (c >= k) return null;
    const s = this.subject(c + 1, tk[k]!.start);
    return s.kind === 'org' || s.kind === 'person' ? (this.resolve(s, tk[k]!.start) ?? null) : null;
  }

  /** The person the text names with this title ("وزير الخارجية إبراهيم الجعفري"), nearest before `at`. */
  private personForTitle(from: number, to: number, at: number): string | null {
    const tk = this.tokens;
    const want = tk.slice(from, to).map((t) => deArticle(t.norm)).filter((w) => w !== 'باسم');
    let best: string | null = null;
    let bestAfter: string | null = null;
    const letter = stableLetter(want[0]!);
    for (let i = 0; i < tk.length; i++) {
      if (!tk[i]!.text.includes(letter)) continue;
      if (deArticle(stripConj(tk[i]!.norm)) !== want[0] && deArticle(tk[i]!.norm) !== want[0]) continue;
      const s = this.subjectAsTitle(i);
      if (!s) continue;
      const have = new Set(tk.slice(i, s.nameFrom).flatMap((t) => [deArticle(t.norm), deArticle(stripConj(t.norm))]));
      if (!want.every((w) => have.has(w))) continue;
      const name = s.entity ? s.entity.text : this.text.slice(tk[s.nameFrom!]!.start, tk[s.nameTo! - 1]!.end);
      if (tk[i]!.start < at) best = name;
      else if (!bestAfter) bestAfter = name;
    }
    const found = best ?? bestAfter;
    return found ? this.fullest(found) : null;
  }

  /** At a title head: the name that follows its title, if any. */
  private subjectAsTitle(i: number): (Subject & { nameFrom: number }) | null {
    const s = this.subject(i, Infinity);
    return s.kind === 'person' && s.nameFrom !== undefined ? (s as Subject & { nameFrom: number }) : null;
  }

  /** The organization of this kind ("الوزارة" → "وزارة الخارجية") named last before `at`. */
  private orgFor(norm: string, at: number): string | null {
    const head = deArticle(norm);
    let found: string | null = null;
    // Only a fuller name counts ("وزارة الخارجية"), not another "الوزارة".
    for (const o of this.orgs) if (o.end <= at && [head, norm].includes(normalize(o.text.split(/\s+/)[0]!)) && /\s/.test(o.text)) found = o.text;
    if (found) return found;
    // Not among the entity spans: the last "منظمة …" phrase written before.
    const tk = this.tokens;
    for (let k = this.firstTokenAt(at) - 1; k >= 0; k--) {
      // "منظمة الصحة العالمية" or "الائتلاف الوطني السوري" written earlier.
      if (!this.bare(tk[k]!.norm).includes(head) && stripConj(tk[k]!.norm) !== norm) continue;
      let e = k + 1;
      while (e < tk.length && e - k < 4 && definite(tk[e]!.norm) && !CLAUSE_BREAK.test(this.text.slice(tk[e - 1]!.end, tk[e]!.start))) e++;
      if (e === k + 1) continue;
      const skip = tk[k]!.norm.length - (tk[k]!.norm.endsWith(norm) ? norm.length : head.length);
      return this.text.slice(tk[k]!.start + originalPrefixLength(tk[k]!.text, skip), tk[e - 1]!.end);
    }
    return null;
  }

  /**
   * The fullest form of a name written in the text: the longest person mention that ends with it,
   * from entity spans or from the words before other occurrences (after a title or speech verb).
   */
  private fullest(name: string): string {
    let f = this.fullestMemo.get(name);
    if (f === undefined) this.fullestMemo.set(name, (f = this.findFullest(name)));
    return f;
  }

  /** Person spans as name words (titles dropped) with their normalized forms, computed once. */
  private peopleWords(): Array<{ words: string[]; norms: string[] }> {
    return (this.peopleCache ??= this.people.map((p) => {
      const words = this.nameWords(p.text);
      return { words, norms: words.map(normalize) };
    }));
  }

  private findFullest(name: string): string {
    const words = this.nameWords(name);
    const key = words.map((w) => normalize(w));
    let best = words.join(' ');
    let bestLen = key.length;
    const consider = (ws: string[], ns: string[]): void => {
      if (ns.length <= bestLen || !endsWith(ns, key)) return;
      best = ws.join(' ');
      bestLen = ns.length;
    };
    for (const p of this.peopleWords()) consider(p.words, p.norms);
    // Mentions the entity recognizer missed: extend each occurrence to the left over name words.
    if (bestLen > key.length) return best;
    const tk = this.tokens;
    const lastKey = key[key.length - 1]!;
    const letter = stableLetter(lastKey);
    for (let i = 0; i < tk.length; i++) {
      if (!tk[i]!.text.includes(letter) || tk[i]!.norm !== lastKey) continue;
      const s = i - key.length + 1;
      if (s < 0 || !key.every((w, k) => tk[s + k]!.norm === w)) continue;
      let e = s;
      for (;;) {
        if (e > 0 && s - e < 3 && this.nameWordBefore(e)) e--;
        // "عبد الحميد الدبيبة": a connector with its definite complement.
        else if (e > 1 && s - e < 3 && definite(tk[e - 1]!.norm) && NAME_CONNECTORS.has(tk[e - 2]!.norm) && !CLAUSE_BREAK.test(this.text.slice(tk[e - 2]!.end, tk[e]!.start))) e -= 2;
        else break;
      }
      if (e < s && this.opensName(e)) {
        const ws = this.nameWords(this.text.slice(tk[e]!.start, tk[i]!.end));
        consider(ws, ws.map(normalize));
      }
    }
    return best;
  }

  /** Token e-1 can extend a name leftwards: same clause, indefinite, not a function/title word. */
  private nameWordBefore(e: number): boolean {
    const tk = this.tokens;
    const w = tk[e - 1]!.norm;
    if (CLAUSE_BREAK.test(this.text.slice(tk[e - 1]!.end, tk[e]!.start))) return false;
    if (NAME_CONNECTORS.has(w)) return true;
    if (this.coveredBy(this.places, e - 1) || this.coveredBy(this.orgs, e - 1)) return false;
    // Part of a title before the name ("إقليم كردستان", "الفني لبرشلونة").
    if (e - 2 >= 0 && this.titleWord(w, tk[e - 2]!.norm, false)) return false;
    return !definite(w) && !possessiveRole(w) && !STOPWORDS.has(w) && !NP_STOP.has(w) && !cueOf(w) && !this.known(w) && !ANONYMOUS.has(w) && w.length > 1;
  }

  /** A name extended to token e is plausible only after a title, a speech verb or "عن". */
  private opensName(e: number): boolean {
    if (e === 0) return false;
    const tk = this.tokens;
    if (CLAUSE_BREAK.test(this.text.slice(tk[e - 1]!.end, tk[e]!.start))) return false;
    const w = tk[e - 1]!.norm;
    return this.known(w) || TITLE_HEADS.has(w) || cueOf(w) !== null || w === 'عن' || definite(w);
  }

  /** Words of a name without leading titles ("الوزير إبراهيم الجعفري" → إبراهيم الجعفري). */
  private nameWords(name: string): string[] {
    const ws = name.split(/\s+/).filter(Boolean);
    let k = 0;
    // (a leading "باسم" is the first name Basim; after a title it is "in the name of")
    while (k < ws.length - 1 && (TITLE_HEADS.has(normalize(ws[k]!)) || ((k > 0 || normalize(ws[k]!) !== 'باسم') && this.known(normalize(ws[k]!))))) k++;
    return ws.slice(k);
  }

  /** The person or org span inside [s, e), person first. */
  private entityIn(s: number, e: number): Span | undefined {
    return this.people.find((p) => p.start >= s && p.start < e) ?? this.orgs.find((o) => o.start >= s && o.start < e);
  }

  /** "الجعفري: «…»" — a person or org span right before a colon before the mark. */
  private nameBeforeColon(open: number): string | null {
    const m = /([^\s:])\s*:\s*$/.exec(this.text.slice(Math.max(0, open - 12), open));
    if (!m) return null;
    const at = open - m[0].length + 1;
    const p = this.people.find((x) => x.end === at);
    if (p) return this.fullest(p.text);
    return this.orgs.find((x) => x.end === at)?.text ?? null;
  }

  /** Index of the first token starting at or after `offset`. */
  private firstTokenAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function endsWith(xs: string[], suffix: string[]): boolean {
  if (suffix.length > xs.length) return false;
  const off = xs.length - suffix.length;
  return suffix.every((w, k) => xs[off + k] === w);
}
