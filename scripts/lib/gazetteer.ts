/**
 * Builds the gazetteer compiled into the model from ../shared/data/gazetteers:
 * AKhateeb/arabic-names (MIT) and world-cities-translations (Wikidata, CC BY 4.0); and from npm
 * devDependencies: Unicode CLDR's Arabic territory names (cldr-localenames-full, Unicode-3.0) and
 * i18n-iso-countries' Arabic country names (MIT).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { normalize } from '../../lib/arabic/normalize';
import { GAZETTEER_PLACES } from '../../lib/arabic/entities/lexicon';
import { dataFile } from '../bench/_util';

export interface GazetteerLists {
  first: string[]; last: string[]; place: string[]; club?: string[]; clubPart?: string[]; pname?: string[]; city?: string[]; orgHead?: string[];
  /** Place names of several words, normalized, words joined by one space («لوس انجلوس», «جنوب افريقيا»). */
  placePhrase?: string[];
  /** Club names of two to four words, bare and normalized like placePhrase («المغرب التطواني»). */
  clubPhrase?: string[];
}

const words = (text: string): string[] => text.split(/\r?\n/).map((l) => normalize(l.replace(/^\uFEFF/, '').trim())).filter(Boolean);

// Administrative words the city list prefixes to some names ("ولاية قندهار").
const ADMIN = /^(ولايه|محافظه|مقاطعه|منطقه|مدينه|اقليم|بلديه)\s+/;

const require = createRequire(import.meta.url);
const json = (pkgPath: string): unknown => JSON.parse(readFileSync(require.resolve(pkgPath), 'utf8'));

/** Arabic country and region names from the npm packages: CLDR territories, ISO 3166 countries (regions: false, countries only). */
export function packagePlaces(regions = true): string[] {
  const out: string[] = [];
  type Terr = { main: { ar: { localeDisplayNames: { territories: Record<string, string> } } } };
  const terr = (json('cldr-localenames-full/main/ar/territories.json') as Terr).main.ar.localeDisplayNames.territories;
  // Numeric codes are world regions; "001" is "the world" itself, a common word.
  for (const [code, name] of Object.entries(terr)) if (code !== '001' && !code.includes('-alt-') && (regions || !/^\d+$/.test(code))) out.push(name);
  const iso = (json('i18n-iso-countries/langs/ar.json') as { countries: Record<string, string | string[]> }).countries;
  for (const v of Object.values(iso)) out.push(...(Array.isArray(v) ? v : [v]));
  return out;
}

export function buildGazetteer(): GazetteerLists {
  const first = new Set([
    ...words(dataFile('gazetteers/akhateeb_arabic-names/male-first--names-in-arabic.txt')),
    ...words(dataFile('gazetteers/akhateeb_arabic-names/female-first-names-in-arabic.txt')),
  ]);
  const last = new Set(words(dataFile('gazetteers/akhateeb_arabic-names/last-names-in-arabic.txt')));
  const place = new Set<string>();
  for (const p of GAZETTEER_PLACES) if (!p.includes(' ')) place.add(p);
  for (const line of dataFile('gazetteers/world-cities-translations/world-cities.jsonl').split('\n')) {
    const l = line.replace(/^\uFEFF/, '').trim();
    if (!l) continue;
    const o = JSON.parse(l) as { CityNameAr?: string; CountryAr?: string };
    for (const name of [o.CityNameAr, o.CountryAr]) {
      if (!name) continue;
      const n = normalize(name).replace(ADMIN, '').trim();
      // Only one-word names: the model's gazetteer features look at single words.
      if (n && !/\s/.test(n) && /^[\u0621-\u064A]+$/.test(n) && n.length > 2) place.add(n);
    }
  }
  // Only one-word names, as above ("الإمارات العربية المتحدة" is left out).
  for (const name of packagePlaces()) {
    const n = normalize(name).trim();
    if (n && !/\s/.test(n) && /^[\u0621-\u064A]+$/.test(n) && n.length > 2) place.add(n);
  }
  const sorted = (s: Set<string>): string[] => [...s].sort();
  return { first: sorted(first), last: sorted(last), place: sorted(place), placePhrase: placePhrases() };
}

/**
 * Which ner-extra lexicons join the gazetteer (train:ner / eval:ner --lex=clubs,names,cities,places).
 * cities: ArWikiCats places merged into `place`; places: the same table as a list and feature of its own.
 */
export interface ExtraLexicons { clubs?: boolean; names?: boolean; cities?: boolean; places?: boolean; heads?: boolean }

/**
 * Head words of institutions, written for this project: the words that open an organization's name
 * in news (the ministries, embassies, agencies and media outlets the model misses). Features.ts's
 * ORG_TRIGGERS (g=O) match only some and only as written; this list is matched without the article
 * too («السفارة الفرنسية», «الهيئة العامة»), as feature g=H.
 */
export const INSTITUTION_HEADS = [
  'وزارة', 'هيئة', 'وكالة', 'شركة', 'جامعة', 'سفارة', 'قنصلية', 'مجلس', 'منظمة', 'حزب', 'حركة', 'صحيفة', 'جريدة',
  'مجلة', 'قناة', 'إذاعة', 'اتحاد', 'بنك', 'مصرف', 'مؤسسة', 'مديرية', 'إدارة', 'دائرة', 'مركز', 'معهد', 'كلية',
  'مدرسة', 'أكاديمية', 'مستشفى', 'محكمة', 'نقابة', 'جمعية', 'رابطة', 'لجنة', 'غرفة', 'بلدية', 'أمانة', 'ديوان',
  'مجمع', 'صندوق', 'شبكة', 'جبهة', 'تحالف', 'ائتلاف', 'كتلة', 'منتدى', 'نادي', 'منتخب', 'مجموعة', 'سلطة', 'مصلحة',
  'شرطة', 'رئاسة', 'مفوضية', 'مكتب',
].map(normalize);

const ARABIC_WORD = /^[\u0621-\u064A]+$/;

// What ArWikiCats adds after a club's own name («… لكرة القدم», «… الرياضي»): the last one, or every one.
const CLUB_SUFFIX = '(لكره القدم|لكره السله|للسيدات|الرياضي)';
const LAST_CLUB_SUFFIX = new RegExp(`\\s+${CLUB_SUFFIX}\\s*$`);
const CLUB_SUFFIXES = new RegExp(`(\\s+${CLUB_SUFFIX})+\\s*$`);
let clubTableMemo: string[] | null = null;

/** ArWikiCats' club names (Clubs_key.json, MIT), normalized, brackets and a leading «نادي» off; read once. */
function clubTable(): string[] {
  clubTableMemo ??= Object.values(JSON.parse(dataFile('ner-extra/arwikicats/Clubs_key.json')) as Record<string, string>)
    .map((v) => normalize(v).replace(/\(.*?\)/g, ' ').replace(/^\s*نادي\s+/, ''));
  return clubTableMemo;
}

/**
 * Bare club names from ArWikiCats' Clubs_key.json (MIT): «نادي», a bracketed country and «لكرة القدم» off,
 * so «نادي بنفيكا» gives بنفيكا. One-word names are clubs; words of longer names only parts of one.
 */
export function clubNames(): { club: string[]; clubPart: string[] } {
  const club = new Set<string>();
  const part = new Set<string>();
  for (const name of clubTable()) {
    const n = name.replace(LAST_CLUB_SUFFIX, '').trim();
    const ws = n.split(/\s+/).filter((w) => ARABIC_WORD.test(w));
    if (ws.length === 1 && ws[0]!.length > 2) club.add(ws[0]!);
    else if (ws.length > 1) for (const w of ws) if (w.length > 2 && !w.startsWith('ال')) part.add(w);
  }
  for (const w of club) part.delete(w);
  return { club: [...club].sort(), clubPart: [...part].sort() };
}

// Tournaments, leagues and national teams are in the clubs table too: none is a club.
const NOT_CLUB = /^(بطوله|دوري|كاس|منتخب|اتحاد|الاتحاد)\s/;

/**
 * Club names of two to four words from ArWikiCats' Clubs_key.json (MIT), bare as clubNames makes them but
 * with every suffix off («نادي المغرب التطواني» → المغرب التطواني), for the span rule that reads them whole. A name that is
 * also a place name («سانت جوليا»), or opens with a compass word, stays a place.
 */
export function clubPhrases(placePhrase: readonly string[]): string[] {
  const places = new Set(placePhrase);
  const out = new Set<string>();
  for (const name of clubTable()) {
    const n = name.replace(CLUB_SUFFIXES, '').replace(/\s+/g, ' ').trim();
    const ws = n.split(' ');
    // «جنوب الصين» (a Hong Kong club) is read as the region it names, as places with a compass word are.
    if (ws.length < 2 || ws.length > 4 || !ws.every((w) => ARABIC_WORD.test(w)) || NOT_CLUB.test(n) || DIRECTION.test(n) || places.has(n)) continue;
    out.add(n);
  }
  return [...out].sort();
}

/** Person-name words: Wikidata's filtered name tokens (CC0) and the words of ArWikiCats' people (MIT). */
export function personNameWords(): string[] {
  const out = new Set<string>();
  for (const l of dataFile('ner-extra/wikidata-person-names/name_tokens_filtered.txt').split('\n')) {
    const w = normalize(l.trim());
    if (w.length > 1 && ARABIC_WORD.test(w)) out.add(w);
  }
  const people = JSON.parse(dataFile('ner-extra/arwikicats/peoples.json')) as Record<string, string>;
  for (const v of Object.values(people)) for (const w of normalize(v).split(/\s+/)) if (w.length > 1 && ARABIC_WORD.test(w)) out.add(w);
  return [...out].sort();
}

/** One-word place names of ArWikiCats' cities_full.json (MIT), administrative words off. */
export function cityNames(): string[] {
  const out = new Set<string>();
  const o = JSON.parse(dataFile('ner-extra/arwikicats/cities_full.json')) as Record<string, string>;
  for (const v of Object.values(o)) {
    const n = normalize(v).replace(/\(.*?\)/g, ' ').replace(ADMIN, '').trim();
    if (ARABIC_WORD.test(n) && n.length > 2) out.add(n);
  }
  return [...out];
}

/**
 * Bare one-word place names of ArWikiCats' cities_full.json and regions.json (MIT): brackets and
 * administrative words off, alef/hamza normalized (the table warns: nationality adjectives are no places,
 * so the adjectives of nationalities_data.json are taken out).
 */
export function placeWords(): string[] {
  const out = new Set<string>();
  const add = (v: unknown): void => {
    if (typeof v !== 'string') return;
    const n = normalize(v).replace(/\(.*?\)/g, ' ').replace(ADMIN, '').trim();
    if (ARABIC_WORD.test(n) && n.length > 2) out.add(n);
  };
  for (const v of Object.values(JSON.parse(dataFile('ner-extra/arwikicats/cities_full.json')) as Record<string, unknown>)) add(v);
  const walk = (x: unknown): void => {
    if (typeof x === 'string') add(x);
    else if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') Object.values(x).forEach(walk);
  };
  walk(JSON.parse(dataFile('ner-extra/arwikicats/regions.json')));
  // Each entry's adjectives only: its 'ar' is the country itself.
  const nats = JSON.parse(dataFile('ner-extra/arwikicats/nationalities_data.json')) as Record<string, Record<string, string>>;
  for (const e of Object.values(nats)) {
    for (const [k, v] of Object.entries(e)) if (k !== 'ar' && k !== 'en' && typeof v === 'string') for (const w of normalize(v).split(/\s+/)) out.delete(w);
  }
  return [...out].sort();
}

/** The base gazetteer plus the chosen ner-extra lexicons. */
export function buildGazetteerWith(extra: ExtraLexicons): GazetteerLists {
  const g = buildGazetteer();
  if (extra.cities) g.place = [...new Set([...g.place, ...cityNames()])].sort();
  if (extra.clubs) Object.assign(g, clubNames(), { clubPhrase: clubPhrases(g.placePhrase ?? []) });
  if (extra.names) g.pname = personNameWords();
  if (extra.places) g.city = placeWords();
  if (extra.heads) g.orgHead = [...new Set(INSTITUTION_HEADS)].sort();
  return g;
}

// ArWikiCats' categories and districts open with words that are no part of a place's name: a district's or
// a suburb's administrative word, which stays outside places («مديرية التواهي»), and plurals that list
// («مدن اليمن», «بلديات فرنسا»), or a club's head («نادي الحزم»).
const PHRASE_ADMIN = /^(اداره|مديريه|ناحيه|قضاء|حي|ضاحيه|بلده|قريه|مركز)\s+/;
const NOT_PLACE_OPENER = /^(نادي|مدن|بلديات|بلدات|قري|مناطق|محافظات|مديريات|احياء|ولايات)\s/;

// A compass word before a region: «شمال أفريقيا» is ANERcorp's «أفريقيا» (CV −1.4 on a fold with them).
const DIRECTION = /^(شمال|جنوب|شرق|غرب|وسط)\s/;

/**
 * A place name as the phrase list keeps it, normalized, or null: brackets and a leading administrative word
 * off, two to four Arabic words, no category plural or club; a compass word opens only a country's name.
 */
export function placePhraseOf(name: string, country = false): string | null {
  const n = normalize(name).replace(/\(.*?\)/g, ' ').replace(ADMIN, '').replace(PHRASE_ADMIN, '').replace(/\s+/g, ' ').trim();
  const ws = n.split(' ');
  if ((!country && DIRECTION.test(n)) || NOT_PLACE_OPENER.test(n)) return null;
  return ws.length >= 2 && ws.length <= 4 && ws.every((w) => ARABIC_WORD.test(w)) ? n : null;
}

/**
 * Place names of two to four words from the same sources (world cities, CLDR and ISO names, the hand
 * list) and ArWikiCats' cities (MIT): administrative words and brackets off. Names that open with a
 * compass word only from the country lists («جنوب أفريقيا», «جنوب السودان»), not regions.
 */
export function placePhrases(): string[] {
  const out = new Set<string>();
  const add = (name: string, country = false): void => {
    const n = placePhraseOf(name, country);
    if (n) out.add(n);
  };
  for (const p of GAZETTEER_PLACES) add(p);
  for (const line of dataFile('gazetteers/world-cities-translations/world-cities.jsonl').split('\n')) {
    const l = line.replace(/^\uFEFF/, '').trim();
    if (!l) continue;
    const o = JSON.parse(l) as { CityNameAr?: string; CountryAr?: string };
    for (const name of [o.CityNameAr, o.CountryAr]) if (name) add(name);
  }
  for (const name of packagePlaces(false)) add(name, true);
  for (const name of packagePlaces()) add(name);
  for (const v of Object.values(JSON.parse(dataFile('ner-extra/arwikicats/cities_full.json')) as Record<string, string>)) add(v);
  return [...out].sort();
}
