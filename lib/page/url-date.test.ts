import { describe, expect, it } from 'vitest';
import { dateFromUrl } from './url-date';

const now = new Date('2026-12-01T12:00:00Z');

describe('dateFromUrl', () => {
  it('reads the day news sites write into the path', () => {
    expect(dateFromUrl('https://example.com/2013/11/29/story.html', now)).toBe('2013-11-29');
    expect(dateFromUrl('https://www.youm7.com/story/2024/5/13/وزارة/6573469', now)).toBe('2024-05-13');
    expect(dateFromUrl('https://www.urdupoint.com/daily/livenews/2024-05-12/news-4014900.html', now)).toBe('2024-05-12');
    expect(dateFromUrl('https://www.lefigaro.fr/international/guerre-en-ukraine-20241122', now)).toBe('2024-11-22');
  });

  it('takes no year-month alone, no id, no impossible or future day', () => {
    expect(dateFromUrl('https://www.beirutobserver.com/2020/11/2338761/', now)).toBeNull();
    expect(dateFromUrl('https://www.lemonde.fr/article/x_6187099_823448.html', now)).toBeNull();
    expect(dateFromUrl('https://example.com/2023/04/31/x', now)).toBeNull();
    expect(dateFromUrl('https://example.com/2027/01/05/x', now)).toBeNull();
    expect(dateFromUrl('not a url', now)).toBeNull();
  });
});
