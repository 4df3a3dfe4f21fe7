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
