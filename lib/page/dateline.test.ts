import { describe, expect, it } from 'vitest';
import { dateFromText, findDateline } from './dateline';

describe('dateFromText', () => {
  it('reads Arabic datelines with their time', () => {
    expect(dateFromText('الأربعاء، 07 أكتوبر 2020 - 12:09 م')).toBe('2020-10-07T12:09');
    expect(dateFromText('تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً')).toBe('2020-04-24T21:22');
    expect(dateFromText('الأحد 5 مايو 2024')).toBe('2024-05-05');
  });

  it('ignores a weekday or a month without its year', () => {
    expect(dateFromText('الجمعة')).toBeNull();
    expect(dateFromText('في مايو الماضي')).toBeNull();
  });
});

describe('findDateline', () => {
  it('finds the date printed next to the headline, not one in the story', () => {
    document.body.innerHTML = '<h1>عنوان</h1><div class="meta">الأربعاء، 07 أكتوبر 2020 - 12:09 م</div><p>ولدت في 23 أبريل 1929.</p>';
    expect(findDateline(document)).toBe('2020-10-07T12:09');
  });

  it('answers null when the page prints no dateline', () => {
    document.body.innerHTML = '<h1>عنوان</h1><p>ولدت في عام 1929 وتوفيت بعد ذلك.</p>';
    expect(findDateline(document)).toBeNull();
  });
});
