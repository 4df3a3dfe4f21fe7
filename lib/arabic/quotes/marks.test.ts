import { describe, expect, it } from 'vitest';
import { pairQuotes } from './marks';

/** The quoted words of each outermost range. */
const quoted = (text: string): string[] => pairQuotes(text).map((r) => text.slice(r.start, r.end));

describe('pairQuotes: mark styles', () => {
  it('pairs English curly marks “ ”', () => {
    expect(quoted('قال الوزير: “نحن مستعدون للحوار”.')).toEqual(['نحن مستعدون للحوار']);
  });
  it('pairs guillemets « »', () => {
    expect(quoted('وأكد أن «الاتفاق صامد رغم الخروقات» في الجنوب.')).toEqual(['الاتفاق صامد رغم الخروقات']);
  });
  it('pairs straight double marks " "', () => {
    expect(quoted('وتابع: "الأسعار ستنخفض قريبا" ثم غادر. وقال آخر: "لا أظن ذلك أبدا"')).toEqual(['الأسعار ستنخفض قريبا', 'لا أظن ذلك أبدا']);
  });
  it('pairs low-high marks „ ‟ and „ “', () => {
    expect(quoted('وقالت الوزارة: „الحدود مغلقة حتى إشعار آخر‟.')).toEqual(['الحدود مغلقة حتى إشعار آخر']);
    expect(quoted('وقالت: „نعمل بلا توقف“ اليوم.')).toEqual(['نعمل بلا توقف']);
  });
  it('pairs single angle marks ‹ ›', () => {
    expect(quoted('وشدد على أن ‹القانون فوق الجميع› دائما.')).toEqual(['القانون فوق الجميع']);
  });
  it("pairs straight single marks ' ' but not apostrophes inside names", () => {
    expect(quoted("وقال: 'سنعود إلى طاولة المفاوضات' مساء.")).toEqual(['سنعود إلى طاولة المفاوضات']);
    expect(quoted("والتقى بالسيناتور O'Connor وبحركة Ba'ath في المؤتمر.")).toEqual([]);
    expect(quoted("وقال أوكونور (O'Connor): 'الحوار ممكن الآن'.")).toEqual(['الحوار ممكن الآن']);
  });
  it('pairs curly single marks ‘ ’ and keeps a typographic apostrophe inside a word', () => {
    expect(quoted('وقال: ‘لن نتراجع عن قرارنا’ بحزم.')).toEqual(['لن نتراجع عن قرارنا']);
    expect(quoted('زار وفد من D’Souza المدينة.')).toEqual([]);
  });
  it('pairs reversed curly marks ”…“ typed right to left', () => {
    expect(quoted('وأكدت أن ”الدعم سيستمر طوال العام“، لافتة إلى الخطة.')).toEqual(['الدعم سيستمر طوال العام']);
  });
});

describe('pairQuotes: broken punctuation', () => {
  it('reads an opening mark typed where the closer belongs (before a participle)', () => {
    const t = 'وأشار إلى أن “الوضع يتحسن يوما بعد يوم, “داعيا إلى “زيادة الدعم الدولي للمناطق المحررة”.';
    expect(quoted(t)).toEqual(['الوضع يتحسن يوما بعد يوم', 'زيادة الدعم الدولي للمناطق المحررة']);
  });
  it('reads an opening mark as a closer when the narrator resumes after it', () => {
    expect(quoted('وقال إن “المدارس ستفتح أبوابها الأحد“ وأضاف “الاستعدادات اكتملت”.')).toEqual(['المدارس ستفتح أبوابها الأحد', 'الاستعدادات اكتملت']);
  });
  it('reads a guillemet typed the wrong way round as a closer', () => {
    expect(quoted('وقال: «سنبني مئة مدرسة هذا العام« وغادر القاعة.')).toEqual(['سنبني مئة مدرسة هذا العام']);
  });
  it('runs a quote whose closer is missing to the end of its paragraph', () => {
    const t = 'وقال المدير: «سنواصل العمل حتى آخر يوم في السنة\nوفي سياق آخر، افتتح المعرض.';
    expect(quoted(t)).toEqual(['سنواصل العمل حتى آخر يوم في السنة']);
  });
  it('ends a quote whose closer is missing where the narrator speaks again', () => {
    const t = 'وقال الوزير: «المرحلة صعبة جدا. لكننا سنتجاوزها. وأضاف الوزير أن الحكومة ستعمل بلا توقف.';
    expect(quoted(t)).toEqual(['المرحلة صعبة جدا. لكننا سنتجاوزها.']);
  });
  it('finishes a quote broken over two paragraphs', () => {
    const t = 'وقال الوزير: «المرحلة المقبلة صعبة\nلكننا سنتجاوزها معا» ثم غادر.';
    expect(quoted(t)).toEqual(['المرحلة المقبلة صعبة', 'لكننا سنتجاوزها معا']);
  });
  it('reads the multi-paragraph convention (each paragraph reopens, only the last closes)', () => {
    const t = 'وقال: «الفقرة الأولى من الكلام\n«الفقرة الثانية من الكلام».';
    expect(quoted(t)).toEqual(['الفقرة الأولى من الكلام', 'الفقرة الثانية من الكلام']);
  });
  it('keeps a quote across sentences in one span', () => {
    expect(quoted('وقال: «الوضع مستقر. لا خوف على الإمدادات. الأسواق هادئة».')).toEqual(['الوضع مستقر. لا خوف على الإمدادات. الأسواق هادئة']);
  });
  it('keeps a quote inside a quote within the outer one', () => {
    const t = 'وقال: «سمعت الوزير يقول “لن نتراجع” أمام الجميع» ثم صمت.';
    expect(quoted(t)).toEqual(['سمعت الوزير يقول “لن نتراجع” أمام الجميع']);
    const u = 'وأضاف: "قلت لهم «الأرض أرضنا» وسنبقى فيها" للصحفيين.';
    expect(quoted(u)).toEqual(['قلت لهم «الأرض أرضنا» وسنبقى فيها']);
  });
  it('drops marks doubled around the whole quote, keeps an inner pair', () => {
    expect(quoted('واعتبر أن ««الاتفاق لا قيمة له».» وانسحب.')).toEqual(['الاتفاق لا قيمة له']);
    expect(quoted('وقال: «“الوقت ينفد”» ثم صمت.')).toEqual(['الوقت ينفد']);
    expect(quoted('وقال: «قلت لهم "لا"» ثم صمت.')).toEqual(['قلت لهم "لا"']);
  });
  it('trims spaces and commas inside the marks, keeps a final full stop', () => {
    expect(quoted('قال: « نحن هنا ، »')).toEqual(['نحن هنا']);
    expect(quoted('قال: “انتهى الاجتماع.”')).toEqual(['انتهى الاجتماع.']);
  });
  it('ignores stray closers and empty marks', () => {
    expect(quoted('النص» بلا افتتاح و«» فارغ')).toEqual([]);
  });
  it('gives offsets into the original text', () => {
    const t = 'وقال: «نعم».';
    const [r] = pairQuotes(t);
    expect(r).toMatchObject({ open: 6, close: 10, start: 7, end: 10 });
  });
});
