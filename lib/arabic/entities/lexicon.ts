/**
 * Small hand-written lexicons for the first rule-based recognizer. Entries are looked up in
 * normalized form (normalize.ts: no hamza on alef, ئ → ي, ؤ → و, ى → ي, ة → ه); `normalized` makes
 * sure of it, so an entry written with its hamza still matches.
 */
import { normalize } from '../normalize';

/** A lookup set of normalized forms. */
export function normalized(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(normalize));
}
/** Phrases normalized word by word, a space between: the form phraseIndex() and the span rules match. */
function normalizedPhrases(phrases: readonly string[]): string[] {
  return phrases.map((n) => n.split(' ').map(normalize).join(' '));
}
/** Major places (normalized) the span rules trust over the model; the model's place gazetteer has them too (scripts/lib/gazetteer.ts). */
export const GAZETTEER_PLACES = normalized([
  'العراق', 'بغداد', 'البصره', 'الموصل', 'اربيل', 'كركوك', 'سوريا', 'سوريه', 'دمشق', 'حلب', 'لبنان', 'بيروت',
  'الاردن', 'عمان', 'مصر', 'القاهره', 'الاسكندريه', 'السعوديه', 'الرياض', 'جده', 'مكه', 'المدينه المنوره',
  'الكويت', 'قطر', 'الدوحه', 'الامارات', 'ابوظبي', 'دبي', 'البحرين', 'المنامه', 'اليمن', 'صنعاء', 'عدن',
  'فلسطين', 'غزه', 'القدس', 'رام الله', 'اسرائيل', 'ليبيا', 'طرابلس', 'تونس', 'الجزائر', 'المغرب', 'الرباط',
  'السودان', 'الخرطوم', 'موريتانيا', 'ايران', 'طهران', 'تركيا', 'انقره', 'اسطنبول', 'روسيا', 'موسكو',
  'امريكا', 'الولايات المتحده', 'واشنطن', 'فرنسا', 'باريس', 'بريطانيا', 'لندن', 'المانيا', 'برلين', 'الصين',
  'بكين', 'اليابان', 'الهند', 'باكستان', 'افغانستان', 'اوكرانيا', 'كييف', 'اوروبا', 'افريقيا', 'اسيا',
  'الخليج', 'الشرق الاوسط', 'سيناء', 'الفلوجه', 'الانبار', 'نينوي', 'تكريت', 'كردستان', 'الرقه', 'ادلب',
  // Yemen's provinces and cities news of its war names most, none of them a common word.
  'حضرموت', 'شبوه', 'صعده', 'الحديده', 'المكلا', 'ذمار', 'سيئون', 'التواهي', 'كريتر', 'خور مكسر',
]);

/**
 * Saudi cities and regions local news names most, none of them a common word («الخبر», «الجوف», «ينبع» left
 * out): trusted by the span rules only. In the model's gazetteer (feature g=P) they cost CV 0.5 (docs/entity-model.md).
 */
const LOCAL_PLACES = normalized([
  'حائل', 'الهفوف', 'الاحساء', 'تبوك', 'ابها', 'جازان', 'جيزان', 'نجران', 'القصيم', 'بريده', 'عنيزه', 'الدمام',
  'الظهران', 'القطيف', 'الجبيل', 'عرعر', 'سكاكا', 'الباحه', 'رابغ', 'القنفذه', 'بيشه', 'الدوادمي',
]);

/** Every place the span rules trust over the model. */
export const PLACES: ReadonlySet<string> = new Set([...GAZETTEER_PLACES, ...LOCAL_PLACES]);

/** States by their official names, whole («أبناء [الجمهورية اليمنية]»): places, as their short names are. */
export const STATE_NAMES: readonly string[] = normalizedPhrases(['الجمهورية اليمنية', 'الجمهورية اللبنانية', 'الجمهورية التونسية', 'الجمهورية الجزائرية',
  'الجمهورية العراقية', 'الجمهورية السودانية', 'الجمهورية التركية', 'الجمهورية الفرنسية', 'المملكة المغربية', 'المملكة الأردنية الهاشمية',
  'الجمهورية الإسلامية الإيرانية', 'المملكة العربية السعودية', 'الجمهورية العربية السورية', 'الإمارات العربية المتحدة', 'روسيا الاتحادية']);

/**
 * Holy places named by their head and its name: places, whole («المسجد الحرام»). ANERcorp files the Aqsa
 * mosque under MISC; the product's convention makes mosques places. Not «الحرمين الشريفين»: Saudi news
 * names it mostly in the king's title, «خادم الحرمين الشريفين», and document consistency would spread it there.
 */
export const HOLY_PLACES: readonly string[] = normalizedPhrases(['المسجد الحرام', 'المسجد النبوي', 'المسجد الأقصى', 'الحرم المكي',
  'الحرم النبوي', 'الحرم القدسي', 'الحرم الشريف', 'الحرم الإبراهيمي']);

/** Ordinals that end regnal names («عبدالله الثاني»): alone they name no one. */
export const ORDINALS = normalized(['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر']);

/**
 * Agencies and papers whose names are also common words: «معا» (together), «بنا» (with us), «وام» («وأم»),
 * «قنا» (Qena), «سبق» (preceded), «عكاظ» (the old market). Names only where credited (span-rules.ts), and
 * never spread over a document.
 */
export const COMMON_WORD_AGENCIES = normalized(['قنا', 'وام', 'بنا', 'كونا', 'معا', 'واف', 'سبق', 'عكاظ']);

export const ORG_ACRONYMS = normalized(['داعش', 'واس', 'سانا', 'الناتو', 'ناتو', 'اليونسكو', 'اليونيسف', 'اوبك', 'فيفا', 'حماس', 'فتح']);

/** Heads that open an organization name; the name runs on over the following definite words. */
export const ORG_HEADS = normalized([
  'وزاره', 'مجلس', 'منظمه', 'حركه', 'حزب', 'وكاله', 'شبكه', 'جامعه', 'هيئه', 'جمعيه', 'شركه', 'بنك', 'مصرف',
  'صندوق', 'اتحاد', 'الامم', 'جامعه', 'محكمه', 'المحكمه', 'مؤسسه', 'قوات', 'جيش', 'الجيش', 'الحشد', 'تحالف',
  'صحيفه', 'قناه', 'البنك', 'مجموعه', 'لجنه', 'اللجنه', 'الوزاره', 'رئاسه',
]);

/**
 * The span rules' heads (span-rules.ts, clitics.ts; ORG_HEADS above is the model's feature list, fixed by its
 * training): these open an organization's name with the definite words after them («مجلس الأمن»).
 */
const ORG_OPENER_WORDS = ['منظمه', 'وكاله', 'حزب', 'جامعه', 'منظمات', 'جمعيه', 'هيئه', 'مؤسسه', 'صندوق',
  // The product's organizations (issue 12): ministries, councils, courts, departments, hospitals, clubs, embassies.
  // Not «إدارة» (management), «حركة» (traffic) nor «شركة» (companies are named by proper nouns; «شركة
  // السيارات الصينية» is a description): the rule for heads the model began late takes those.
  'وزاره', 'مجلس', 'محكمه', 'مديريه', 'دائره', 'بلديه', 'امانه', 'مستشفي', 'نادي', 'جبهه', 'سفاره', 'قنصليه'];
export const ORG_OPENERS = normalized(ORG_OPENER_WORDS);
/** Heads the organization takes when the model found only the name after them: «شركة [أرامكو]», «نادي [بنفيكا]». */
export const LATE_HEADS = normalized([...ORG_OPENER_WORDS, 'شركه', 'اداره', 'حركه', 'غرفه', 'شرطه']);

/** Titles and roles: the name that follows is a person; the title itself is not in the span. */
export const PERSON_TITLES = normalized([
  'الرئيس', 'رئيس', 'الملك', 'الامير', 'الشيخ', 'السيد', 'السيده', 'الدكتور', 'د', 'المهندس', 'الوزير', 'وزير',
  'وزيره', 'النائب', 'السفير', 'الفريق', 'اللواء', 'العميد', 'العقيد', 'المتحدث', 'الناطق', 'المستشار', 'الاستاذ',
  'الامين', 'نائب', 'قائد', 'مدير', 'محافظ', 'المحافظ', 'رئيسه', 'الرئيسه', 'الاعلامي', 'الكاتب', 'المخرج', 'الفنان',
  'الفنانه', 'اللاعب', 'المدرب', 'الدبلوماسي', 'البابا', 'ولي',
]);

/** Words that continue a title ("وزير الخارجية", "رئيس الوزراء", "ولي العهد"). */
export const TITLE_TAILS = normalized([
  'الخارجيه', 'الداخليه', 'الدفاع', 'الوزراء', 'الجمهوريه', 'العهد', 'العام', 'الاعلي', 'المالية', 'الماليه',
  'الصحه', 'النفط', 'التربيه', 'العدل', 'الاقتصاد', 'الحكومه', 'البرلمان', 'النواب', 'الامن', 'باسم', 'العراقي',
  'الامريكي', 'الروسي', 'الفرنسي', 'الايراني', 'التركي', 'المصري', 'السعودي', 'السوري', 'اللبناني',
]);

export const SPEECH_VERBS = normalized([
  'قال', 'قالت', 'اكد', 'اكدت', 'اوضح', 'اوضحت', 'اشار', 'اشارت', 'اضاف', 'اضافت', 'شدد', 'شددت', 'صرح', 'صرحت',
  'ذكر', 'ذكرت', 'تابع', 'تابعت', 'دعا', 'دعت', 'ثمن', 'ثمنت', 'اعلن', 'اعلنت', 'لفت', 'لفتت', 'نقل', 'نقلت',
]);

/** Verbs that news puts before their subject's name ("وصل حمودي…", "فقام عبدالفتاح…"): never part of it. */
export const NAME_VERBS = normalized([
  ...SPEECH_VERBS, 'وصل', 'وصلت', 'زار', 'زارت', 'التقى', 'التقت', 'استقبل', 'استقبلت', 'قام', 'قامت', 'غادر', 'غادرت',
  'توجه', 'توجهت', 'شارك', 'شاركت', 'حضر', 'حضرت', 'ترأس', 'ترأست', 'افتتح', 'افتتحت', 'هنأ', 'هنأت', 'أجرى', 'أجرت',
  'عاد', 'عادت', 'بعث', 'بعثت', 'أرسل', 'أرسلت', 'وقع', 'وقعت', 'اعتبر', 'اعتبرت', 'رأى', 'رأت', 'أشاد', 'أشادت',
  'بحث', 'بحثت', 'تحدث', 'تحدثت', 'يقول', 'تقول', 'كشف', 'كشفت', 'أكد', 'أكدت', 'نفى', 'نفت', 'طالب', 'طالبت', 'سجل', 'سجلت',
  'هرب', 'هربت', 'فر', 'فرت',
].filter((v) => v !== 'دعا'));

/** Common first names (a seed list; the learned model carries the real coverage). */
export const FIRST_NAMES = normalized([
  'محمد', 'احمد', 'علي', 'حسن', 'حسين', 'ابراهيم', 'عبد', 'عبدالله', 'خالد', 'عمر', 'يوسف', 'مصطفي', 'محمود',
  'سعد', 'سعيد', 'فيصل', 'سلمان', 'تميم', 'حيدر', 'نوري', 'جواد', 'عادل', 'فؤاد', 'بشار', 'ميشال', 'نبيه',
  'جو', 'دونالد', 'فلاديمير', 'ايمانويل', 'رجب', 'طيب', 'فاطمه', 'مريم', 'زينب', 'نور', 'ليلي', 'هدي', 'سامي',
  'كريم', 'طارق', 'ماجد', 'ناصر', 'جمال', 'وليد', 'هشام', 'عماد', 'رامي', 'مقتدي', 'عمار', 'اياد', 'مسعود',
]);

/** Function words that never start or continue a name. */
export const STOP = normalized([
  'في', 'من', 'الي', 'علي', 'عن', 'مع', 'ان', 'او', 'ثم', 'قد', 'لا', 'ما', 'هذا', 'هذه', 'ذلك', 'تلك', 'التي',
  'الذي', 'الذين', 'خلال', 'بعد', 'قبل', 'حتي', 'كان', 'كانت', 'بين', 'ضد', 'كل', 'منذ', 'عند', 'لدي', 'حول',
  'قوله', 'انه', 'انها', 'وقال', 'قال', 'يوم', 'اليوم', 'امس',
]);
