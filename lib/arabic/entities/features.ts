/**
 * Feature extraction for the learned recognizer. Every feature but the word pairs depends on ONE word
 * and its offset from the tagged position (-2..+2): the scorer can then cache a word's contribution per
 * offset, so a page costs one weight lookup pass per distinct word, not per token. Word pairs (pairKey)
 * are looked up apart, once per pair of neighbours (model.ts: addPairs).
 */
import { cliticReadings, withoutArticle } from '../tokenize';
import { PERSON_TITLES, ORG_HEADS, SPEECH_VERBS, TITLE_TAILS, normalized } from './lexicon';
import { nameCore, nameLikeFlags, type NameLike } from './namelike';
import { keyOf } from './readings';

/** Word lists the model carries (normalized forms). */
export interface Gazetteer {
  first: { has(word: string): boolean };
  last: { has(word: string): boolean };
  place: { has(word: string): boolean };
  /** One-word sports club names without «نادي» (ArWikiCats), and words of longer club names. */
  club?: { has(word: string): boolean };
  clubPart?: { has(word: string): boolean };
  /** Person-name words (Wikidata labels, ArWikiCats people): foreign first and last names. */
  pname?: { has(word: string): boolean };
  /** One-word place names of ArWikiCats' place table, apart from `place`: the model weighs this source alone. */
  city?: { has(word: string): boolean };
  /** Institution head words (وزارة، سفارة، وكالة…), matched with or without the article: feature g=H. */
  orgHead?: { has(word: string): boolean };
  /** Place names of several words by their first word, each the list of its words (span-rules.ts). */
  placePhrase?: { get(first: string): readonly (readonly string[])[] | undefined };
  /** Club names of several words (ArWikiCats, bare: «المغرب التطواني»), indexed the same way (span-rules.ts). */
  clubPhrase?: { get(first: string): readonly (readonly string[])[] | undefined };
  /** Character model of name-likeness (namelike.ts), when the model file carries one. */
  nl?: NameLike | null;
  /** Distributional cluster of a word's clusterKey (scripts/lib/word-clusters.ts), when the model has the table. */
  cluster?: { get(key: string): number | undefined };
}

/**
 * What a word is clustered by: the word without its article, so «الوزارة» and «وزارة» share one row.
 * A word with clitics that the table lacks is looked up by its deepest reading (clusterOf);
 * '' for punctuation and digits, which are never clustered.
 */
export function clusterKey(norm: string): string {
  if (isPunct(norm) || /\d/.test(norm)) return '';
  return withoutArticle(norm);
}

/**
 * A word's core: its deepest clitic reading without the article («والعراق» → «عراق»; punctuation, <s> and </s>
 * as they are). The a= features name a word by it, and so do the word pairs.
 */
export function wordCore(w: string): string {
  return withoutArticle(keyOf(w));
}

/** A word's cluster: the whole word first (so «بوش» is not ب + «وش»), else its deepest clitic reading. */
function clusterOf(w: string, core: string, gaz: Gazetteer): number | undefined {
  const t = gaz.cluster;
  return t ? t.get(withoutArticle(w)) ?? t.get(core) : undefined;
}

export const OFFSETS = [-2, -1, 0, 1, 2] as const;
/** Pseudo-words outside the sentence. */
export const BOS = '<s>';
export const EOS = '</s>';

// Extra trigger words that announce an entity after them (normalized).
const PLACE_TRIGGERS = normalized(['مدينه', 'العاصمه', 'عاصمه', 'محافظه', 'ولايه', 'منطقه', 'بلده', 'قريه', 'جزيره', 'اقليم', 'دوله', 'مقاطعه']);
const ORG_TRIGGERS = normalized([...ORG_HEADS, 'وكاله', 'صحيفه', 'حركه', 'الحزب', 'الحركه', 'المنظمه', 'الشركه', 'فريق', 'نادي', 'منتخب', 'كتله', 'جبهه', 'ائتلاف', 'المجلس', 'مركز', 'معهد']);
const PERSON_TRIGGERS = normalized([...PERSON_TITLES, 'زعيم', 'الزعيم', 'رئيسا', 'المرشح', 'الرئيس', 'المبعوث', 'الجنرال', 'الامام', 'اية', 'الحاج', 'الراحل', 'نجم', 'الشاعر', 'الروائي', 'الممثل', 'المطرب', 'الصحفي', 'المدير', 'السناتور', 'المستشاره']);

const NISBA = /(يه|يين|يون|يان|ي)$/;

function isPunct(w: string): boolean {
  return !/[\p{L}\p{Nd}]/u.test(w);
}

/** Gazetteer and lexicon flags of a word, over all its clitic readings. */
function flags(norm: string, gaz: Gazetteer): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (f: string): void => { if (!seen.has(f)) { seen.add(f); out.push(f); } };
  for (const r of cliticReadings(norm)) {
    const s = r.stem;
    const bare = withoutArticle(s);
    if (gaz.first.has(s)) add('F');
    if (gaz.last.has(s) || gaz.last.has(bare)) add('L');
    if (gaz.place.has(s) || gaz.place.has(bare)) add('P');
    if (gaz.club?.has(s) || gaz.club?.has(bare)) add('C');
    else if (gaz.clubPart?.has(s)) add('CP');
    if (gaz.pname?.has(s)) add('W');
    if (gaz.city?.has(s) || gaz.city?.has(bare)) add('Y');
    if (gaz.orgHead?.has(bare)) add('H');
    if (PERSON_TRIGGERS.has(s)) add('T');
    if (TITLE_TAILS.has(s)) add('TT');
    if (ORG_TRIGGERS.has(s)) add('O');
    if (PLACE_TRIGGERS.has(s)) add('PT');
    if (r.prefixLength === 0 && SPEECH_VERBS.has(s)) add('V');
    const m = NISBA.exec(s);
    if (m && s.length > m[0].length + 2) {
      const base = s.slice(0, s.length - m[0].length);
      if (gaz.place.has(base) || gaz.place.has(withoutArticle(base)) || gaz.place.has(base + 'ا')) add('N');
    }
  }
  return out;
}

// The scorer asks for one word's features at every offset in a row: its name-likeness is computed once.
let nlLast: { nl: NameLike; w: string; flags: string[] } | null = null;

/** Name-likeness flags of a word's core (namelike.ts), none without a character model. */
function nlFlags(w: string, gaz: Gazetteer): string[] {
  const nl = gaz.nl;
  if (!nl) return [];
  if (nlLast && nlLast.nl === nl && nlLast.w === w) return nlLast.flags;
  const flags = nameLikeFlags(nl, nameCore(w));
  nlLast = { nl, w, flags };
  return flags;
}

/** Features of a word seen at the tagged position itself. */
function selfFeatures(w: string, gaz: Gazetteer): string[] {
  const f: string[] = ['b', 'w=' + w];
  if (w === BOS || w === EOS) return f;
  if (isPunct(w)) { f.push('pun'); return f; }
  const readings = cliticReadings(w);
  const deepest = readings[readings.length - 1]!;
  for (const r of readings) if (r.prefixLength > 0) f.push('s=' + r.stem);
  const core = wordCore(w);
  f.push('a=' + core, 'pro=' + deepest.proclitics + (deepest.definite ? 'ال' : ''));
  for (let k = 1; k <= 3 && k < w.length; k++) f.push(`p${k}=` + w.slice(0, k), `x${k}=` + w.slice(-k));
  for (let k = 2; k <= 3 && k < core.length; k++) f.push(`ap${k}=` + core.slice(0, k));
  f.push('len=' + Math.min(core.length, 9));
  if (/\d/.test(w)) f.push('dig');
  if (/[A-Za-z]/.test(w)) f.push('lat');
  for (const g of flags(w, gaz)) f.push('g=' + g);
  for (const g of nlFlags(w, gaz)) f.push('nl=' + g);
  const c = clusterOf(w, core, gaz);
  if (c !== undefined) f.push('c=' + c);
  return f;
}

/** Features of a neighbouring word (at offset ±1 or ±2). */
function contextFeatures(w: string, gaz: Gazetteer, near: boolean): string[] {
  const f: string[] = ['w=' + w];
  if (w === BOS || w === EOS) return f;
  if (isPunct(w)) return f;
  const readings = cliticReadings(w);
  const deepest = readings[readings.length - 1]!;
  if (near) {
    const core = wordCore(w);
    f.push('a=' + core);
    if (deepest.definite) f.push('def');
    for (const g of nlFlags(w, gaz)) f.push('nl=' + g);
    const c = clusterOf(w, core, gaz);
    if (c !== undefined) f.push('c=' + c);
  }
  for (const g of flags(w, gaz)) f.push('g=' + g);
  return f;
}

/** All features a word contributes at a given offset from the tagged position, offset-prefixed. */
export function wordFeatures(w: string, offset: number, gaz: Gazetteer): string[] {
  if (offset === 0) return selfFeatures(w, gaz);
  const tag = offset > 0 ? `+${offset}` : `${offset}`;
  return contextFeatures(w, gaz, Math.abs(offset) === 1).map((f) => tag + f);
}

/**
 * Word pairs: a token also sees its word together with the word before («bg-») and with the word after
 * («bg+»), each by its core (wordCore, the a= value: no clitics, no article). Only a pair says that «عبد» before
 * «قيس» begins a name where «عبد» alone does not; the model keeps the few pairs that weigh most.
 */
export const PAIR_BEFORE = 'bg-';
export const PAIR_AFTER = 'bg+';

/** The key of the pair of two adjacent words (their cores, a space between: no token has one), as PAIR_BEFORE + key and PAIR_AFTER + key name its two features. */
export function pairKey(left: string, right: string): string {
  return wordCore(left) + ' ' + wordCore(right);
}

/**
 * Feature strings of every token in a sentence of normalized words (used by training); with `pairs`,
 * each token's two word pairs too (the tagger adds them in emissions()).
 */
export function sentenceFeatures(words: readonly string[], gaz: Gazetteer, pairs = false): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < words.length; i++) {
    const fs: string[] = [];
    for (const o of OFFSETS) {
      const j = i + o;
      const w = j < 0 ? BOS : j >= words.length ? EOS : words[j]!;
      // Beyond the first pseudo-word outside the sentence, nothing new is learned.
      if ((j < -1 || j > words.length) ) continue;
      for (const f of wordFeatures(w, o, gaz)) fs.push(f);
    }
    if (pairs) {
      const w = words[i]!;
      fs.push(PAIR_BEFORE + pairKey(i > 0 ? words[i - 1]! : BOS, w), PAIR_AFTER + pairKey(w, i + 1 < words.length ? words[i + 1]! : EOS));
    }
    out.push(fs);
  }
  return out;
}
