/**
 * Product span rules enforced on the model's tags (issue 3): titles and roles stay outside person
 * spans, names joined by و are two names, nationality adjectives are not places, well-known acronyms
 * are whole organizations, phrases of faith are not names.
 */
import { withoutArticle } from '../tokenize';
import { personListed } from './clitics';
import { stemsOf } from './readings';
import { WEEKDAYS } from '../dates/months';
import { COMMON_WORD_AGENCIES, HOLY_PLACES, STATE_NAMES, LATE_HEADS, ORDINALS, NAME_VERBS, ORG_HEADS, ORG_OPENERS, PERSON_TITLES, TITLE_TAILS, STOP, PLACES, normalized } from './lexicon';
import { phraseIndex, type NerModel } from './model';
import { nameCore, nameLikeProbs } from './namelike';
import { KNOWN_ORGS } from './known-orgs';

/** Acronyms that are organizations whatever the context (ambiguous ones like حماس/فتح are left to the model). */
const ACRONYMS = normalized(['داعش', 'واس', 'سانا', 'الناتو', 'ناتو', 'اليونسكو', 'اليونيسف', 'اليونيسيف', 'اوبك', 'الفيفا', 'فيفا', 'الاونروا', 'اونروا', 'الفاو', 'قنا', 'وام', 'بنا', 'كونا', 'معا', 'واف', 'سبق', 'عكاظ']);
/** Place spellings the gazetteer lacks that nationality adjectives derive from. */
const SPELLINGS = new Set(['اميركا']);
/** Brackets, quotes, commas and colons: no name runs over one. */
const NAME_BREAKS = /^[()[\]«»"“”،,:؛!?؟]+$/;
const NISBA = /(يتين|يتان|يين|يون|يات|يان|يه|يا|ي)$/;

const stems = stemsOf;

/** "العراقي", "الأمريكية", "اللبنانيين": an adjective made from a known place name. */
export function isNationality(norm: string, model: NerModel, strict = false): boolean {
  const places = model.gazetteer.place;
  for (const s of stems(norm)) {
    if (places.has(s) || places.has(withoutArticle(s))) return false;
    const m = NISBA.exec(s);
    if (!m || s.length - m[0].length < 3) continue;
    // Strict: only unambiguous forms (definite, or plural/dual); "كوفي" may be a first name.
    if (strict && !s.startsWith('ال') && m[0].length < 3) continue;
    const base = s.slice(0, s.length - m[0].length);
    for (const b of [base, withoutArticle(base), base + 'ا', withoutArticle(base) + 'ا', base + 'ان', withoutArticle(base) + 'ان', withoutArticle(base) + 'يا', withoutArticle(base) + 'ستان']) {
      if (places.has(b) || places.has('ال' + b) || PLACES.has(b) || PLACES.has('ال' + b) || SPELLINGS.has(b)) return true;
    }
  }
  return false;
}

/** A verb (any clitic reading: "وصل", "فقام") that news puts before a name. */
function isVerb(norm: string): boolean {
  return stems(norm).some((s) => NAME_VERBS.has(s));
}

function isTitle(norm: string): boolean {
  return stems(norm).some((s) => PERSON_TITLES.has(s) || TITLE_TAILS.has(s));
}

const enum Flag { Acronym = 1, Place = 2, OrgOpener = 4, DefiniteOpener = 8, Disease = 16, Generic = 32, Admin = 64, LateHead = 128, NamedByNoun = 256, KnownOrg = 512, Headed = 1024 }
const flagMemo = new Map<string, number>();

/** Which lexicon a word belongs to through any clitic reading (memoized: asked for every O token). */
function lexFlags(norm: string): number {
  let f = flagMemo.get(norm);
  if (f === undefined) {
    f = 0;
    for (const s of stems(norm)) {
      if (ACRONYMS.has(s)) f |= Flag.Acronym;
      if (PLACES.has(s)) f |= Flag.Place;
      if (ORG_OPENERS.has(s)) f |= Flag.OrgOpener;
      if (DEFINITE_OPENERS.has(s)) f |= Flag.DefiniteOpener;
      if (LATE_HEADS.has(s)) f |= Flag.LateHead;
      if (NAMED_BY_NOUN.has(s)) f |= Flag.NamedByNoun;
      if (DISEASES.has(s)) f |= Flag.Disease;
      if (GENERIC.has(s)) f |= Flag.Generic;
      if (ADMIN_WORDS.has(s)) f |= Flag.Admin;
      if (KNOWN_ORGS.has(s)) f |= Flag.KnownOrg;
      if (REGION_BODIES.has(s) || s === 'غرفه' || s === 'المنطقه') f |= Flag.Headed;
    }
    if (flagMemo.size > 100_000) flagMemo.clear();
    flagMemo.set(norm, f);
  }
  return f;
}

/**
 * The word stands as a dateline's or a quote's source: after a dash or an opening bracket, before a dash or
 * a closing one, or between quotes («الدوحة - قنا», «لـ«عكاظ»», «سبق- الرياض», «إدارة "سبق"»).
 */
function isCredited(words: readonly string[], i: number): boolean {
  const before = words[i - 1] ?? '';
  const after = words[i + 1] ?? '';
  // A straight quote opens or closes: only one on each side is a quote of the word itself («"سبق"»).
  return /^[-–—(«]$/.test(before) || /^[-–—)»]$/.test(after) || (/^["“]$/.test(before) && /^["”]$/.test(after));
}

/** A listed agency or acronym standing as one; the ones that are common words only where credited. */
function isAgency(words: readonly string[], i: number): boolean {
  return !!(lexFlags(words[i]!) & Flag.Acronym) && (!stems(words[i]!).some((s) => COMMON_WORD_AGENCIES.has(s)) || isCredited(words, i));
}

/** Heads that join only a definite name: «حركة [المقاومة الإسلامية]», but «حركة [حماس]» as ANERcorp has it. */
const DEFINITE_LATE_HEADS = normalized(['حركه']);
/**
 * Definite words after a head that make a common noun: «مجلس الإدارة» is a company's board, «أمانة المنطقة»
 * the region's municipality, named by what it is, not by a name.
 */
const NOT_NAME_TAILS = normalized(['الاداره', 'الامناء', 'العزاء', 'المنطقه', 'المحافظه']);
/**
 * Definite heads that open a name only with a qualifier after them: «السفارة الفرنسية», «القنصلية المصرية»,
 * «المديرية العامة للدفاع المدني», «الشركة السعودية للكهرباء»; alone they are common nouns.
 */
const DEFINITE_OPENERS = normalized(['السفاره', 'القنصليه', 'المديريه', 'الاداره', 'الهيئه', 'المؤسسه', 'الشركه', 'المحكمه', 'الرئاسه']);
/** Heads named by a proper noun right after them, whatever the model read it as («غرفة [الشرقية]», the chamber of commerce; «شرطة [جدة]»). */
const NAMED_BY_NOUN = normalized(['شركه', 'نادي', 'امانه', 'غرفه', 'شرطه']);
/** Definite heads named by a nationality alone: «السفارة الفرنسية». */
const EMBASSY_HEADS = normalized(['السفاره', 'القنصليه']);
const OPENER_QUALIFIERS = normalized(['العامه', 'العام', 'الوطنيه', 'العليا', 'الاتحاديه', 'الملكيه']);
/** Diseases and viruses (any clitic reading): never a name, whatever the model read («فيروس كورونا», «كوفيد-19»). */
const DISEASES = normalized(['فيروس', 'الفيروس', 'كورونا', 'كوفيد', 'ايبولا', 'الايبولا', 'الايدز', 'ايدز', 'الملاريا', 'الكوليرا',
  'السرطان', 'الانفلونزا', 'انفلونزا', 'انفلونزا', 'متلازمه', 'سارس', 'ميرس', 'زيكا', 'الحصبه', 'جدري', 'الجدري', 'السل',
  'الزهايمر', 'زهايمر', 'باركنسون']);
/**
 * Generic nouns that alone name no one: «الحكومة», «الجيش», «الوزارة», «الشرطة»; currencies too («مليون ريال»
 * is no Real Madrid).
 */
const GENERIC = normalized(['الحكومه', 'الجيش', 'الوزاره', 'الشرطه', 'الرئاسه', 'المعارضه', 'السلطات', 'السلطه', 'الدوله', 'القوات',
  'الامن', 'البلديه', 'النادي', 'الفريق', 'المنتخب', 'الحزب', 'الحركه', 'المجلس', 'الشركه', 'الجامعه', 'الوزارات',
  'ريال', 'الريال', 'دولار', 'الدولار', 'دينار', 'الدينار', 'جنيه', 'الجنيه', 'يورو', 'اليورو', 'ليره', 'الليره', 'الكورنيش']);
/** Words for the land around a place («ريف إدلب»): alone, they name no place. */
const AREA_WORDS = normalized(['ريف', 'ضاحيه', 'ضواحي']);
/** A place of worship's head: with the name after it, the whole is the place («المسجد الحرام»). */
const WORSHIP_HEADS = normalized(['المسجد', 'مسجد', 'الجامع', 'جامع', 'الكنيسه', 'كنيسه', 'الكاتدرائيه', 'كاتدرائيه', 'المعبد', 'معبد', 'الحرم']);
/** Places built and named: a palace, a prison, a base… with its own name is one place («قصر بكنغهام», «سجن الحائر»). */
const FACILITY_HEADS = normalized(['قصر', 'مطار', 'ملعب', 'استاد', 'ستاد', 'جسر', 'ميدان', 'حديقه', 'سجن']);
const LATIN = /^[A-Za-z][A-Za-z.'’&-]*$/;
/** Administrative words before a place's name («محافظة القاهرة» → القاهرة): outside the place. */
// «جمهورية» without the article too: «جمهورية [الشيشان]», as ANERcorp tags «جمهورية [الصين]» (10 times in 11);
// the state's official name with the article is whole (STATE_NAMES: «الجمهورية اليمنية»).
const ADMIN_WORDS = normalized(['محافظه', 'ولايه', 'منطقه', 'مدينه', 'اقليم', 'مقاطعه', 'بلده', 'قريه', 'اماره', 'امارة', 'بلديه', 'قضاء', 'ناحيه', 'مركز', 'حي', 'جمهوريه']);

/** Country names that are also a feminine nisba adjective. */
const ADJECTIVE_COUNTRIES = normalized(['السعودية']);
/** Words of a country's long name before it: «المملكة العربية السعودية». */
const COUNTRY_QUALIFIERS = normalized(['العربية', 'المملكة']);
/**
 * «السعودية» right after a definite noun agrees with it: the adjective («الملاعب السعودية», «الأعلام
 * السعودية»), not the country; ANERcorp tags it so too. «المملكة العربية السعودية» keeps it.
 */
function isCountryAdjective(words: readonly string[], out: readonly string[], i: number): boolean {
  return ADJECTIVE_COUNTRIES.has(words[i]!) && i > 0 && out[i - 1] === 'O' && isDefiniteContent(words[i - 1]!) && !COUNTRY_QUALIFIERS.has(words[i - 1]!);
}

const COMPASS = normalized(['شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'شمالي', 'جنوبي', 'شرقي', 'غربي']);

/** Administrative words that name a place with whatever follows: «محافظة أملج», «قرية شوحط» (not «مركز», «منطقة», «مدينة»: also centre, area, city of). */
const STRONG_ADMIN = normalized(['محافظه', 'ولايه', 'اقليم', 'مقاطعه', 'بلده', 'قريه', 'قضاء', 'ناحيه']);

/** The word after an administrative word is its place: a place list has it, or, after a strong one, its letters read as a name. */
function placeAfterAdmin(model: NerModel, admin: string, next: string): boolean {
  if (STOP.has(next) || lexFlags(next) & (Flag.Generic | Flag.Admin | Flag.Disease) || isNationality(next, model) || TIME_WORDS.has(next)
    || ORDINALS.has(next) || COMPASS.has(withoutArticle(next)) || !/^\p{L}{3,}$/u.test(next)) return false;
  // An adjective agrees with the word before it: «مركز مالي» (financial), «مدينة ثانية», «قرية جديدة».
  if (/ي$/.test(next) || (!next.startsWith('ال') && /يه$/.test(next))) return false;
  const g = model.gazetteer;
  if (g.place.has(next) || g.place.has(withoutArticle(next)) || PLACES.has(next)) return true;
  if (!stems(admin).some((s) => STRONG_ADMIN.has(s)) || /ه$/.test(next)) return false;
  const nl = g.nl;
  return !!nl && nameLikeProbs(nl, nameCore(next))[0]! < 0.5;
}

/** Words (any clitic reading) that open phrases of faith ("ولله الحمد", "حفظه الله", "عز وجل"): never a name. */
const FAITH = normalized(['الله', 'لله', 'شاءالله', 'إنشاءالله', 'بسم', 'حفظه', 'حفظها', 'حفظهم', 'رحمه', 'رحمها', 'رحمهم',
  'يرحمه', 'سائلا', 'سائلين', 'داعيا', 'بفضل', 'سبحان', 'سبحانه', 'الحمد', 'عز', 'جل', 'رعاه', 'أيده', 'وفقه', 'أطال']);
/** Roles that follow a name in apposition, besides the titles (lexicon.ts): not part of the name. */
const ROLES = normalized(['أمير', 'كابتن', 'مؤسس', 'عضو', 'مدرب', 'لاعب']);
const NAME_LINKS = new Set(['بن', 'ابن', 'بنت', 'ال']);
/** A preposition on a definite word ("بالقاهرة", "للأمم"): where or for whom, not who. */
const PREPOSITION_DEFINITE = /^[وف]?(?:[بكل]ال|لل)/;
/** Function words no name ends on; "علي" is left out, being also the name علي once normalized. */
const ENDS_NO_NAME = new Set([...STOP].filter((w) => w !== 'علي'));

/** "الدولي", "للتعاون", "والمنظمة": definite, and no name the gazetteer knows ("الحسن" stays). */
function isCommonDefinite(norm: string, model: NerModel): boolean {
  if (!/^[وف]?(?:[بكل]?ال|لل)/.test(norm)) return false;
  const g = model.gazetteer;
  return !stems(norm).some((s) => g.first.has(s) || g.last.has(s) || g.last.has(withoutArticle(s)) || g.first.has(withoutArticle(s)));
}

/**
 * Word i (untagged, as is word i+1) opens an organization's name: an opener head and a definite word
 * («مجلس الأمن», not «مجلس الإدارة»), or a definite head with a qualifier and what it is for («المديرية
 * العامة للدفاع المدني»; «الإدارة العامة» alone is public administration), with a
 * nationality when an embassy's («السفارة الفرنسية»), or with a nationality and what it is for («الشركة
 * السعودية للكهرباء»; «الشركة القطرية» alone is a description).
 */
function opensName(model: NerModel, words: readonly string[], i: number, lf: number): boolean {
  const next = words[i + 1]!;
  if (!isDefiniteContent(next) || !carriesOrgName(next) || NOT_NAME_TAILS.has(next)) return false;
  if (lf & Flag.OrgOpener) return true;
  if (!(lf & Flag.DefiniteOpener)) return false;
  const forWhat = i + 2 < words.length && isLamDefinite(words[i + 2]!);
  if (OPENER_QUALIFIERS.has(next)) return forWhat;
  if (!isNationality(next, model) && !isNisbaPlace(next)) return false;
  return stems(words[i]!).some((x) => EMBASSY_HEADS.has(x)) || forWhat;
}

/** «العربية», «الكورية»: a definite adjective of relation. */
/** «الأصبحي», «السوداني»: a definite word in «ي» that may be a family's nisba, not one that says what a person is («السياسي»). */
function isNisbaFamilyName(norm: string): boolean {
  return isDefiniteContent(norm) && norm.endsWith('ي') && !DESCRIPTIONS.has(norm);
}

function isNisbaAdjective(norm: string): boolean {
  return isDefiniteContent(norm) && /(يه|ي)$/.test(norm);
}

/** «السعودية»: a place name that is also the adjective («الشركة السعودية»). */
function isNisbaPlace(norm: string): boolean {
  return norm.startsWith('ال') && norm.endsWith('يه') && PLACES.has(norm);
}

/** «للتعليم», «للكهرباء»: ل on a definite noun, how an organization's name says what it is for. */
function isLamDefinite(norm: string): boolean {
  return norm.startsWith('لل') && norm.length > 4 && !STOP.has(norm);
}

// Verbs and pronouns that begin like the article: «التقى», «ألقى» (normalized «القى»), «ألغى», «اللذين».
const AL_VERBS = normalized(['التقى', 'التقت', 'التقوا', 'ألقى', 'ألقت', 'ألغى', 'ألغت', 'التزم', 'التزمت', 'التحق', 'التحقت', 'ألحق', 'ألحقت', 'التمس', 'ألزم', 'ألزمت', 'اللذين', 'اللتين']);

function isDefiniteContent(norm: string): boolean {
  return norm.startsWith('ال') && norm.length > 3 && !STOP.has(norm) && !AL_VERBS.has(norm);
}

// Days, «today» and «this week» say when, never which: «افتتحت وزارة الثقافة | الخميس».
const TIME_WORDS = new Set([...Object.keys(WEEKDAYS), ...normalized(['اليوم', 'الليلة', 'البارحة', 'الأسبوع', 'الشهر', 'الآن'])]);

// Titles of a person only, never words of an institution's name (unlike «الملك» in «جامعة الملك سعود»).
const PERSONAL_TITLES = normalized(['الدكتور', 'د', 'المهندس', 'السيد', 'السيدة', 'الأستاذ', 'اللواء', 'العميد', 'العقيد']);

/** Titles of a person that also name institutions: «جامعة الملك سعود», «مستشفى الأمير سلطان». */
const ROYAL_TITLES = normalized(['الملك', 'الأمير', 'الأميرة', 'الشيخ', 'السلطان']);

/** The word opens the next person, not more of an organization's name: «مجلس الوزراء | الدكتور …». */
function isPersonalTitle(norm: string): boolean {
  return stems(norm).some((s) => PERSONAL_TITLES.has(s));
}

/**
 * A definite word that may carry an organization's name on after its head: no day, time word or adjective («الحالي»),
 * nor a title that is not also an institution's («مجلس الوزراء | المستشار»; «جامعة الملك سعود» keeps «الملك»).
 */
function carriesOrgName(norm: string): boolean {
  return (isDefiniteContent(norm) || isLamDefinite(norm)) && !TIME_WORDS.has(norm) && !TIME_ADJECTIVES.has(norm) && !isPersonalTitle(norm)
    && !(PERSON_TITLES.has(norm) && !ROYAL_TITLES.has(norm));
}

/** Name words that begin with و ("وليد", "ولد", "وقاص"): not a conjunction. */
function isWawName(norm: string, model: NerModel): boolean {
  const g = model.gazetteer;
  return WAW_WORDS.has(norm) || g.first.has(norm) || g.last.has(norm) || g.place.has(norm) || model.entityWords.has(norm);
}
const WAW_WORDS = new Set(['ولد', 'ولي']);

/** The word after «بن/ابن/آل» carries the name on: a name a list knows or whose letters read as one, not «ابن | عمه». */
function linksName(model: NerModel, norm: string): boolean {
  return personListed(model, norm) || model.gazetteer.place.has(norm) || looksLikePerson(model, norm);
}

/** A first name the gazetteer knows, or a word whose letters read as a name (after an org: its person). */
function looksLikePerson(model: NerModel, norm: string): boolean {
  if (stems(norm).some((s) => model.gazetteer.first.has(s))) return true;
  const nl = model.gazetteer.nl;
  if (!nl) return false;
  const p = nameLikeProbs(nl, nameCore(norm));
  // Foreign first names read as places as often as persons by their letters alone: any name class.
  return 1 - p[0]! >= 0.6;
}

/**
 * A word Wikidata's person-name list knows (it keeps only words used more inside names than outside),
 * bare, no title, verb, function word, nationality or major place: it may open a one-word name after
 * it («نعيمة [عاكف]»; Arabic given names are often common words, which the character model reads as O).
 */
function isListedFirstName(model: NerModel, norm: string): boolean {
  const g = model.gazetteer;
  if (!g.pname?.has(norm) || norm.length < 3 || norm.startsWith('ال') || STOP.has(norm) || isVerb(norm) || isTitle(norm)) return false;
  return !PLACES.has(norm) && !isNationality(norm, model) && !(lexFlags(norm) & ~Flag.Place);
}

/** A word that may end a name the model began: not a function word, verb, title or definite noun; letters of a name. */
function mayContinueName(model: NerModel, norm: string): boolean {
  if (norm.length < 3 || STOP.has(norm) || norm.startsWith('ال') || isVerb(norm) || isTitle(norm) || !/^\p{L}+$/u.test(norm)) return false;
  const nl = model.gazetteer.nl;
  return model.gazetteer.last.has(norm) || !!model.gazetteer.pname?.has(norm) || (!!nl && nameLikeProbs(nl, nameCore(norm))[0]! < 0.5);
}

function isPlaceWord(model: NerModel, w: string): boolean {
  const g = model.gazetteer.place;
  return g.has(w) || g.has(withoutArticle(w)) || PLACES.has(w);
}

/** Index of the first و-word inside org span [i, j) whose rest begins a known entity, else -1. */
function orgCoordinationSplit(model: NerModel, words: readonly string[], i: number, j: number): number {
  for (let k = i + 1; k < j; k++) {
    const w = words[k]!;
    if (w.length > 3 && w.startsWith('و') && namesAnother(model, w.slice(1))) return k;
  }
  return -1;
}

/** The word after a «و» begins a name of its own: a place, or a name the model often saw begin one. */
function namesAnother(model: NerModel, rest: string): boolean {
  return (model.entityWords.get(rest) ?? 0) >= 2 || isPlaceWord(model, rest);
}

/**
 * «و» + a definite word that carries an organization's name on: «وزارة التربية | والتعليم», «منظمة الأبحاث
 * | والإبداع». Not a nationality, nor what orgCoordinationSplit splits at: «وزارة الخارجية | والسودان».
 */
function joinsOrgName(model: NerModel, norm: string): boolean {
  if (!norm.startsWith('وال') || norm.length < 6) return false;
  const rest = norm.slice(1);
  return carriesOrgName(rest) && !namesAnother(model, rest) && !isNationality(rest, model);
}

/**
 * Adjectives that say what a person is or was, never a family name: «شارلز مورفي | السياسي», «… | المتوفى».
 * Not the ordinals, which end regnal names («جون بول الثاني»).
 */
const DESCRIPTIONS = normalized(['السياسي', 'الصحفي', 'الصحافي', 'الإعلامي', 'الإصلاحي', 'المحافظ', 'الدبلوماسي', 'العسكري',
  'الاقتصادي', 'الروائي', 'الشعري', 'الأكاديمي', 'الحقوقي', 'الدولي', 'الرسمي', 'الشعبي', 'الثوري', 'الديني', 'الشرعي',
  'المتوفى', 'المتوفي', 'الماضي', 'الحالي', 'السابق', 'الإيجابي', 'الأساسي',
  // Plurals ending in «ي» that read like a family's nisba: «خالد العرج | التعازي» (he offered condolences).
  'التعازي', 'الأهالي', 'الأراضي', 'المباني', 'الأغاني', 'الأيادي', 'الليالي', 'المعاني', 'المساعي', 'التهاني']);

/** Adjectives of time between a title and its person's name. */
const TIME_ADJECTIVES = normalized(['الجديد', 'الجديده', 'السابق', 'السابقه', 'الحالي', 'الحاليه', 'المنتخب', 'المنتخبه', 'الراحل', 'الراحله', 'الاسبق', 'المقبل', 'المنتهيه', 'الاخير', 'الاخيره']);

/**
 * Word i follows "title … nationality" ("الرئيس الأمريكي", "رئيس الوزراء الإسرائيلي"), none of it
 * tagged, and carries no preposition ("… الأوروبية | بالقاهرة" is where, not who).
 */
function afterTitledNationality(model: NerModel, words: readonly string[], tags: readonly string[], i: number): boolean {
  if (i < 2 || PREPOSITION_DEFINITE.test(words[i]!)) return false;
  // A time adjective may stand between: «الرئيس الأمريكي الجديد | بايدن», «رئيس الوزراء البريطاني السابق | جونسون».
  let p = i - 1;
  while (p > 0 && tags[p] === 'O' && TIME_ADJECTIVES.has(words[p]!)) p--;
  if (tags[p] !== 'O' || !isNationality(words[p]!, model)) return false;
  for (let k = p - 1; k >= Math.max(0, p - 3); k--) {
    if (tags[k] !== 'O') return false;
    if (isTitle(words[k]!)) return true;
  }
  return false;
}

/** Words that open a place's name and are none alone: «تل حلف», «رأس العين», «دير الزور», «خان يونس». */
const PLACE_OPENERS = normalized(['تل', 'راس', 'دير', 'عين', 'بئر', 'كفر', 'جسر', 'بيت', 'خان', 'ام', 'ابو', 'سيدي', 'بني', 'جبل', 'وادي', 'شرم', 'بور', 'مجدل']);
/** Nouns that follow the preposition «على» in set phrases («على هامش», «على صعيد»): «علي» before them is no name's. */
const ALA_PHRASES = normalized(['هامش', 'خلفية', 'صعيد', 'رأس', 'لسان', 'حد', 'مدار', 'مدى', 'أثر', 'إثر', 'ضوء', 'غرار', 'طول', 'وقع',
  'مستوى', 'الرغم', 'الأقل', 'الفور', 'الأرجح', 'الإطلاق', 'أساس', 'عاتق', 'وشك', 'خط', 'متن', 'قيد', 'مقربة']);

/** Index of a «علي» inside person span (i, j) that opens a set phrase («على هامش»), else -1. */
function alaPhraseAt(words: readonly string[], i: number, j: number): number {
  for (let k = i + 1; k < j; k++) if (words[k] === 'علي' && k + 1 < words.length && ALA_PHRASES.has(words[k + 1]!)) return k;
  return -1;
}

/** A word of letters that may be part of a name: no function word, verb or title. */
function isNameWord(norm: string): boolean {
  return /^\p{L}{2,}$/u.test(norm) && !STOP.has(norm) && !isVerb(norm) && !isTitle(norm);
}

/** The word after a lone place-name opener that carries the name on: a name word, no nationality, time or administrative word. */
function followsPlaceOpener(model: NerModel, norm: string): boolean {
  return isNameWord(norm) && !isNationality(norm, model) && !(lexFlags(norm) & (Flag.Admin | Flag.Generic | Flag.Disease)) && !TIME_ADJECTIVES.has(norm);
}

/** Heads whose name, a proper noun, may be followed by what the body is for («جمعية زمزم للخدمات الصحية»). */
const PURPOSE_HEADS = normalized(['جمعيه', 'شركه', 'مؤسسه', 'مكتب', 'مركز']);
/** «ل…» words that say when or how often, not what for. */
const NOT_PURPOSES = normalized(['للموسم', 'للعام', 'للمرة', 'للسنة', 'للشهر', 'لليوم', 'للأسبوع', 'للمباراة', 'للحظة']);

/** What «لكرة» names a federation («الاتحاد/اتحاد») for. */
const BALL_GAMES = normalized(['القدم', 'السله', 'اليد', 'الطائره', 'المضرب']);
const FEDERATIONS = normalized(['الاتحاد', 'اتحاد']);

/** A club's nationality says where it plays, not its name: «نادي الاتحاد | المصري» (a ministry's is its name's). */
function withoutClubNationality(model: NerModel, words: readonly string[], out: string[], i: number, j: number): number {
  if (j - i >= 3 && stems(words[i]!).some((x) => CLUB_HEADS.has(x)) && isNationality(words[j - 1]!, model, true)) out[--j] = 'O';
  return j;
}

/**
 * «علي» (word i-1), which normalizing folds with the preposition «على», opens the person i … j-1: before a full
 * name that begins with a first name the list knows («[علي] محمد الحمادي»), or before any person where the text
 * writes the two apart («[علي] عبدالله صالح»), not before a «و» that joins another; never where the text writes
 * the preposition, «على».
 */
function aliOpens(model: NerModel, words: readonly string[], i: number, j: number, written: readonly string[] | undefined, alaApart: boolean): boolean {
  const w = written?.[i - 1];
  if (words[i - 1] !== 'علي' || w?.endsWith('ى')) return false;
  const first = model.gazetteer.first.has(words[i]!);
  if (alaApart && w && (first || !words[i]!.startsWith('و'))) return true;
  return j >= i + 2 && first;
}

/** Words after which a place's name is a club's. */
const CLUB_HEADS = normalized(['نادي', 'فريق', 'النادي', 'الفريق']);

/** Index of the first conjunction-led word inside span [i, j) that starts a second name, else -1. */
function coordinationSplit(model: NerModel, words: readonly string[], i: number, j: number): number {
  for (let k = i + 1; k < j; k++) {
    const w = words[k]!;
    if (w.length > 3 && w.startsWith('و') && !isWawName(w, model)) return k;
  }
  return -1;
}

type PhraseIndex = NonNullable<NerModel['gazetteer']['placePhrase']>;

/**
 * Words of the longest phrase of `index` that starts at word i (its first word with or without clitics)
 * and over which `fits(n)` holds; 0 for none.
 */
function phraseAt(index: PhraseIndex, words: readonly string[], i: number, fits: (n: number) => boolean): number {
  for (const first of stems(words[i]!)) {
    for (const ws of index.get(first) ?? []) {
      const n = ws.length;
      if (i + n > words.length) continue;
      let same = true;
      for (let k = 1; k < n && same; k++) same = words[i + k] === ws[k];
      if (same && fits(n)) return n;
    }
  }
  return 0;
}

/** Some word of i … i+n-1 is tagged. */
function anyTagged(out: readonly string[], i: number, n: number): boolean {
  for (let k = i; k < i + n && k < out.length; k++) if (out[k] !== 'O') return true;
  return false;
}

/** The name ending at j ends instead before the first word from `from` on where `stops` holds; its new end. */
function endBefore(out: string[], from: number, j: number, stops: (m: number) => boolean): number {
  for (let m = from; m < j; m++) {
    if (!stops(m)) continue;
    for (let n = m; n < j; n++) out[n] = 'O';
    return m;
  }
  return j;
}

/** Heads of what is named after a king or prince, by kind: «مركز الملك سلمان للإغاثة», «مطار الملك خالد الدولي». */
const ROYAL_NAMED: readonly (readonly [string, ReadonlySet<string>])[] = [
  ['ORG', normalized(['مركز', 'مجمع', 'معهد', 'كليه', 'مكتبه', 'مدرسه', 'مستشفي', 'جامعه', 'مؤسسه', 'صندوق', 'مستشفيات'])],
  ['LOC', normalized(['مطار', 'ملعب', 'استاد', 'ستاد', 'حديقه', 'منتزه', 'قصر', 'طريق', 'شارع', 'جسر', 'ميدان', 'ساحه', 'كورنيش', 'ميناء', 'قاعده', 'مسجد', 'جامع'])],
];

/**
 * An institution or a place named after a king or a prince is the whole name, not the person: «[مطار
 * الملك خالد الدولي]» is a place, «[مركز الملك سلمان للإغاثة]» an organization. The person is the model's
 * or the name word after the title; the head, title, adjectives after it («الدولي») and, for an
 * organization, what it is for («للإغاثة والأعمال الإنسانية») join.
 */
function royalNamedNames(model: NerModel, words: readonly string[], out: string[]): void {
  for (let i = 0; i + 2 < words.length; i++) {
    if (!ROYAL_TITLES.has(words[i + 1]!)) continue;
    const kind = ROYAL_NAMED.find(([, heads]) => stems(words[i]!).some((x) => heads.has(x)))?.[0];
    if (!kind) continue;
    // The model's own name from the head, stopping at the title or the name after it, is read again whole
    // («[جامعة الأمير] سلطان», «[مؤسسة الملك عبدالعزيز] للموهبة»).
    let e = i;
    if (out[i] === 'B-ORG' || out[i] === 'B-LOC') {
      e = i + 1;
      while (out[e] === 'I-' + out[i]!.slice(2)) e++;
      if (e < i + 2 || e > i + 4) continue;
    } else if (out[i] !== 'O') continue;
    const tag = (k: number): string => (k < e ? 'O' : out[k] ?? 'O');
    // The person: the model's, or the name word after the title, which names someone («مركز الملك [سلمان]»).
    let j: number;
    if (tag(i + 1) === 'B-PERS') j = i + 2;
    else if (tag(i + 1) === 'O' && tag(i + 2) === 'B-PERS') j = i + 3;
    else if (tag(i + 1) === 'O' && tag(i + 2) === 'O' && isRoyalName(model, words[i + 2]!)) {
      j = i + 3;
      while (j + 1 < words.length && NAME_LINKS.has(words[j]!) && isRoyalName(model, words[j + 1]!)) j += 2;
    } else continue;
    while (out[j] === 'I-PERS') j++;
    j = Math.max(j, e);
    // The city after it is where it is, not the person's: «مستشفى الملك فهد | بتبوك».
    for (let k = i + 3; k < j; k++) if (isPrepositionWord(model, words[k]!)) { j = k; break; }
    for (let n = 0; n < 2 && out[j] === 'O' && isNisbaAdjective(words[j] ?? '') && !isNationality(words[j]!, model, true); n++) j++;
    if (kind === 'ORG' && out[j] === 'O' && isLamDefinite(words[j] ?? '')) {
      j++;
      for (let n = 0; n < 3 && out[j] === 'O' && (isDefiniteContent(words[j] ?? '') || joinsOrgName(model, words[j] ?? '')) && !TIME_WORDS.has(words[j]!); n++) j++;
    }
    // What the person ran on to is nobody's («بتبوك»); what an organization of the model's did stays its own.
    for (let k = j; k < words.length && out[k] === 'I-PERS'; k++) out[k] = 'O';
    if (out[j]?.startsWith('I-')) out[j] = 'B-' + out[j]!.slice(2);
    label(out, i, j - i, kind);
    i = j - 1;
  }
}

/** A word after a royal title that names the person: a list's name, «عبد…», or letters that read as one. */
function isRoyalName(model: NerModel, norm: string): boolean {
  return isNameWord(norm) && (personListed(model, norm) || norm.startsWith('عبد') || looksLikePerson(model, norm));
}

/** «بتبوك», «بجازان»: ب or ل on a word, which no name a person list knows begins with («بندر» does). */
function isPrepositionWord(model: NerModel, norm: string): boolean {
  return /^[بل]/.test(norm) && norm.length > 3 && !NAME_LINKS.has(norm) && !personListed(model, norm);
}

/** Bodies named by their region after «منطقة/محافظة»: «أمانة منطقة الرياض», «شرطة منطقة جازان», «إمارة منطقة مكة المكرمة». */
const REGION_BODIES = normalized(['امانه', 'بلديه', 'شرطه', 'اماره', 'غرفه', 'جوازات']);
const REGION_WORDS = normalized(['منطقه', 'محافظه']);
/**
 * «المنطقة الشرقية», Saudi Arabia's Eastern Province, named by its compass adjective; not its sisters, which
 * elsewhere describe («المنطقة الجنوبية» of Lebanon, ANERcorp's «المنطقة الوسطى»).
 */
const COMPASS_PROVINCES = normalized(['الشرقيه']);

/**
 * Names a head word makes with what follows, over what the model read: a region's body («[أمانة منطقة
 * الرياض]»), the province named by a compass adjective after «المنطقة» («بالمنطقة [الشرقية]», the
 * administrative word outside as ever).
 */
function headedNames(model: NerModel, words: readonly string[], out: string[]): void {
  for (let i = 0; i + 1 < words.length; i++) {
    if (out[i] !== 'O' || !(lexFlags(words[i]!) & Flag.Headed)) continue;
    const st = stems(words[i]!);
    if (i + 2 < words.length && st.some((x) => REGION_BODIES.has(x)) && out[i + 1] === 'O' && REGION_WORDS.has(words[i + 1]!)
      && (out[i + 2] === 'B-LOC' || (out[i + 2] === 'O' && lexFlags(words[i + 2]!) & Flag.Place))) {
      let j = i + 3;
      while (out[j] === 'I-LOC') j++;
      label(out, i, j - i, 'ORG');
      i = j - 1;
    } else if (st.some((x) => x === 'غرفه') && (out[i + 1] === 'B-LOC' || (out[i + 1] === 'O' && (COMPASS_PROVINCES.has(words[i + 1]!) || lexFlags(words[i + 1]!) & Flag.Place)))) {
      // A chamber of commerce by its region, with what it is: «[غرفة الشرقية التجارية والصناعية]».
      let j = i + 2;
      while (out[j] === 'I-LOC') j++;
      for (let n = 0; n < 2 && out[j] === 'O' && isChamberAdjective(words[j] ?? '', model); n++) j++;
      label(out, i, j - i, 'ORG');
      i = j - 1;
    } else if (i + 2 < words.length && st.some((x) => REGION_BODIES.has(x)) && words[i + 1] === 'المنطقه' && COMPASS_PROVINCES.has(words[i + 2]!)
      && !out[i + 3]?.startsWith('I-')) {
      // The province's body by its compass name: «[أمانة المنطقة الشرقية]».
      label(out, i, 3, 'ORG');
      i += 2;
    } else if (st.some((x) => x === 'المنطقه') && out[i + 1] === 'O' && COMPASS_PROVINCES.has(words[i + 1]!) && out[i + 2] !== 'B-LOC') {
      out[i + 1] = 'B-LOC';
      i++;
    }
  }
}

/** «التجارية», «والصناعية»: an adjective of what a chamber is, with or without «و»; no nationality. */
function isChamberAdjective(norm: string, model: NerModel): boolean {
  const w = norm.startsWith('وال') ? norm.slice(1) : norm;
  return isNisbaAdjective(w) && !isNationality(w, model, true);
}

/** A paper that shares a region's name: between quotes it is the paper. */
const QUOTED_PAPER = ['الشرق', 'الاوسط'] as const;

/** Words i … i+n-1 made one name of `type`. */
function label(out: string[], i: number, n: number, type: string): void {
  out[i] = 'B-' + type;
  for (let k = 1; k < n; k++) out[i + k] = 'I-' + type;
}

/**
 * A place the model found in part is the whole place name a list knows: «[مكة] المكرمة», «لوس [أنجلوس]»,
 * «جنوب [أفريقيا]». Only over untagged words and the model's places, never from nothing.
 */
function wholePlaceNames(model: NerModel, words: readonly string[], out: string[]): void {
  const index = model.gazetteer.placePhrase;
  if (!index) return;
  // Only near a place the model found: phrases are at most four words long.
  let lastLoc = -1;
  for (let i = 0; i < out.length; i++) if (out[i] === 'B-LOC' || out[i] === 'I-LOC') lastLoc = i;
  for (let i = 0; i <= lastLoc; i++) {
    if (out[i] === 'I-LOC') continue;
    let near = false;
    for (let k = i; k < i + 4 && k <= lastLoc; k++) if (out[k] === 'B-LOC' || out[k] === 'I-LOC') { near = true; break; }
    if (!near) continue;
    const n = phraseAt(index, words, i, (n) => {
      if (out[i + n] === 'I-LOC') return false;
      let loc = false;
      for (let k = 0; k < n; k++) {
        const t = out[i + k]!;
        if (t === 'B-LOC' || t === 'I-LOC') loc = true;
        else if (t !== 'O') return false;
      }
      return loc;
    });
    if (!n) continue;
    label(out, i, n, 'LOC');
    i += n - 1;
  }
}

/**
 * A club's name of several words that ArWikiCats knows is the club, whole, when the model found part of it
 * («ستيوا [بوخارست]», «[المغرب] التطواني»): the city in it is no place. Its first word may carry clitics
 * («وللمغرب التطواني»). Never from nothing («الجيش الملكي» is also the army), never inside a longer name.
 */
function wholeClubNames(model: NerModel, words: readonly string[], out: string[]): void {
  const index = model.gazetteer.clubPhrase;
  if (!index) return;
  for (let i = 0; i < out.length; i++) {
    if (out[i]!.startsWith('I-')) continue;
    // Only near a name the model found (phrases are at most four words): most words are far from one.
    if (!anyTagged(out, i, 4)) continue;
    const n = phraseAt(index, words, i, (n) => !out[i + n]?.startsWith('I-') && anyTagged(out, i, n));
    if (!n) continue;
    label(out, i, n, 'ORG');
    i += n - 1;
  }
}

/**
 * Words of the known organization name that starts at word i (known-orgs.ts), 0 for none; longest first.
 * A word a list knows whole keeps its first letters: «كابل» is the city, not ك + «أبل».
 */
function knownOrgAt(model: NerModel, words: readonly string[], i: number): number {
  const w = words[i]!;
  if (!(lexFlags(w) & Flag.KnownOrg)) return 0;
  const g = model.gazetteer;
  const whole = g.place.has(w) || g.place.has(withoutArticle(w)) || personListed(model, w);
  for (const first of whole ? [w] : stems(w)) {
    for (const ws of KNOWN_ORGS.get(first) ?? []) {
      const n = ws.length;
      if (i + n > words.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) ok = words[i + k] === ws[k];
      if (ok) return n;
    }
  }
  return 0;
}

/**
 * A name the list of known organizations has (known-orgs.ts) is that organization wherever it stands
 * whole, whatever the model read: «[غوغل]», «[وكالة الأنباء الفرنسية]», «للأمم المتحدة» (its first word
 * with or without clitics). Never the start or the middle of a longer name the model found. A nationality
 * after it stays out («[حزب الله] اللبناني», as ANERcorp has it: cross-validated, taking it in cost 0.2).
 */
function knownOrgNames(model: NerModel, words: readonly string[], out: string[]): void {
  for (let i = 0; i < out.length; i++) {
    if (out[i]!.startsWith('I-')) continue;
    const n = knownOrgAt(model, words, i);
    if (!n) continue;
    if (i + n < out.length && out[i + n] !== 'O' && !out[i + n]!.startsWith('B-')) continue;
    out[i] = 'B-ORG';
    for (let k = 1; k < n; k++) out[i + k] = 'I-ORG';
    i += n - 1;
  }
}

/**
 * A holy place or a state's official name the lists know is that place, whole, whatever the model read
 * («[المسجد الحرام]», «بالحرم المكي», «[الجمهورية اليمنية]»: its first word with or without clitics), never
 * inside a longer name.
 */
const LISTED_PLACES = [...HOLY_PLACES, ...STATE_NAMES];
const LISTED_INDEX = phraseIndex(LISTED_PLACES);
// Every listed place has two words or more: its second word rules out almost every word at one lookup.
const LISTED_SECOND_WORDS = new Set(LISTED_PLACES.map((p) => p.split(' ')[1]!));
function listedPlaceNames(words: readonly string[], out: string[]): void {
  for (let i = 0; i + 1 < out.length; i++) {
    if (!LISTED_SECOND_WORDS.has(words[i + 1]!) || out[i]!.startsWith('I-')) continue;
    const n = phraseAt(LISTED_INDEX, words, i, (n) => !out[i + n]?.startsWith('I-'));
    if (!n) continue;
    label(out, i, n, 'LOC');
    i += n - 1;
  }
}

/** Ministries named by their field alone: with a country's adjective, the ministry («أكدت [الخارجية المصرية]»). */
const MINISTRY_FIELDS = normalized(['الخارجية', 'الداخلية', 'الدفاع', 'الصحة', 'العدل', 'المالية']);

/**
 * «الخارجية المصرية» is Egypt's foreign ministry where nothing before it takes it as its adjective
 * («السياسة الخارجية الأمريكية») or its post («وزير الخارجية»); the adjective agrees with «وزارة» (feminine).
 */
function shortMinistries(model: NerModel, words: readonly string[], out: string[]): void {
  for (let i = 0; i + 1 < out.length; i++) {
    // The cheap tests first: this runs on every word.
    const adj = words[i + 1]!;
    if (!adj.endsWith('يه') || !adj.startsWith('ال') || out[i] !== 'O' || (out[i + 1] !== 'O' && out[i + 1] !== 'B-LOC') || out[i + 2]?.startsWith('I-')) continue;
    if (!stems(words[i]!).some((s) => MINISTRY_FIELDS.has(s)) || !(isNationality(adj, model, true) || isNisbaPlace(adj))) continue;
    const prev = i > 0 ? words[i - 1]! : '';
    if (prev && (isDefiniteContent(prev) || isTitle(prev) || isMinistry(prev))) continue;
    out[i] = 'B-ORG';
    out[i + 1] = 'I-ORG';
  }
}

/** «شي» of «[شي] جين بينغ»: a surname of one syllable, before a name of two more ( «شي» alone is also «شيء»). */
function isChineseSurname(words: readonly string[], i: number): boolean {
  return words[i] === 'شي' && i + 2 < words.length && /^\p{L}{2,4}$/u.test(words[i + 1]!) && /^\p{L}{2,4}$/u.test(words[i + 2]!);
}

/**
 * A first name written as one word with «عبد» («عبدربه», «عبدالله») right before a person the model began
 * after it opens that person: «[عبدربه منصور هادي]»; so does «شي» of a Chinese name («[شي] جين بينغ»).
 */
function firstWordOpeners(words: readonly string[], out: string[]): void {
  for (let i = 0; i + 1 < out.length; i++) {
    if (out[i] !== 'O' || out[i + 1] !== 'B-PERS' || !(/^عبد\p{L}{2,}$/u.test(words[i]!) || isChineseSurname(words, i))) continue;
    out[i] = 'B-PERS';
    out[i + 1] = 'I-PERS';
  }
}

/** «وزارة», with or without clitics: the cheap substring test first, as most words are no ministry. */
function isMinistry(norm: string): boolean {
  return norm.includes('وزاره') && stems(norm).includes('وزاره');
}

/** «وزارة خارجية التشيك»: a ministry named by what it does and its country, in the construct state. */
function countryMinistries(model: NerModel, words: readonly string[], out: string[]): void {
  for (let i = 0; i + 2 < out.length; i++) {
    if (out[i] !== 'O' || out[i + 1] !== 'O' || !isMinistry(words[i]!)) continue;
    const field = words[i + 1]!;
    if (field.startsWith('ال') || STOP.has(field) || !/^\p{L}{3,}$/u.test(field)) continue;
    const c = out[i + 2]!;
    // The model may read the country as the organization itself: «وزارة خارجية [التشيك]».
    if (!(c === 'B-LOC' || ((c === 'O' || c === 'B-ORG') && isPlaceWord(model, words[i + 2]!)))) continue;
    let j = i + 3;
    while (out[j] === 'I-' + c.slice(2)) j++;
    label(out, i, j - i, 'ORG');
    i = j - 1;
  }
}

/** «المدينة نيوز», «عمون نيوز»: «نيوز» closes a news site's name with the word before it. */
function newsSiteNames(words: readonly string[], out: string[]): void {
  // A region's name in quotes is a paper's title: «لـ"الشرق الأوسط"», not the Middle East.
  for (let i = 1; i + 2 < out.length; i++) {
    if (words[i] !== QUOTED_PAPER[0] || words[i + 1] !== QUOTED_PAPER[1] || !/^["“«]$/.test(words[i - 1]!) || !/^["”»]$/.test(words[i + 2]!)) continue;
    label(out, i, 2, 'ORG');
  }
  for (let i = 1; i < out.length; i++) {
    if (words[i] !== 'نيوز' || out[i - 1]!.startsWith('I-') || out[i]!.startsWith('I-') || out[i + 1]?.startsWith('I-')) continue;
    if (!isNameWord(words[i - 1]!)) continue;
    out[i - 1] = 'B-ORG';
    out[i] = 'I-ORG';
  }
}

/**
 * «بن» and a name with no name before it is a person news knows by it: «نظام [بن علي]», «[بن سلمان]».
 * After a name the link rule carries the name on instead («محمد بن علي»).
 */
function benNames(model: NerModel, words: readonly string[], out: string[]): void {
  for (let i = 0; i + 1 < out.length; i++) {
    if ((words[i] !== 'بن' && words[i] !== 'وبن') || out[i] !== 'O' || (i > 0 && (out[i - 1] !== 'O' || personListed(model, words[i - 1]!)))) continue;
    const next = words[i + 1]!;
    const alone = out[i + 1] === 'B-PERS' && out[i + 2] !== 'I-PERS';
    // ENDS_NO_NAME, not STOP: «علي» is a name here.
    if (!alone && !(out[i + 1] === 'O' && personListed(model, next) && !ENDS_NO_NAME.has(next) && /^\p{L}{2,}$/u.test(next))) continue;
    out[i] = 'B-PERS';
    out[i + 1] = 'I-PERS';
    i++;
  }
}

/**
 * A name in Latin letters is one name however the model cut it: «Le | Monde» is «Le Monde». The
 * words of the second part join the first part's kind (an organization where either part is one).
 */
function joinLatinNames(words: readonly string[], out: string[]): void {
  for (let i = 0; i + 1 < out.length; i++) {
    if (!out[i]!.startsWith('B-') || out[i + 1] === 'O' || out[i + 1]!.startsWith('I-') || !LATIN.test(words[i]!) || !LATIN.test(words[i + 1]!)) continue;
    const first = out[i]!.slice(2);
    const second = out[i + 1]!.slice(2);
    const type = first === 'ORG' || second === 'ORG' ? 'ORG' : first === 'MISC' ? second : first;
    out[i] = 'B-' + type;
    let k = i + 1;
    out[k++] = 'I-' + type;
    while (k < out.length && out[k] === 'I-' + second) out[k++] = 'I-' + type;
    i = k - 2;
  }
}

/**
 * written: the words as written before normalizing where it matters (tagDocument), '' or absent elsewhere;
 * alaApart: the document writes the preposition «على» apart from the name «علي».
 */
export function applySpanRules(model: NerModel, words: readonly string[], tags: string[], written?: readonly string[], alaApart = false): string[] {
  const out = [...tags];
  joinLatinNames(words, out);
  wholePlaceNames(model, words, out);
  wholeClubNames(model, words, out);
  knownOrgNames(model, words, out);
  listedPlaceNames(words, out);
  shortMinistries(model, words, out);
  newsSiteNames(words, out);
  benNames(model, words, out);
  firstWordOpeners(words, out);
  countryMinistries(model, words, out);
  royalNamedNames(model, words, out);
  headedNames(model, words, out);
  dinNames(model, words, out);
  for (let i = 0; i < out.length; i++) {
    // One tells a channel, not a peninsula: «قال للجزيرة» is Al Jazeera, «للجزيرة العربية» the peninsula.
    if (words[i] === 'للجزيره' && (out[i] === 'O' || out[i] === 'B-LOC') && !out[i + 1]?.startsWith('I-') && !isNisbaAdjective(words[i + 1] ?? '')) out[i] = 'B-ORG';
    // A known acronym the model called another kind alone (MISC, or a person: «نقلت سانا») is still the organization.
    if ((out[i] === 'B-MISC' || out[i] === 'B-PERS' || out[i] === 'B-LOC') && out[i + 1] !== 'I-' + out[i]!.slice(2) && isAgency(words, i)) out[i] = 'B-ORG';
    // A place right after "نادي"/"فريق" is the club named after it: "فريق برشلونة", "لفريق الشمال".
    if (out[i] === 'B-LOC' && out[i + 1] !== 'I-LOC' && i > 0 && out[i - 1] === 'O' && stems(words[i - 1]!).some((x) => CLUB_HEADS.has(x))) out[i] = 'B-ORG';
    const t = out[i]!;
    if (t === 'O') {
      const lf = lexFlags(words[i]!);
      if ((lf & ~Flag.KnownOrg) === 0) continue;
      if (lf & Flag.Acronym) { if (isAgency(words, i)) out[i] = 'B-ORG'; }
      // The hand-checked list of major places is trusted over the model.
      else if (lf & Flag.Place) { if (!isCountryAdjective(words, out, i)) out[i] = 'B-LOC'; }
      // After an administrative word, its place: «مركز [حرمة]», «محافظة [أملج]».
      else if (lf & Flag.Admin && out[i + 1] === 'O' && !(lf & Flag.OrgOpener) && placeAfterAdmin(model, words[i]!, words[i + 1]!)) out[i + 1] = 'B-LOC';
      // An organization head followed by its definite name: the full name is the org («وزارة الصحة
      // السعودية», «المديرية العامة للدفاع المدني»).
      else if (i + 1 < out.length && out[i + 1] === 'O' && opensName(model, words, i, lf)) {
        let j = i + 1;
        // A nationality after the name closes it («وزارة الخارجية الأمريكية | للشؤون السياسية» is a post's),
        // unless it is the name's first word («الهيئة السعودية للتخصصات الصحية»).
        // What it is for takes only its adjectives after it: «المديرية العامة للجوازات | الأخوة اليمنيين».
        while (j + 1 < out.length && j - i < 4 && out[j + 1] === 'O' && (carriesOrgName(words[j + 1]!) || joinsOrgName(model, words[j + 1]!))
          && !(j > i + 1 && isNationality(words[j]!, model, true))
          && !(j > i + 1 && isLamDefinite(words[j]!) && isDefiniteContent(words[j + 1]!) && !isNisbaAdjective(words[j + 1]!))
          // A ministry named by what it does is whole; «لل…» after it is whom it speaks to: «وزارة الخارجية | للصحافيين».
          && !(j === i + 1 && isLamDefinite(words[j + 1]!) && isMinistry(words[i]!) && words[j] !== 'الدوله')) j++;
        // A royal title later in the name opens a person, not more of it: «مجلس الوزراء | الملك سلمان».
        for (let k = i + 2; k <= j; k++) if (ROYAL_TITLES.has(words[k]!)) { j = k - 1; break; }
        // A closing adjective the model read as a place belongs to the name ("وكالة الأنباء السعودية").
        if (j + 1 < out.length && out[j + 1] === 'B-LOC' && out[j + 2] !== 'I-LOC' && isNisbaAdjective(words[j + 1]!)) j++;
        // Named after a king or a prince, the person's name is the institution's: «مستشفى الملك [فهد المركزي]».
        else if (j === i + 1 && ROYAL_TITLES.has(words[j]!) && out[j + 1] === 'B-PERS') {
          j++;
          while (out[j + 1] === 'I-PERS') j++;
        }
        out[i] = 'B-ORG';
        for (let k = i + 1; k <= j; k++) out[k] = 'I-ORG';
        i = j;
      } else if (lf & Flag.LateHead && ((out[i + 1] === 'B-ORG' && (words[i + 1]!.startsWith('ال') || !stems(words[i]!).some((x) => DEFINITE_LATE_HEADS.has(x)))
        // A known organization with a head of its own is not this head's name: «مدير إدارة | هيئة الأمر بالمعروف»;
        // nor is a body with its own head management's: «إدارة | نادي الاتحاد», «إدارة | النادي الأهلي» is the club's board.
        && !(lexFlags(words[i + 1]!) & Flag.LateHead && knownOrgAt(model, words, i + 1))
        && !(stems(words[i]!).includes('اداره') && isManagedBody(words[i + 1]!)))
        || ((out[i + 1] === 'B-LOC' || out[i + 1] === 'B-PERS') && lf & Flag.NamedByNoun))) {
        // The model began the organization one word late («وزارة [الخارجية الأمريكية]»), or read a
        // company's or club's own name as a person or place («شركة [ديمورا]», «نادي [بنفيكا]»), a
        // municipality's city of two words too («أمانة [المدينة المنورة]»).
        const inside = out[i + 1]!.replace('B-', 'I-');
        let j = i + 2;
        while (out[j] === inside) j++;
        j = withoutClubNationality(model, words, out, i, j);
        label(out, i, j - i, 'ORG');
        i = j - 1;
      }
      continue;
    }
    if (!t.startsWith('B-')) continue;
    const type = t.slice(2);
    let j = i + 1;
    while (j < out.length && out[j] === 'I-' + type) j++;
    // No name runs over a bracket, a quote, a comma or a colon: «فؤاد | ) السنيورة».
    j = endBefore(out, i + 1, j, (m) => NAME_BREAKS.test(words[m]!));
    // A group is named by its name: «تنظيم [القاعدة]», as «تنظيم [داعش]».
    if (type === 'ORG' && j > i + 1 && stems(words[i]!).some((x) => x === 'تنظيم')) { out[i] = 'O'; out[++i] = 'B-ORG'; }
    // Words of the known organization that starts here (0 for none): its own words are never trimmed.
    const knownLength = knownOrgAt(model, words, i);
    // No name ends on a function word the model ran on to ("كيري | إنه", "فيصل | في"), nor a person
    // on a word behind a preposition ("… سعود | بالرياض").
    // «علي» is the preposition where the text writes it so, «على».
    const preposition = (k: number): boolean => ENDS_NO_NAME.has(words[k]!) || (words[k] === 'علي' && !!written?.[k]?.endsWith('ى'));
    while (j > i + 1 && (preposition(j - 1) || (type === 'PERS' && PREPOSITION_DEFINITE.test(words[j - 1]!))) && knownLength !== j - i) out[--j] = 'O';
    // Nor does one begin on a function word: «لدى | محفوظ», «على | محمد الحمادي».
    if (j > i + 1 && preposition(i) && knownLength === 0) { out[i] = 'O'; out[++i] = 'B-' + type; }
    // A known organization, whole, is final: the rules below only undo it («أودي» read as the adjective
    // of the town «أودا», «… الصليب الأحمر والهلال الأحمر» split at its و, a title's person).
    if (knownLength > 0 && knownLength === j - i) { i = j - 1; continue; }
    // A nationality after a name in Latin letters is the reader's gloss, not the name: «Le Parisien | الفرنسية».
    if (j - i >= 2 && LATIN.test(words[j - 2]!) && isNationality(words[j - 1]!, model)) out[--j] = 'O';
    if (type === 'PERS') {
      // A major place is no word of a person's name, but after «أبو/بن» a family's: «ستيفان دي ميستورا | بكين», «أحمد أبو غزة».
      if (j - i >= 3 && lexFlags(words[j - 1]!) & Flag.Place && !NAME_LINKS.has(words[j - 2]!) && words[j - 2] !== 'ابو') out[--j] = 'O';
      // «على» in a set phrase ends the person before it: «خالد عبد الكريم | على هامش»; «محمد علي» stays.
      const ala = alaPhraseAt(words, i, j);
      if (ala > 0) { for (let m = ala; m < j; m++) out[m] = 'O'; j = ala; }
      // Two names joined by "و" are two entities: "أندريه غلوكسمان وبرنار هنري ليفي".
      const k = coordinationSplit(model, words, i, j);
      if (k > 0) { out[k] = 'B-' + type; j = k; }
    }
    // Two organizations joined by و: "الاتحاد الأفريقي والأمم المتحدة". A place after the و stays an
    // organization too ("أرسنال وموناكو"): on dev, clubs named after their city outnumber places there.
    if (type === 'ORG') {
      const k = orgCoordinationSplit(model, words, i, j);
      if (k > 0) { out[k] = 'B-ORG'; j = k; }
      // A personal title ends the organization the model ran on with: «بلدية السويرقية | المهندس …»; so does
      // a time adjective, the post's, not the name's: «رئيس نادي الشباب | الحالي».
      j = endBefore(out, i + 1, j, (m) => isPersonalTitle(words[m]!) || (m > i + 1 && TIME_ADJECTIVES.has(words[m]!)));
      j = withoutClubNationality(model, words, out, i, j);
      // A society or company named by a proper noun says after it what it is for: «جمعية زمزم | للخدمات الصحية
      // التطوعية الخيرية», «شركة قطر | للغاز»; not when or how often («للموسم», «للمرة»).
      if (j - i >= 2 && out[j] === 'O' && isLamDefinite(words[j] ?? '') && !NOT_PURPOSES.has(words[j]!) && stems(words[i]!).some((x) => PURPOSE_HEADS.has(x))) {
        out[j++] = 'I-ORG';
        for (let n = 0; n < 3 && out[j] === 'O' && (isChamberAdjective(words[j] ?? '', model) || joinsOrgName(model, words[j] ?? '')); n++) out[j++] = 'I-ORG';
      }
      // A federation's sport is its name's: «الاتحاد السعودي | لكرة القدم» (a club's or a team's is not).
      if (out[j] === 'O' && out[j + 1] === 'O' && words[j] === 'لكره' && BALL_GAMES.has(words[j + 1]!)
        && stems(words[i]!).some((x) => FEDERATIONS.has(x))) { out[j] = 'I-ORG'; out[j + 1] = 'I-ORG'; j += 2; }
    }
    // An acronym is a whole organization name: what the model ran on with is someone else
    // ("لليونسكو أودري أزولاي" → org "اليونسكو", person "أودري أزولاي").
    if (type === 'ORG' && j > i + 1 && lexFlags(words[i]!) & Flag.Acronym) {
      const rest = looksLikePerson(model, words[i + 1]!) ? 'PERS' : null;
      for (let k = i + 1; k < j; k++) out[k] = rest ? (k === i + 1 ? 'B-' : 'I-') + rest : 'O';
      j = i + 1;
    }
    // One word after a title and a nationality is the titled person: "الرئيس الأمريكي | أوباما".
    if (type !== 'PERS' && j === i + 1 && afterTitledNationality(model, words, out, i)) out[i] = 'B-PERS';
    // A place of worship is the head with its name: «المسجد الحرام», not the organization «الحرام».
    // So is a building named other than by its city: «قصر بكنغهام», «سجن الحائر»; «مطار [القاهرة]» names the city.
    if (i > 0 && out[i - 1] === 'O' && type !== 'PERS' && stems(words[i - 1]!).some((s) => WORSHIP_HEADS.has(s)
      || (FACILITY_HEADS.has(s) && !words.slice(i, j).some((w) => isPlaceWord(model, w))))) {
      out[i - 1] = 'B-LOC';
      for (let k = i; k < j; k++) out[k] = 'I-LOC';
      i = j - 1;
      continue;
    }
    // A place-name opener alone is no place: it takes the word after it («تل | حلف» → «تل حلف», «رأس | العين»).
    if (type === 'LOC' && j === i + 1 && j < out.length && (out[j] === 'O' || (out[j] === 'B-LOC' && out[j + 1] !== 'I-LOC'))
      && stems(words[i]!).some((s) => PLACE_OPENERS.has(s)) && followsPlaceOpener(model, words[j]!)) out[j++] = 'I-LOC';
    if (type === 'LOC' && j === i + 1 && isCountryAdjective(words, out, i)) { out[i] = 'O'; continue; }
    // An administrative or area word alone is no place: «بريف» in «بريف إدلب», «بمحافظة».
    if (type === 'LOC' && j === i + 1 && (lexFlags(words[i]!) & Flag.Admin || stems(words[i]!).some((s) => AREA_WORDS.has(s)))) { out[i] = 'O'; continue; }
    // Administrative words stay outside places: «محافظة القاهرة» → القاهرة.
    if (type === 'LOC' && j > i + 1 && lexFlags(words[i]!) & Flag.Admin) { out[i] = 'O'; out[++i] = 'B-LOC'; }
    if (words.slice(i, j).some((w) => lexFlags(w) & Flag.Disease)) {
      // A disease or a virus is no name of any kind: «فيروس كورونا», «كوفيد-19».
      for (let k = i; k < j; k++) out[k] = 'O';
    } else if (j === i + 1 && lexFlags(words[i]!) & Flag.Generic) {
      // A generic noun alone names no one: «الحكومة», «الجيش».
      out[i] = 'O';
    } else if ((j === i + 1 && isNationality(words[i]!, model)) || (type !== 'ORG' && isNationality(words[i]!, model, true))) {
      // No entity starts with a nationality adjective ("العراقي", "الفرنسي", "أميركيتين").
      for (let k = i; k < j; k++) out[k] = 'O';
    } else if (stems(words[i]!).some((s) => FAITH.has(s)) && words[i + 1] !== 'الدين') {
      // A phrase of faith is no person and no organization; «عز الدين» is a given name.
      for (let k = i; k < j; k++) out[k] = 'O';
    } else if (type === 'ORG' && j === i + 1 && stems(words[i]!).some((x) => ORG_HEADS.has(x) || ORG_HEADS.has(withoutArticle(x)))) {
      // An organization's head word alone is a common noun: "البنك", "اللجنة", "الجيش".
      out[i] = 'O';
    } else if (j === i + 1 && STOP.has(words[i]!)) {
      // A function word alone is no name; "علي" is one too, once normalized (على), and the preposition
      // is far the likelier reading of it alone.
      out[i] = 'O';
    } else if (type === 'PERS' && words.slice(i, j).every((w) => isVerb(w) || isTitle(w))) {
      // Titles or verbs alone are nobody: "الرئيس", "وزير الخارجية", "وأكد".
      for (let k = i; k < j; k++) out[k] = 'O';
    } else if (type === 'PERS') {
      // A first name a person list knows, just before the name, is its first word: «[نعيمة] عاكف».
      if (j === i + 1 && i > 0 && out[i - 1] === 'O' && isListedFirstName(model, words[i - 1]!)) { out[i - 1] = 'B-PERS'; out[i] = 'I-PERS'; i--; }
      // «علي» before the person is its first name: «[علي] محمد الحمادي».
      else if (i > 0 && out[i - 1] === 'O' && aliOpens(model, words, i, j, written, alaApart)) { out[i - 1] = 'B-PERS'; out[i] = 'I-PERS'; i--; }
      // Leading verbs, titles and acronyms go out of the span.
      let a = i;
      while (a < j - 1 && (isTitle(words[a]!) || isVerb(words[a]!) || lexFlags(words[a]!) & Flag.Acronym)) out[a++] = 'O';
      // Nor does a name open with a common definite noun the model swept in: "للتعاون الدولي ريم الهاشمي".
      let d = a;
      while (d < j && isCommonDefinite(words[d]!, model)) d++;
      if (d > a && j - d >= 2) { for (let k = a; k < d; k++) out[k] = 'O'; a = d; }
      // An acronym trimmed off the front is still an organization: "لليونسكو | أودري أزولاي".
      for (let k = i; k < a; k++) if (isAgency(words, k)) out[k] = 'B-ORG';
      if (a > i) {
        out[a] = 'B-PERS';
        // The model measured a longer name than what is left: the word after it carries the name on
        // when its letters read as a name ("لليونسكو أودري | أزولاي").
        if (j === a + 1 && j < out.length && out[j] === 'O' && mayContinueName(model, words[j]!)) { out[j] = 'I-PERS'; j++; }
      } else if (j === a + 1 && j < out.length && out[j] === 'O' && model.gazetteer.pname?.has(words[j]!) && mayContinueName(model, words[j]!)) {
        // A one-word person followed by a word the person-name list knows: its surname («أودري | أزولاي»).
        out[j] = 'I-PERS'; j++;
      }
      // A title after a full name ends it: "محمد بن نايف نائب …", "عيسى خواجي كابتن الاتحاد".
      // Not right after a link, which the title's word completes: «محمد آل الشيخ».
      j = endBefore(out, a + 2, j, (k) => !NAME_LINKS.has(words[k - 1]!) && (isTitle(words[k]!) || stems(words[k]!).some((x) => ROLES.has(x))));
      // Name links carry the name on: "تميم بن حمد", "حمد آل ثاني".
      while (j + 1 < out.length && out[j] === 'O' && out[j + 1] === 'O' && NAME_LINKS.has(words[j]!) && linksName(model, words[j + 1]!)) { out[j] = 'I-PERS'; out[j + 1] = 'I-PERS'; j += 2; }
      // No name ends on a link: a title's word after it is the family's name («… بن محمد آل | الشيخ»).
      if (j < out.length && out[j] === 'O' && NAME_LINKS.has(words[j - 1]!) && (linksName(model, words[j]!) || isTitle(words[j]!))) out[j++] = 'I-PERS';
      // A family name in nisba form after a first and second name: "محمد شياع السوداني".
      if (j - a >= 2 && j < out.length && out[j] === 'O' && isNisbaFamilyName(words[j]!)) { out[j] = 'I-PERS'; j++; }
    }
    i = j - 1;
  }
  return out;
}

/** First words of the compound given names «X الدين» («عز الدين», «صلاح الدين»). */
const DIN_FIRSTS = normalized(['عز', 'صلاح', 'نور', 'علاء', 'شمس', 'بهاء', 'سيف', 'محي', 'محيي', 'خير', 'جمال', 'عماد', 'بدر',
  'زين', 'تاج', 'فخر', 'ضياء', 'كمال', 'شرف', 'نجم', 'حسام', 'سعد', 'عصام', 'شهاب', 'نصر', 'فتح', 'قطب', 'حميد', 'معز']);

/**
 * A compound given name «X الدين» before a surname is a person, whole («وقال [عز الدين الأصبحي]»), though
 * «عز» alone opens a phrase of faith («عز وجل») and «صلاح الدين» alone is also a province: only with a surname.
 */
function dinNames(model: NerModel, words: readonly string[], out: string[]): void {
  for (let i = 0; i + 2 < words.length; i++) {
    if (words[i + 1] !== 'الدين' || out[i] !== 'O' || out[i + 1] !== 'O' || !stems(words[i]!).some((x) => DIN_FIRSTS.has(x))) continue;
    const next = words[i + 2]!;
    let j: number;
    if (out[i + 2] === 'B-PERS') { j = i + 3; while (out[j] === 'I-PERS') j++; }
    else if (out[i + 2] === 'O' && dinSurname(model, next)) j = i + 3;
    else continue;
    label(out, i, j - i, 'PERS');
    i = j - 1;
  }
}

/** A surname after «X الدين»: a name word, or a family nisba that is no nationality or time («الأصبحي», not «اليمني»). */
function dinSurname(model: NerModel, w: string): boolean {
  if (mayContinueName(model, w) || personListed(model, w)) return true;
  return isNisbaFamilyName(w) && !isNationality(w, model, true) && !TIME_ADJECTIVES.has(w);
}

/** Bodies that «إدارة» before them runs (their board, their management), with or without the article. */
const MANAGED_HEADS = normalized(['اتحاد', 'فريق']);

/** «نادي الاتحاد», «النادي الأهلي», «اتحاد الكرة»: a body with a head of its own, which «إدارة» before it manages. */
function isManagedBody(norm: string): boolean {
  return stems(norm).some((x) => { const b = withoutArticle(x); return LATE_HEADS.has(b) || MANAGED_HEADS.has(b); });
}
