import { describe, expect, it } from 'vitest';
import { scriptLanguage } from './language';

describe('scriptLanguage', () => {
  it('tells Arabic from Persian, Urdu and Kurdish by letters and function words', () => {
    expect(scriptLanguage('قال وزير الخارجية العراقي إن الحكومة تعمل على إعادة الإعمار في المدن المحررة من التنظيم')).toBe('ar');
    expect(scriptLanguage('وزیر امور خارجه عراق روز سه‌شنبه برای دیدار با مقامات ایرانی وارد تهران شد و گفت که این سفر مهم است')).toBe('fa');
    expect(scriptLanguage('پاکستان کے وزیر خارجہ نے کہا ہے کہ حکومت عوام کی فلاح کے لیے کام کر رہی ہے اور یہ بہت اہم ہے')).toBe('ur');
    expect(scriptLanguage('وەزیری دەرەوەی عێراق ڕایگەیاند کە حکومەت کار بۆ ئاوەدانکردنەوەی شارەکان دەکات')).toBe('ckb');
  });

  it('keeps Arabic with a few Persian letters (Iraqi names with گ) Arabic', () => {
    expect(scriptLanguage('قال المتحدث باسم الحكومة إن قوات البيشمركة وصلت إلى كركوك وگرميان في إطار الاتفاق الذي تم التوصل إليه مع الحكومة الاتحادية')).toBe('ar');
  });

  it('answers other for text with too few Arabic letters', () => {
    expect(scriptLanguage('Markets close higher')).toBe('other');
  });
});
