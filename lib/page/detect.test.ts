import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectArticle, gate } from './detect';
import { readArticle } from './article';

const FIXTURES = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'site');
function load(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(FIXTURES, name), 'utf8'), 'text/html');
}
function html(head: string, body: string, attrs = 'lang="ar" dir="rtl"'): Document {
  return new DOMParser().parseFromString(`<!doctype html><html ${attrs}><head>${head}</head><body>${body}</body></html>`, 'text/html');
}

describe('gate', () => {
  it('closes on a non-Arabic lang and on Persian/Urdu/Kurdish lang tags', () => {
    expect(gate(html('<title>Markets close higher</title>', '', 'lang="en"'))).toBe('en');
    expect(gate(html('<title>خبر</title>', '', 'lang="fa-IR"'))).toBe('fa');
    expect(gate(html('<title>خبر</title>', '', 'lang="ur"'))).toBe('ur');
  });

  it('reads the root\'s language as the attribute says it, in any case, with - or _; xml:lang only without lang', () => {
    for (const attrs of ['lang="ar"', 'lang="AR-eg"', 'lang="ar_SA"', 'xml:lang="ar"']) expect(gate(html('<title>x</title>', '', attrs)), attrs).toBeNull();
    for (const [attrs, closed] of [['lang="arz-x"', 'arz'], ['lang="FA_ir"', 'fa'], ['lang="ckb"', 'ckb'], ['lang="en" xml:lang="ar"', 'en'], ['lang=""', 'unknown'], ['', 'unknown']]) expect(gate(html('<title>x</title>', '', attrs!)), attrs).toBe(closed);
    expect(gate(html('<title>خبر عاجل من بغداد</title>', '', 'lang="ur-PK"'))).toBe('ur');
  });

  it('stays open for lang="ar", and for a CMS default lang="en-US" under an Arabic title', () => {
    expect(gate(html('<title>x</title>', ''))).toBeNull();
    expect(gate(html('<title>سرقة منزل أميرة سعودية في باريس</title>', '', 'lang="en-US" dir="rtl"'))).toBeNull();
  });
});

describe('detectArticle on pages shaped like real ones', () => {
  it('says yes to Arabic articles', () => {
    for (const f of ['article.html', 'page-jsonld.html']) expect(detectArticle(load(f)).isArticle, f).toBe(true);
  });

  it('says no to a listing, a Persian article and an English article', () => {
    expect(detectArticle(load('listing.html'))).toMatchObject({ isArticle: false });
    expect(detectArticle(load('persian.html'))).toMatchObject({ isArticle: false, language: 'fa' });
    expect(detectArticle(load('english.html'))).toMatchObject({ isArticle: false, language: 'en' });
  });

  it('says no to a site front page and to a page with too little running text', () => {
    const para = '<p>دعا وزير الخارجية العراقي سفراء دول التحالف الدولي إلى مساعدة العراق في إعادة إعمار المناطق المحررة من سيطرة التنظيم، وذلك خلال اجتماع عقده في مقر الوزارة ببغداد يوم الثلاثاء الماضي.</p>';
    const head = '<title>أخبار الرافدين</title><meta property="og:type" content="article">';
    expect(detectArticle(html(`${head}<link rel="canonical" href="https://news.example/2023/03/14/story">`, `<article>${para.repeat(6)}</article>`)).isArticle).toBe(true);
    expect(detectArticle(html(`${head}<link rel="canonical" href="https://news.example/">`, `<article>${para.repeat(6)}</article>`)).isArticle).toBe(false);
    expect(detectArticle(html('<title>تعليقات القراء على الخبر</title>', '<p>رائع جدا</p><p>شكرا لكم</p>')).isArticle).toBe(false);
  });
});

describe('pages that are never articles', () => {
  const para = '<p>دعا وزير الخارجية العراقي سفراء دول التحالف الدولي إلى مساعدة العراق في إعادة إعمار المناطق المحررة من سيطرة التنظيم، وذلك خلال اجتماع عقده في مقر الوزارة ببغداد يوم الثلاثاء الماضي.</p>';
  const at = (url: string): Document => {
    const d = html('<title>نتائج</title><meta property="og:type" content="article">', `<article>${para.repeat(6)}</article>`);
    Object.defineProperty(d, 'URL', { value: url });
    return d;
  };

  it('says no to social networks, search results and comment pages, by their URL', () => {
    expect(detectArticle(at('https://x.com/someone/status/1'))).toMatchObject({ isArticle: false, reason: 'social network' });
    expect(detectArticle(at('https://news.example/search?q=%D8%A8%D8%BA%D8%AF%D8%A7%D8%AF'))).toMatchObject({ isArticle: false, reason: 'search results' });
    expect(detectArticle(at('https://news.example/story/12/comments'))).toMatchObject({ isArticle: false, reason: 'comment page' });
    expect(detectArticle(at('https://news.example/story/12')).isArticle).toBe(true);
  });

  it('takes a visible dateline as a signal when the page has no metadata', () => {
    const d = html('<title>خبر</title>', `<h1>عنوان الخبر</h1><div class="date">الأربعاء، 07 أكتوبر 2020 - 12:09 م</div><div>${para.repeat(5)}</div>`);
    Object.defineProperty(d, 'URL', { value: 'https://news.example/story/12' });
    expect(detectArticle(d)).toMatchObject({ isArticle: true, reason: 'dateline and running text' });
  });
});

describe('readArticle', () => {
  it('extracts title, byline, the dateline date, and a body without boilerplate', () => {
    const a = readArticle(load('page-jsonld.html'));
    expect(a.title).toBe('وزير الخارجية العراقي يدعو التحالف الدولي إلى دعم الإعمار');
    expect(a.byline).toBe('سلمى الراوي');
    expect(a.published).toBe('2020-10-07T12:09');
    const text = a.map!.text;
    expect(text).toContain('فؤاد حسين');
    expect(text).toContain('نازحين داخل البلاد');
    for (const boiler of ['اقرأ أيضا', 'أنقرة', 'أخبار ذات صلة', 'التعليقات', 'فيسبوك', 'الأكثر قراءة']) expect(text).not.toContain(boiler);
  });
});
