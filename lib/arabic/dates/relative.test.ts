import { describe, expect, it } from 'vitest';
import { recognizeDates } from './recognize';

const REF = '2024-05-08';
const found = (text: string): string[] => recognizeDates(text, REF).map((s) => `${s.text}=${s.value}`);

describe('اليوم meaning nowadays', () => {
  it('after a clause-opening definite noun phrase, with or without إن/لكن', () => {
    expect(found('إن المواطن العربي اليوم يدفع ثمن الأزمات المتلاحقة.')).toEqual([]);
    expect(found('وقال: لكن الاقتصاد المحلي اليوم أضعف مما كان عليه.')).toEqual([]);
    expect(found('الصناعة الوطنية الناشئة اليوم بحاجة إلى حماية.')).toEqual([]);
  });
  it('stays today after a verb or with a noun phrase that is not all definite', () => {
    expect(found('أعلنت الوزارة اليوم إغلاق المعبر.')).toEqual(['اليوم=2024-05-08']);
    expect(found('الحكومة اللبنانية تعقد اليوم جلسة طارئة.')).toEqual(['اليوم=2024-05-08']);
    expect(found('وصل رئيس الوزراء اليوم إلى عمّان.')).toEqual(['اليوم=2024-05-08']);
  });
});
