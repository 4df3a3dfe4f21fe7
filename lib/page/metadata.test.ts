import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { readMetadata } from './metadata';

/** A page at an address (the address can carry the date). */
function page(html: string, url = 'https://news.example/story/1'): Document {
  const w = new Window({ url });
  return new w.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

describe('the publication date where real pages put it', () => {
  it('reads meta names in any case and any attribute, and JSON-LD on a non-article node', () => {
    expect(readMetadata(page('<meta name="PublishDate" content="2019/02/08"><h1>ع</h1>')).published).toBe('2019-02-08');
    expect(readMetadata(page('<meta name="parsely-pub-date" content="2021-06-01T08:00:00Z">')).published).toBe('2021-06-01T08:00:00Z');
    expect(readMetadata(page('<script type="application/ld+json">{"@type":"WebPage","datePublished":"2018-03-04"}</script>')).published).toBe('2018-03-04');
  });

  it('prefers the <time> marked as the publication date to one elsewhere', () => {
    expect(readMetadata(page('<aside><time datetime="2020-01-01">قديم</time></aside><article><time pubdate datetime="2022-07-07">7 يوليو</time></article>')).published).toBe('2022-07-07');
  });

  it('takes the day in the address when the page names none, before scanning for a dateline', () => {
    expect(readMetadata(page('<h1>عنوان</h1><p>نص الخبر.</p>', 'https://news.example/2013/11/29/story.html')).published).toBe('2013-11-29');
  });

  it('finds a dateline in a time-stamp element after a logo h1', () => {
    const html = '<h1 class="logo">الموقع</h1><div><h1>عنوان الخبر</h1><div class="story-tmstmp">الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00</div></div>';
    expect(readMetadata(page(html)).published).toBe('2013-08-28');
  });

  it('answers null when there is no date anywhere (relative dates then resolve against today)', () => {
    expect(readMetadata(page('<h1>عنوان</h1><p>قال أمس إن الاجتماع انتهى.</p>')).published).toBeNull();
  });
});
