import { describe, expect, it } from 'vitest';
import type { Span } from '../types';
import { recognizeQuotes } from './recognize';

/** Speakers of the quotes in `text`, with no entity spans (the words alone must do). */
const speakers = (text: string, entities: Span[] = []): Array<string | null | undefined> => recognizeQuotes(text, entities).map((q) => q.speaker);

/** Entity spans for the given (kind, exact text) pairs, at their first occurrence. */
function spans(text: string, ...items: Array<[Span['kind'], string]>): Span[] {
  return items.map(([kind, s]) => {
    const start = text.indexOf(s);
    if (start < 0) throw new Error(`not in text: ${s}`);
    return { kind, start, end: start + s.length, text: s };
  });
}

describe('speaker from a speech verb before the quote', () => {
  it.each([
    ['قال', 'وقال وزير المالية خالد العلي: «الميزانية ستقر الشهر المقبل».'],
    ['أكد', 'وأكد وزير المالية خالد العلي أن «الميزانية ستقر الشهر المقبل».'],
    ['أوضح', 'وأوضح وزير المالية خالد العلي أن «الميزانية ستقر الشهر المقبل».'],
    ['أشار', 'وأشار وزير المالية خالد العلي إلى أن «الميزانية ستقر الشهر المقبل».'],
    ['أضاف', 'وأضاف وزير المالية خالد العلي أن «الميزانية ستقر الشهر المقبل».'],
    ['شدد', 'وشدد وزير المالية خالد العلي على أن «الميزانية ستقر الشهر المقبل».'],
    ['صرح', 'وصرح وزير المالية خالد العلي بأن «الميزانية ستقر الشهر المقبل».'],
    ['ذكر', 'وذكر وزير المالية خالد العلي أن «الميزانية ستقر الشهر المقبل».'],
    ['تابع', 'وتابع وزير المالية خالد العلي: «الميزانية ستقر الشهر المقبل».'],
  ])('%s', (_verb, text) => {
    expect(speakers(text)).toEqual(['خالد العلي']);
  });
  it('a name after a long title chain', () => {
    expect(speakers('وقال النائب الأول لرئيس مجلس الوزراء وزير الدفاع الشيخ أحمد الفهد إن «الجاهزية عالية».')).toEqual(['أحمد الفهد']);
  });
  it('a name set off by commas after its title', () => {
    expect(speakers('وقال رئيس الوزراء اللبناني الأسبق، سعد الحريري، "إن الحوار هو المخرج الوحيد".')).toEqual(['سعد الحريري']);
  });
  it('a role word before a name, and a title with a prepositional complement', () => {
    expect(speakers('وأكدت المصورة سوزان إسكندر أن «الصورة تحكي قصة المدينة».')).toEqual(['سوزان إسكندر']);
    expect(speakers('وقال المدير الفني لبرشلونة لويس إنريكي: «الفريق جاهز للموسم».')).toEqual(['لويس إنريكي']);
  });
  it('an unnamed role in construct stays unnamed; a full name after it is the speaker', () => {
    expect(speakers('وكتب خبير الاقتصاد اليوم أن «الأزمة ستطول».')).toEqual([null]);
    expect(speakers('وكتب خبير الاقتصاد اليوناني يانيس فاروفاكيس أن «الأزمة ستطول».')).toEqual(['يانيس فاروفاكيس']);
  });
  it('the name علي spelled with ya starts a subject; a prepositional phrase ends a name', () => {
    expect(speakers('ويؤكد علي عمر، أحد سكان الحي، أن «المياه لا تصل منذ شهر».')).toEqual(['علي عمر']);
    expect(speakers('وقال جورج ستاثاكيس لتلفزيون بلومبيرج: «الخصخصة ستبدأ قريبا».')).toEqual(['جورج ستاثاكيس']);
  });
  it('a feminine verb and title', () => {
    expect(speakers('وقالت وزيرة الثقافة نجلاء الشامسي: «المهرجان سيقام في موعده».')).toEqual(['نجلاء الشامسي']);
  });
});

describe('speaker from a cue after the quote', () => {
  it('«…»، قال X', () => {
    expect(speakers('«لن نسمح بعودة الفوضى»، قال قائد الشرطة سامي الحربي للصحفيين.')).toEqual(['سامي الحربي']);
  });
  it('«…»، بحسب X and وفق X', () => {
    expect(speakers('«الأسعار ستستقر قريبا»، بحسب الخبير الاقتصادي ماجد الحمد.')).toEqual(['ماجد الحمد']);
    expect(speakers('«الطريق سيفتح غدا» وفق مدير المرور علي الشمري.')).toEqual(['علي الشمري']);
  });
  it('بحسب X before the quote', () => {
    expect(speakers('وبحسب المتحدث باسم الدفاع المدني وائل السعدي، فإن «فرق الإنقاذ انتشلت جميع المصابين».')).toEqual(['وائل السعدي']);
  });
});

describe('speaker from participles and attribution phrases', () => {
  it.each([
    ['مضيفا', 'وأكد رئيس البلدية سعيد الكعبي أن العمل مستمر، مضيفا أن «المشروع سينجز قبل الصيف».'],
    ['مؤكدا', 'وتحدث رئيس البلدية سعيد الكعبي عن المشروع، مؤكدا أن «العمل سينجز قبل الصيف».'],
    ['داعيا', 'وانتقد رئيس البلدية سعيد الكعبي التأخير، داعيا إلى «محاسبة المقاولين المتأخرين فورا».'],
    ['مشيرا', 'وافتتح رئيس البلدية سعيد الكعبي الحديقة، مشيرا إلى أن «حدائق أخرى ستفتح قريبا».'],
  ])('%s continues the subject of the sentence', (_p, text) => {
    expect(speakers(text)).toEqual(['سعيد الكعبي']);
  });
  it('a plural participle continues its subject', () => {
    expect(speakers('وأصدر قادة الفصائل بيانا مشتركا، مؤكدين أن «الهدنة ستصمد رغم الخروقات».')).toEqual([null]);
  });
  it('a participle between two quotes of one sentence', () => {
    expect(speakers('وقال المحافظ نزار الطائي إن «الطرق سالكة» مؤكدا أن «الفرق تعمل على مدار الساعة».')).toEqual(['نزار الطائي', 'نزار الطائي']);
  });
  it('نقل … عن … قوله', () => {
    expect(speakers('ونقلت الوكالة الرسمية عن وزير الصحة هاني الزعبي قوله إن «اللقاحات متوفرة للجميع».')).toEqual(['هاني الزعبي']);
  });
  it('X بالقول', () => {
    expect(speakers('وختم رئيس الاتحاد حمد الكبيسي كلمته بالقول «الرياضة تجمعنا دائما».')).toEqual(['حمد الكبيسي']);
  });
});

describe('speaker carried over and resolved', () => {
  it('carried over sentences to the last speaker (وأضاف, وتابع, وشدد بالقول)', () => {
    const t = 'وقال رئيس الغرفة التجارية فهد الراشد إن «الصادرات ارتفعت». وأضاف: «الطلب الآسيوي قوي». وتابع «سنفتح مكاتب جديدة». وشدد بالقول «لا عودة إلى الوراء».';
    expect(speakers(t)).toEqual(['فهد الراشد', 'فهد الراشد', 'فهد الراشد', 'فهد الراشد']);
  });
  it('carried over from indirect speech', () => {
    const t = 'وقالت الوزيرة ليلى بن علي إن الخطة جاهزة. وأضافت: «التنفيذ يبدأ في الربيع».';
    expect(speakers(t)).toEqual(['ليلى بن علي']);
  });
  it('a paragraph that is only a quote continues the last speaker', () => {
    expect(speakers('وقال الرئيس كمال الهاشمي: «هذا يوم تاريخي».\n«سنبني دولة القانون».')).toEqual(['كمال الهاشمي', 'كمال الهاشمي']);
  });
  it('both parts of a quote broken over two paragraphs have its speaker', () => {
    expect(speakers('وقال الرئيس كمال الهاشمي: «هذا يوم تاريخي\nسنبني دولة القانون» وسط تصفيق.')).toEqual(['كمال الهاشمي', 'كمال الهاشمي']);
  });
  it('a title resolves to the person the article names for it', () => {
    const t = 'استقبل وزير الخارجية عادل الجبوري السفير الياباني. ودعا وزير الخارجية إلى «تعزيز التعاون الاقتصادي بين البلدين».';
    expect(speakers(t)).toEqual(['عادل الجبوري']);
    const u = 'أعلن المتحدث باسم وزارة الصحة الدكتور سالم الخطيب تسجيل إصابات جديدة. وقال المتحدث باسم الوزارة: «الوضع تحت السيطرة».';
    expect(speakers(u)).toEqual(['سالم الخطيب']);
  });
  it('a title named only after the quote still resolves', () => {
    const t = 'وقال الوزير: «المفاوضات ستستأنف الأسبوع المقبل». وكان وزير الخارجية رياض المالكي قد وصل إلى القاهرة.';
    expect(speakers(t)).toEqual(['رياض المالكي']);
  });
  it('the fullest form written in the text', () => {
    const t = 'التقى وزير الخارجية إبراهيم الجعفريّ السفراء. وقال الجعفري: «العراق ماض في الإعمار».';
    expect(speakers(t)).toEqual(['إبراهيم الجعفريّ']);
  });
  it('an honorific pronoun (سموه) stands for the dignitary just named', () => {
    expect(speakers('وأشاد سمو الشيخ حمدان بن محمد بجهود الفرق. وقال سموه: «الإمارات تستحق الأفضل».')).toEqual(['حمدان بن محمد']);
  });
});

describe('organizations and unnamed speakers', () => {
  it('an organization speaks through its statement', () => {
    expect(speakers('وقالت وزارة الداخلية في بيان إن «الطرق ستغلق يوم الجمعة».')).toEqual(['وزارة الداخلية']);
    expect(speakers('وذكر بيان صادر عن هيئة الطيران المدني أن «الرحلات ستعود تدريجيا». وأوضح البيان أن «المطار جاهز».')).toEqual(['هيئة الطيران المدني', 'هيئة الطيران المدني']);
  });
  it('"المنظمة" refers back to the organization named before', () => {
    const t = 'أكدت منظمة العفو الدولية أن «المعتقلين يتعرضون لسوء المعاملة». وبحسب المنظمة، فإن «العشرات ما زالوا محتجزين».';
    expect(speakers(t)).toEqual(['منظمة العفو الدولية', 'منظمة العفو الدولية']);
  });
  it('"الائتلاف" refers back to the fuller name written before', () => {
    const t = 'ودعا الائتلاف الوطني السوري المعارض الفصائل إلى التهدئة. وشدد الائتلاف على «ضرورة الابتعاد عن الأعمال الاستفزازية».';
    expect(speakers(t)).toEqual(['الائتلاف الوطني السوري المعارض']);
  });
  it('a topic before فـ ("أما X، فقد دعا") is the subject', () => {
    const t = 'وقال المرصد السوري إن القتال مستمر. أما الائتلاف الوطني السوري، فقد دعا في بيان إلى «ضبط النفس وحماية المدنيين».';
    expect(speakers(t)).toEqual(['الائتلاف الوطني السوري']);
  });
  it('an unnamed source gives null, and so does carrying it over', () => {
    expect(speakers('وقال مصدر أمني إن «الهجوم وقع فجرا». وأضاف المصدر أن «التحقيقات مستمرة».')).toEqual([null, null]);
    expect(speakers('وقال مسؤول في الوزارة: «القرار نهائي».')).toEqual([null]);
  });
  it('an unnamed source before its verb gives null', () => {
    expect(speakers('وقال الوزير خالد الحمد إن «الاتفاق قريب». مصدر أمني متابع للقضية قال: «لا اتفاق بعد».')).toEqual(['خالد الحمد', null]);
  });
  it('drops title words from an entity span that includes them', () => {
    const t = 'وقال الناطق باسم الوزارة إياد البزم إن «المعابر مغلقة اليوم».';
    expect(speakers(t, spans(t, ['person', 'الوزارة إياد البزم']))).toEqual(['إياد البزم']);
  });
  it('null when nobody is named at all', () => {
    expect(speakers('وكتب أحد المغردين: «الحكومة تأخرت كثيرا في اتخاذ هذا القرار».')).toEqual([null]);
    expect(speakers('وجاء في نص القرار: «يمنع التجول بعد العاشرة مساء في جميع المحافظات».')).toEqual([null]);
  });
});

describe('entity spans', () => {
  it('uses entity spans when the words alone are ambiguous', () => {
    const t = 'وقال غسان سلامة إن «الحل السياسي ممكن».';
    expect(speakers(t, spans(t, ['person', 'غسان سلامة']))).toEqual(['غسان سلامة']);
  });
  it('is not misled by wrong entity spans inside a title', () => {
    const t = 'وقال رئيس مجلس النواب نبيه بري إن «الحوار هو الحل».';
    expect(speakers(t, spans(t, ['org', 'مجلس النواب'], ['person', 'بري']))).toEqual(['نبيه بري']);
  });
  it('takes the fullest form from an entity span elsewhere in the text', () => {
    const t = 'زار الرئيس ميشال عون البرلمان. وقال عون: «لبنان سينهض».';
    expect(speakers(t, spans(t, ['person', 'ميشال عون'], ['person', 'عون:'.slice(0, 3)]))).toEqual(['ميشال عون']);
  });
});
