import { describe, expect, it } from 'vitest';
import { recognizeDates } from './recognize';

// Issue 15 forms, with examples written for the project (not the held-out batch). Ref: Wednesday 2024-10-16
// (13 Rabi al-Thani 1446 by Umm al-Qura).
const REF = '2024-10-16';
const spans = (text: string, ref = REF) => recognizeDates(text, ref).map((s) => [s.text, s.value]);
const withCal = (text: string, ref = REF) => recognizeDates(text, ref).map((s) => [s.text, s.value, s.calendar]);

describe('ranges and lists of days', () => {
  it('يومي / أيام with consecutive days: one interval', () => {
    expect(spans('تعقد اللجنة اجتماعاتها يومي 21 و22 أكتوبر الجاري.')).toEqual([['يومي 21 و22 أكتوبر الجاري', '2024-10-21/2024-10-23']]);
    expect(spans('أغلقت المدارس أيام 7 و8 و9 أكتوبر بسبب الأمطار.')).toEqual([['أيام 7 و8 و9 أكتوبر', '2024-10-07/2024-10-10']]);
  });
  it('Hijri days: يومي / أيام with consecutive days is one interval, others one span per day', () => {
    expect(withCal('أُغلقت الأسواق يومي 21 و22 رمضان 1445.')).toEqual([['يومي 21 و22 رمضان 1445', '2024-03-31/2024-04-02', 'hijri']]);
    expect(withCal('تزدحم المشاعر أيام 10 و11 و12 ذي الحجة 1445 هـ.')).toEqual([['أيام 10 و11 و12 ذي الحجة 1445 هـ', '2024-06-16/2024-06-19', 'hijri']]);
    expect(withCal('صام الأهالي يومي 9 و11 محرم 1446.')).toEqual([['يومي 9', '2024-07-15', 'hijri'], ['11 محرم 1446', '2024-07-17', 'hijri']]);
  });
  it('days that are not consecutive, or with no يومي: one span per day', () => {
    expect(spans('سجلت الهزات في 3 و12 سبتمبر.')).toEqual([['3', '2024-09-03'], ['12 سبتمبر', '2024-09-12']]);
  });
  it('من … إلى / حتى and بين … و: one interval, the preposition outside', () => {
    expect(spans('يقام السوق من 1 إلى 5 نوفمبر المقبل.')).toEqual([['1 إلى 5 نوفمبر المقبل', '2024-11-01/2024-11-06']]);
    expect(spans('تقبل الطلبات خلال الفترة من 20 حتى 30 أكتوبر.')).toEqual([['20 حتى 30 أكتوبر', '2024-10-20/2024-10-31']]);
    expect(spans('ارتفعت الإصابات بين 2 و9 سبتمبر 2024.')).toEqual([['2 و9 سبتمبر 2024', '2024-09-02/2024-09-10']]);
  });
  it('a range of months', () => {
    expect(spans('تستمر الحملة من يناير إلى مارس 2025.')).toEqual([['يناير إلى مارس 2025', '2025-01/2025-04']]);
    expect(spans('يمتد الموسم من نوفمبر حتى فبراير 2025.')).toEqual([['نوفمبر حتى فبراير 2025', '2024-11/2025-03']]);
  });
  it('a Hijri range of days', () => {
    expect(withCal('تمتد العطلة من 8 حتى 14 ذي الحجة 1446 هـ.')).toEqual([['8 حتى 14 ذي الحجة 1446 هـ', '2025-06-04/2025-06-11', 'hijri']]);
  });
});

describe('compositions read as one date', () => {
  it('day month من العام الماضي / المقبل / هذا العام', () => {
    expect(spans('وقعت الحادثة في 12 مايو من العام الماضي.')).toEqual([['12 مايو من العام الماضي', '2023-05-12']]);
    expect(spans('تنتهي الولاية في 3 فبراير من العام المقبل.')).toEqual([['3 فبراير من العام المقبل', '2025-02-03']]);
    expect(spans('تقرر في 9 يناير من هذا العام رفع الأسعار.')).toEqual([['9 يناير من هذا العام', '2024-01-09']]);
  });
  it('a part of a month named with its modifier', () => {
    expect(spans('يصدر الحكم أواخر نوفمبر المقبل.')).toEqual([['أواخر نوفمبر المقبل', '2024-11-21/2024-12-01']]);
    expect(spans('انطلقت المفاوضات مطلع العام المقبل.')).toEqual([['مطلع العام المقبل', '2025-01/2025-05']]);
  });
  it('a weekday with a day and month takes the year in which they agree', () => {
    // 10 March is a Sunday in 2024, a Monday in 2025.
    expect(spans('افتتح المعرض الأحد 10 مارس.')).toEqual([['الأحد 10 مارس', '2024-03-10']]);
    expect(spans('تبدأ الدورة الاثنين 10 مارس.')).toEqual([['الاثنين 10 مارس', '2025-03-10']]);
  });
});

describe('spoken words quoted in news', () => {
  it('بكرة, امبارح, أول امبارح, النهارده', () => {
    expect(spans('قال البائع: «بكرة نفتح المحل بدري».')).toEqual([['بكرة', '2024-10-17']]);
    expect(spans('«امبارح الشرطة جت الحارة»، قالت الجارة.')).toEqual([['امبارح', '2024-10-15']]);
    expect(spans('وأضاف: «أول امبارح وصلنا الخبر».')).toEqual([['أول امبارح', '2024-10-14']]);
    expect(spans('«النهارده الدنيا زحمة»، يقول السائق.')).toEqual([['النهارده', '2024-10-16']]);
  });
  it('الأسبوع الجاي, الشهر اللي فات, السنة الجاية', () => {
    expect(spans('«هنسافر الأسبوع الجاي»، قالت الطالبة.')).toEqual([['الأسبوع الجاي', '2024-10-21/2024-10-28']]);
    expect(spans('«الإيجار زاد الشهر اللي فات»، يقول المستأجر.')).toEqual([['الشهر اللي فات', '2024-09']]);
    expect(spans('«السنة الجاية هتكون أصعب»، يقول التاجر.')).toEqual([['السنة الجاية', '2025']]);
  });
  it('عن بكرة أبيهم is not tomorrow', () => {
    expect(spans('خرج أهل القرية عن بكرة أبيهم.')).toEqual([]);
  });
});

describe('ordinal weekdays and edges of a period', () => {
  it('أول / ثاني / آخر weekday of a month', () => {
    expect(spans('تجرى الانتخابات في أول ثلاثاء من نوفمبر المقبل.')).toEqual([['أول ثلاثاء من نوفمبر المقبل', '2024-11-05']]);
    expect(spans('يجتمع المجلس آخر خميس من الشهر الجاري.')).toEqual([['آخر خميس من الشهر الجاري', '2024-10-31']]);
    expect(spans('عقد اللقاء في ثاني جمعة من سبتمبر 2024.')).toEqual([['ثاني جمعة من سبتمبر 2024', '2024-09-13']]);
  });
  it('a weekday then الأخيرة / a feminine ordinal, in a Hijri month', () => {
    // Ramadan 1446: 2025-03-01 to 2025-03-29; its Fridays 7, 14, 21, 28 March.
    expect(withCal('خرج المصلون في الجمعة الأخيرة من رمضان 1446.')).toEqual([['الجمعة الأخيرة من رمضان 1446', '2025-03-28', 'hijri']]);
    expect(withCal('ألقى الخطبة في الجمعة الثانية من رمضان 1446.')).toEqual([['الجمعة الثانية من رمضان 1446', '2025-03-14', 'hijri']]);
  });
  it('الخميس الثاني من مارس is the 2nd of March (a masculine ordinal after a weekday is a day)', () => {
    expect(spans('وصل الوفد الخميس الثاني من مارس 2023.')).toEqual([['الخميس الثاني من مارس 2023', '2023-03-02']]);
  });
  it('weeks of a month or a year', () => {
    expect(spans('تبدأ العطلة في الأسبوع الأخير من ديسمبر 2024.')).toEqual([['الأسبوع الأخير من ديسمبر 2024', '2024-12-25/2025-01-01']]);
    expect(spans('صدر القرار في الأسبوع الثاني من الشهر الماضي.')).toEqual([['الأسبوع الثاني من الشهر الماضي', '2024-09-08/2024-09-15']]);
    expect(spans('افتتح المهرجان في أول أسبوع من يوليو 2024.')).toEqual([['أول أسبوع من يوليو 2024', '2024-07-01/2024-07-08']]);
  });
  it('first and last day of a month or the year', () => {
    expect(spans('تنتهي المهلة في آخر يوم من العام.')).toEqual([['آخر يوم من العام', '2024-12-31']]);
    expect(spans('يسري القانون من اليوم الأول من الشهر المقبل.')).toEqual([['اليوم الأول من الشهر المقبل', '2024-11-01']]);
  });
  it('days counted from a holiday or a Hijri month', () => {
    expect(withCal('تعود المدارس في ثالث أيام عيد الأضحى 1446.')).toEqual([['ثالث أيام عيد الأضحى 1446', '2025-06-08', 'hijri']]);
    expect(withCal('يبدأ الصيام في أول أيام رمضان 1446.')).toEqual([['أول أيام رمضان 1446', '2025-03-01', 'hijri']]);
    expect(withCal('ازدحمت المساجد في العشر الأواخر من رمضان 1445.')).toEqual([['العشر الأواخر من رمضان 1445', '2024-03-31/2024-04-10', 'hijri']]);
  });
  it('ثاني أيام العيد: the Eid nearest the reference', () => {
    // Ref 2025-04-01: Eid al-Fitr 1446 was 2025-03-30.
    expect(withCal('زار الرئيس الجرحى في ثاني أيام العيد.', '2025-04-01')).toEqual([['ثاني أيام العيد', '2025-03-31', 'hijri']]);
  });
});

describe('holidays and seasons', () => {
  it('Hijri holidays without a year: the nearest occurrence', () => {
    // Ref 2024-10-16 = 13 Rabi II 1446: Eid al-Fitr 1445 was 2024-04-10, 1446 is 2025-03-30.
    expect(withCal('يتوقع التجار انتعاش المبيعات في عيد الفطر.')).toEqual([['عيد الفطر', '2025-03-30', 'hijri']]);
    expect(withCal('احتفل المسلمون بالمولد النبوي الشريف.')).toEqual([['المولد النبوي الشريف', '2024-09-15', 'hijri']]);
    expect(withCal('أعلنت الحكومة عطلة رأس السنة الهجرية.')).toEqual([['رأس السنة الهجرية', '2024-07-07', 'hijri']]);
  });
  it('with a Hijri or a Gregorian year, or المقبل / الماضي', () => {
    expect(withCal('ارتفعت أسعار المواشي قبل عيد الأضحى 1444.')).toEqual([['عيد الأضحى 1444', '2023-06-28', 'hijri']]);
    expect(withCal('سافر كثيرون خلال عيد الفطر 2023.')).toEqual([['عيد الفطر 2023', '2023-04-21', 'hijri']]);
    expect(withCal('تستعد الأسواق لعيد الأضحى المقبل.')).toEqual([['عيد الأضحى المقبل', '2025-06-06', 'hijri']]);
    expect(withCal('تراجعت الأسعار منذ عيد الفطر الماضي.')).toEqual([['عيد الفطر الماضي', '2024-04-10', 'hijri']]);
  });
  it('ليلة القدر, يوم عرفة, عاشوراء', () => {
    expect(withCal('يحيي المصلون ليلة القدر في المسجد الحرام.', '2025-03-10')).toEqual([['ليلة القدر', '2025-03-27', 'hijri']]);
    expect(withCal('وقف الحجاج على جبل عرفات يوم عرفة.', '2024-06-15')).toEqual([['يوم عرفة', '2024-06-15', 'hijri']]);
  });
  it('Gregorian holidays', () => {
    expect(withCal('تزينت الشوارع لعيد الميلاد.')).toEqual([['عيد الميلاد', '2024-12-25', 'gregorian']]);
    expect(withCal('ألغيت احتفالات رأس السنة الميلادية.')).toEqual([['رأس السنة الميلادية', '2025-01-01', 'gregorian']]);
    expect(withCal('احتفلت المدينة برأس السنة 2024.')).toEqual([['رأس السنة 2024', '2024-01-01', 'gregorian']]);
  });
  it('Coptic and Orthodox Christmas: 7 January, named with its church or in a sentence about it', () => {
    expect(withCal('يحتفل الأرثوذكس بعيد الميلاد الشرقي في القدس.')).toEqual([['عيد الميلاد الشرقي', '2025-01-07', 'gregorian']]);
    expect(withCal('ترأس البابا تواضروس قداس عيد الميلاد المجيد في العاصمة.')).toEqual([['عيد الميلاد المجيد', '2025-01-07', 'gregorian']]);
    expect(withCal('وجهت الكنيسة القبطية الدعوات لقداس عيد الميلاد.')).toEqual([['عيد الميلاد', '2025-01-07', 'gregorian']]);
    expect(withCal('أضاءت البلدية شجرة عيد الميلاد المجيد في الساحة.')).toEqual([['عيد الميلاد المجيد', '2024-12-25', 'gregorian']]);
  });
  it('birthdays, recurrences and other new years are not holidays', () => {
    expect(spans('احتفلت النجمة بعيد ميلادها الأربعين.')).toEqual([]);
    expect(spans('يحتفل الأمازيغ برأس السنة الأمازيغية.')).toEqual([]);
    expect(spans('تزدحم الطرق في عيد الفطر من كل عام.')).toEqual([]);
  });
  it('seasons with a year or a modifier', () => {
    expect(spans('ضرب الجفاف المنطقة صيف 2022.')).toEqual([['صيف 2022', '2022-06/2022-09']]);
    expect(spans('تبدأ الأعمال ربيع 2025.')).toEqual([['ربيع 2025', '2025-03/2025-06']]);
    expect(spans('تنتهي الأشغال الصيف المقبل.')).toEqual([['الصيف المقبل', '2025-06/2025-09']]);
    expect(spans('تراجع الإنتاج خلال الشتاء الماضي.')).toEqual([['الشتاء الماضي', '2023-12/2024-03']]);
    expect(spans('يحب الناس السفر في الصيف.')).toEqual([]);
  });
});

describe('anaphoric days: counted from the date before them', () => {
  it('اليوم التالي / السابق after a written date', () => {
    expect(spans('انطلقت القافلة في 3 أكتوبر، ووصلت إلى الحدود في اليوم التالي.')).toEqual([['3 أكتوبر', '2024-10-03'], ['اليوم التالي', '2024-10-04']]);
    expect(spans('أعلن الوقف في 20 سبتمبر، بعد مواجهات عنيفة في اليوم السابق.')).toEqual([['20 سبتمبر', '2024-09-20'], ['اليوم السابق', '2024-09-19']]);
  });
  it('العام نفسه / الشهر ذاته / اليوم ذاته: the period of the date before them', () => {
    expect(spans('عُيّن وزيرا في فبراير 2014، ثم أقيل في نوفمبر من العام نفسه.')).toEqual([['فبراير 2014', '2014-02'], ['نوفمبر من العام نفسه', '2014-11']]);
    expect(spans('وصل الوفد في 3 أيار 2021، وعاد في 27 من الشهر ذاته.')).toEqual([['3 أيار 2021', '2021-05-03'], ['27 من الشهر ذاته', '2021-05-27']]);
    expect(spans('تأسس النادي عام 1931، وفي العام ذاته لعب أول مباراة.')).toEqual([['عام 1931', '1931'], ['العام ذاته', '1931']]);
    expect(spans('أُعلن القرار في 2 يناير 2020 وأُلغي في اليوم ذاته.')).toEqual([['2 يناير 2020', '2020-01-02'], ['اليوم ذاته', '2020-01-02']]);
  });
  it('العام نفسه with no date before it names nothing', () => {
    expect(spans('قال إن العام نفسه لم يكن سهلا.')).toEqual([]);
    expect(spans('وفي الشهر ذاته ارتفعت الأسعار.')).toEqual([]);
  });
  it('الشهر التالي / العام التالي after a month or a year', () => {
    expect(spans('بدأ الإضراب في مارس 2019 وانتهى في الشهر التالي.')).toEqual([['مارس 2019', '2019-03'], ['الشهر التالي', '2019-04']]);
    expect(spans('تأسس الحزب عام 1945 وشارك في الانتخابات في العام التالي.')).toEqual([['عام 1945', '1945'], ['العام التالي', '1946']]);
  });
  it('with no date before, from the reference like أمس / غدا', () => {
    expect(spans('وكانت الشرطة قد أوقفته في اليوم السابق.')).toEqual([['اليوم السابق', '2024-10-15']]);
  });
});

describe('times of day, alone or with their date', () => {
  it('a time alone is of the reference day, at minute grain', () => {
    expect(spans('تبدأ المسيرة الساعة الرابعة عصراً.')).toEqual([['الساعة الرابعة عصراً', '2024-10-16T16:00']]);
    expect(spans('انطلقت الرحلة في تمام الثامنة والربع صباحاً.')).toEqual([['الثامنة والربع صباحاً', '2024-10-16T08:15']]);
    expect(spans('وقع الحادث نحو 11:40 ليلا.')).toEqual([['11:40 ليلا', '2024-10-16T23:40']]);
  });
  it('a written zone with a fixed offset is kept in the value', () => {
    expect(spans('يبدأ البث الساعة 19:00 بتوقيت غرينتش.')).toEqual([['الساعة 19:00 بتوقيت غرينتش', '2024-10-16T19:00Z']]);
    expect(spans('تنطلق القمة الساعة 9 صباحا بتوقيت الرياض.')).toEqual([['الساعة 9 صباحا بتوقيت الرياض', '2024-10-16T09:00+03:00']]);
    expect(spans('يبدأ الحفل الساعة 20:30 بتوقيت القاهرة.')).toEqual([['الساعة 20:30 بتوقيت القاهرة', '2024-10-16T20:30']]);
  });
  it('summer time written out has its offset; a European zone has its own', () => {
    expect(spans('تبدأ الصلاة الساعة 6:30 بتوقيت القدس الصيفي.')).toEqual([['الساعة 6:30 بتوقيت القدس الصيفي', '2024-10-16T06:30+03:00']]);
    expect(spans('يبدأ التصويت الساعة 8:00 بتوقيت وسط أوروبا الصيفي.')).toEqual([['الساعة 8:00 بتوقيت وسط أوروبا الصيفي', '2024-10-16T08:00+02:00']]);
    expect(spans('يفتتح المؤتمر الساعة 10:00 بتوقيت وسط أوروبا.')).toEqual([['الساعة 10:00 بتوقيت وسط أوروبا', '2024-10-16T10:00+01:00']]);
  });
  it('midnight: the one that began the day, or the coming one when the sentence speaks of the future', () => {
    expect(spans('انقطع التيار الكهربائي عند منتصف الليل.')).toEqual([['منتصف الليل', '2024-10-16T00:00']]);
    expect(spans('سيدخل القرار حيز التنفيذ عند منتصف الليل.')).toEqual([['منتصف الليل', '2024-10-17T00:00']]);
  });
  it('a time with its date is one span', () => {
    expect(spans('يعقد المؤتمر الساعة العاشرة صباح الخميس 17 أكتوبر.')).toEqual([['الساعة العاشرة صباح الخميس 17 أكتوبر', '2024-10-17T10:00']]);
    expect(spans('هبطت الطائرة في الخامسة من فجر اليوم.')).toEqual([['الخامسة من فجر اليوم', '2024-10-16T05:00']]);
  });
  it('an hour word with no meridiem, a verse number, or a time beside another date is not a time of today', () => {
    expect(spans('تبدأ الجلسة الساعة الثالثة.')).toEqual([]);
    expect(spans('قرأ الآية 3:16 من الإنجيل.')).toEqual([]);
    expect(spans('عند الساعة 10 صباحا، وصل الوزير يوم 5 أكتوبر إلى بغداد.')).toEqual([['5 أكتوبر', '2024-10-05']]);
  });
});

describe('اليوم meaning nowadays is not a date', () => {
  it('after a pronoun or a clause-initial noun, or with a verb of state', () => {
    expect(spans('نحن اليوم أمام خيارات صعبة.')).toEqual([]);
    expect(spans('«هم اليوم يرفضون الحوار»، قال النائب.')).toEqual([]);
    expect(spans('الاقتصاد اليوم يعاني من ركود عميق.')).toEqual([]);
    expect(spans('تعيش المدينة اليوم على وقع الأزمة.')).toEqual([]);
    expect(spans('لم تعد الأسرة اليوم قادرة على الادخار.')).toEqual([]);
  });
  it('اليوم of a reported event is today', () => {
    expect(spans('أعلنت الحكومة اليوم استقالتها.')).toEqual([['اليوم', '2024-10-16']]);
    expect(spans('يلتقي الرئيس اليوم نظيره الفرنسي.')).toEqual([['اليوم', '2024-10-16']]);
    expect(spans('قال الوزير في مؤتمر صحفي عقده اليوم إن الحوار مستمر.')).toEqual([['اليوم', '2024-10-16']]);
  });
});

describe('guards found on real news (the bench corpus)', () => {
  it('opening hours and schedules are not a time of today', () => {
    expect(spans('يفتح المتحف أبوابه من التاسعة صباحا حتى منتصف الليل.')).toEqual([]);
    expect(spans('تقام العروض يوميا الساعة الثامنة مساء.')).toEqual([]);
    expect(spans('توافد المشجعون منذ الساعة الخامسة فجراً.')).toEqual([]);
  });
  it('بكرة القدم is a ball, صيف 1434 a Hijri year', () => {
    expect(spans('يهتم الشباب بكرة القدم كثيرا.')).toEqual([]);
    expect(spans('أقيم المهرجان لأول مرة في صيف 1434.')).toEqual([]);
  });
  it('a season across two years is not two years', () => {
    expect(spans('انطلق الموسم الرياضي 2014-2015 بمشاركة 16 فريقا.')).toEqual([]);
    expect(spans('صدر جدول الدوري لعام 2014-2015 أمس.')).not.toContainEqual(['عام 2014-2015', '2014/2016']);
  });
  it('an ordinal day after يوم is a day of the month', () => {
    expect(withCal('تنتهي المهلة يوم الثامن والعشرين من شهر رمضان 1446.')).toEqual([['الثامن والعشرين من شهر رمضان 1446', '2025-03-28', 'hijri']]);
  });
  it('أوائل (normalized اوايل) makes a part of a month; a time joined to a day keeps its weekday', () => {
    expect(spans('عاد الوفد في أوائل مايو 2024.')).toEqual([['أوائل مايو 2024', '2024-05-01/2024-05-11']]);
    expect(spans('يقام الحفل عند الثامنة من صباح يوم غد الخميس.')).toEqual([['الثامنة من صباح يوم غد الخميس', '2024-10-17T08:00']]);
  });
  it('اليوم after a name closed by a quote is today', () => {
    expect(spans('أفادت صحيفة "ذا تايمز" البريطانية اليوم بأن المفاوضات انهارت.')).toEqual([['اليوم', '2024-10-16']]);
  });
});
