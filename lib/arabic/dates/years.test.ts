import { describe, expect, it } from 'vitest';
import { recognizeDates } from './recognize';

// Examples written for the project (issue 15), not taken from the held-out batch. Ref: Wednesday 2024-10-16.
const REF = '2024-10-16';
const spans = (text: string, ref = REF) => recognizeDates(text, ref).map((s) => [s.text, s.value]);

describe('years alone', () => {
  it('a year in parentheses after a title or a name', () => {
    expect(spans('أخرج يوسف شاهين فيلم «الأرض» (1969) عن رواية لعبد الرحمن الشرقاوي.')).toEqual([['1969', '1969']]);
    expect(spans('وصدر ديوانه أغاني الحياة (1955) بعد وفاته.')).toEqual([['1955', '1955']]);
  });
  it('a count in parentheses is not a year', () => {
    expect(spans('بلغ عدد المشاركين (1500 مشارك) في الدورة.')).toEqual([]);
  });
  it('a list of consecutive years is one interval; non-consecutive ones are one span each', () => {
    expect(spans('تراجعت السياحة في عامي 2020 و2021.')).toEqual([['عامي 2020 و2021', '2020/2022']]);
    expect(spans('نظمت المدينة الألعاب خلال الأعوام 2006 و2007 و2008.')).toEqual([['الأعوام 2006 و2007 و2008', '2006/2009']]);
    expect(spans('أقيمت البطولة في الدوحة عامي 2006 و2011.')).toEqual([['عامي 2006', '2006'], ['2011', '2011']]);
  });
  it('بين العامين / بين عامي is a range', () => {
    expect(spans('دارت الحرب الأهلية بين العامين 1975 و1990.')).toEqual([['العامين 1975 و1990', '1975/1991']]);
    expect(spans('ارتفع الدين العام بين عامي 2008 و2015.')).toEqual([['عامي 2008 و2015', '2008/2016']]);
  });
  it('ranges of years with من/إلى, a dash, or بين … و', () => {
    expect(spans('شغل المنصب من 1952 إلى 1954.')).toEqual([['1952 إلى 1954', '1952/1955']]);
    expect(spans('خلال الفترة 2011-2013 تراجع النمو.')).toEqual([['2011-2013', '2011/2014']]);
    expect(spans('هاجر الملايين بين 1880 و1920 إلى الأمريكتين.')).toEqual([['1880 و1920', '1880/1921']]);
  });
  it('a range of counts is not a range of years', () => {
    expect(spans('ارتفع عدد الطلاب من 1200 إلى 1500 طالب.')).toEqual([]);
  });
  it('historic years after عام / العام', () => {
    expect(spans('فتح المسلمون الأندلس عام 711 ثم سقطت غرناطة عام 1492.')).toEqual([['عام 1492', '1492']]);
    expect(spans('تأسست القاهرة في العام 1069 تقريبا.')).toEqual([['العام 1069', '1069']]);
  });
  it('a preposition stays outside the span: في 1973, منذ 1948', () => {
    expect(spans('اندلعت الحرب في 1973 بعد سنوات من الاستنزاف.')).toEqual([['1973', '1973']]);
    expect(spans('يعيش اللاجئون في المخيمات منذ 1948.')).toEqual([['1948', '1948']]);
  });
  it('decades, and an age in decades that is not one', () => {
    expect(spans('انتشرت موسيقى الراي في السبعينيات.')).toEqual([['السبعينيات', '1970/1980']]);
    expect(spans('غادر البلاد في خمسينيات القرن الماضي.')).toEqual([['خمسينيات القرن الماضي', '1950/1960']]);
    expect(spans('توفيت سيدة في السبعينيات من عمرها.')).toEqual([]);
  });
  it('centuries as the hundred years they name', () => {
    expect(spans('بنيت القلعة في القرن الثالث عشر.')).toEqual([['القرن الثالث عشر', '1200/1300']]);
    expect(spans('عرف القرن الحادي والعشرون ثورة رقمية.')).toEqual([['القرن الحادي والعشرون', '2000/2100']]);
    expect(spans('كان ذلك في منتصف القرن الماضي.')).toEqual([['القرن الماضي', '1900/2000']]);
    expect(spans('ازدهرت بغداد في القرن الرابع الهجري.')).toEqual([]);
    expect(spans('رفض الفلسطينيون ما سمي صفقة القرن.')).toEqual([]);
  });
  it('durations are not dates', () => {
    expect(spans('أمضى 27 عاما في السجن.')).toEqual([]);
    expect(spans('استمرت الحرب لمدة 8 سنوات.')).toEqual([]);
    expect(spans('حكم البلاد طوال 42 عاما.')).toEqual([]);
  });
});
