import { describe, expect, it } from 'vitest';
import { recognizeQuotedTerms } from './terms';
import { recognizeQuotes } from './recognize';

const quotes = (text: string): string[] => recognizeQuotes(text, []).map((q) => q.text);
const terms = (text: string): string[] => recognizeQuotedTerms(text).map((r) => text.slice(r.start, r.end));

describe('marks that do not quote speech', () => {
  it('a title after بعنوان is not a quote', () => {
    const t = 'نظمت الجامعة ندوة بعنوان «دور الإعلام في مكافحة التطرف والإرهاب في المنطقة العربية» أمس.';
    expect(quotes(t)).toEqual([]);
    expect(terms(t)).toEqual(['دور الإعلام في مكافحة التطرف والإرهاب في المنطقة العربية']);
  });
  it('a book, novel or film title is not a quote', () => {
    expect(quotes('وصدر للكاتب كتاب «الطريق إلى الحرية والكرامة في زمن الحرب» عن دار الشروق.')).toEqual([]);
    expect(quotes('وتحولت روايته "ساق البامبو" إلى مسلسل تلفزيوني.')).toEqual([]);
  });
  it('a newspaper or programme name is not a quote', () => {
    expect(quotes('وقالت صحيفة «الكويت اليوم» إن المرسوم صدر.')).toEqual([]);
    expect(quotes('وقدم برنامج تلفزيوني "صباح الخير يا عرب" حلقة خاصة.')).toEqual([]);
  });
  it('a so-called term is not a quote', () => {
    expect(quotes('ورفض الأردن ما يسمى "صفقة القرن" جملة وتفصيلا.')).toEqual([]);
    expect(quotes('وانتشر ما بات يعرف بـ«اقتصاد الظل» في المدن الكبرى.')).toEqual([]);
  });
  it('a nickname is not a quote', () => {
    expect(quotes('واعتقلت الشرطة المتهم الملقب بـ«الثعلب» في عملية أمنية.')).toEqual([]);
    expect(quotes('وقتل القيادي محمد "أبو علي" الحسن في الغارة.')).toEqual([]);
  });
  it('a quoted name after a verb or after لـ is not a quote', () => {
    expect(quotes('وقال "كارتر" إن القوات ستبقى في المنطقة.')).toEqual([]);
    expect(quotes('وقال الوزير لـ«الشرق الأوسط» إن المفاوضات مستمرة.')).toEqual([]);
    expect(quotes('وبحسب «غلوبو»، فإن اللاعب سيغيب شهرا.')).toEqual([]);
  });
  it('Latin text in marks (code, URLs) is not a quote', () => {
    expect(quotes("وقال المبرمج: 'none' ثم كتب 'margin: 0px' في الملف.")).toEqual([]);
  });
  it('a name in marks labelling a speaker or after a construct noun is not a quote', () => {
    expect(quotes('وقال “ابن مساعد”: “الخاتم في الصورة قديم جدا”.')).toEqual(['الخاتم في الصورة قديم جدا']);
    expect(quotes('وأشار إلى أن زعيم «جيش الإسلام» اعتبر الاتفاق خطوة مهمة.')).toEqual([]);
    expect(quotes('وأعلن «اتحاد تنسيقيات الثورة»، أن القصف استمر طوال الليل.')).toEqual([]);
  });
  it('a quoted word in a list is not a quote', () => {
    expect(quotes('وهاجم "الشيعة" و"المرتدين" قائلا: «رمضان شهر الجهاد عندنا».')).toEqual(['رمضان شهر الجهاد عندنا']);
  });
  it('a hashtag is not a quote', () => {
    expect(quotes('وانتشر وسم جديد: "#باص_العيد" بين الشباب.')).toEqual([]);
  });
  it('a short scare-quoted word is not a quote', () => {
    expect(quotes('ووصف المراقبون الانتخابات بأنها «مهزلة» كاملة.')).toEqual([]);
  });
  it('a short quote next to a speech verb or colon is still a quote', () => {
    expect(quotes('وقال الوزير: «لا».')).toEqual(['لا']);
    expect(quotes('«مستحيل»، قال الوزير للصحفيين.')).toEqual(['مستحيل']);
  });
  it('a title and a real quote in one sentence: only the speech is a quote', () => {
    const t = 'وقال رئيس التحرير خلال ندوة بعنوان «الصحافة والمستقبل» إن «القارئ تغير ولم يتغير الصحفيون بعد».';
    expect(quotes(t)).toEqual(['القارئ تغير ولم يتغير الصحفيون بعد']);
    expect(terms(t)).toEqual(['الصحافة والمستقبل']);
  });
});
