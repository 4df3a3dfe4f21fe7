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
