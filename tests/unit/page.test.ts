import { describe, expect, it } from 'vitest';
import { scriptLanguage } from '../../lib/page/language';
import { detectArticle } from '../../lib/page/detect';
import { readMetadata } from '../../lib/page/metadata';
import { TextMap } from '../../lib/page/textmap';
import { readArticle } from '../../lib/page/article';

function page(html: string, url = 'https://news.example/politics/2023/03/14/story-1201'): Document {
  // An article's own address (a site's front page is never an article).
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  document.open();
  document.write(html);
  document.close();
  return document;
}

const para = (n: number) => Array.from({ length: n }, (_, i) => `<p>فقرة رقم ${i + 1}: قال المتحدث باسم الحكومة إن الوزارة ستعلن عن خطة جديدة لدعم المدن المحررة في الأسابيع المقبلة، وذلك بعد اجتماع مطول مع ممثلي المحافظات والهيئات المعنية في العاصمة.</p>`).join('');

describe('scriptLanguage', () => {
  it('tells Arabic from Persian and Urdu written in the same script', () => {
    expect(scriptLanguage('قال وزير الخارجية في مؤتمر صحفي إن الحكومة ستواصل دعم المدن المحررة من الإرهاب')).toBe('ar');
    expect(scriptLanguage('وزیر امور خارجه ایران گفت که این کشور برای گفتگو با آمریکا آماده است و این را اعلام کرد')).toBe('fa');
    expect(scriptLanguage('پاکستان کے وزیر اعظم نے کہا ہے کہ حکومت عوام کی خدمت کے لیے پرعزم ہے اور رہے گی')).toBe('ur');
    expect(scriptLanguage('Hello world, this is English')).toBe('other');
  });
  it('keeps Arabic with a few Persian letters (Iraqi names, Persian keyboards) as Arabic', () => {
    expect(scriptLanguage('وقالت قوات البيشمرگة إن الهجوم على الموصل بدأ فجر اليوم بمشاركة قوات التحالف الدولي')).toBe('ar');
  });
});

describe('detectArticle', () => {
  it('accepts an Arabic article with JSON-LD', () => {
    const d = page(`<html lang="ar"><head><title>خبر</title><script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body><article>${para(3)}</article></body></html>`);
    expect(detectArticle(d)).toMatchObject({ isArticle: true, language: 'ar' });
  });
  it('refuses English, Persian and link-only Arabic pages', () => {
    expect(detectArticle(page(`<html lang="en"><body><article>${para(4)}</article></body></html>`)).isArticle).toBe(false);
    expect(detectArticle(page('<html><head><title>وزیر امور خارجه ایران</title></head><body><p>وزیر امور خارجه ایران گفت که این کشور برای گفتگو با آمریکا آماده است و این را در نشست خبری امروز اعلام کرد که می‌خواهد</p></body></html>')).language).toBe('fa');
    expect(detectArticle(page('<html lang="ar"><body><ul><li><a href="/1">عنوان خبر أول</a></li><li><a href="/2">عنوان خبر ثان</a></li></ul></body></html>')).isArticle).toBe(false);
  });
});

describe('readMetadata', () => {
  it('reads JSON-LD inside @graph, meta tags as fallback', () => {
    const d = page(`<html><head><meta property="og:title" content="عنوان og"><meta property="article:published_time" content="2021-01-02T03:04:05Z">
      <script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","headline":"العنوان","datePublished":"2020-10-07T12:09:00+03:00","author":[{"@type":"Person","name":"أحمد علي"}]}]}</script></head><body></body></html>`);
    expect(readMetadata(d)).toEqual({ title: 'العنوان', byline: 'أحمد علي', published: '2020-10-07T12:09:00+03:00' });
  });
  it('survives broken JSON-LD', () => {
    const d = page('<html><head><title>ت</title><meta name="author" content="منى"><script type="application/ld+json">{broken</script></head><body><time datetime="2022-05-01">1 مايو</time></body></html>');
    expect(readMetadata(d)).toEqual({ title: 'ت', byline: 'منى', published: '2022-05-01' });
  });
});

describe('TextMap', () => {
  it('maps offsets to ranges across inline elements and paragraphs', () => {
    const d = page('<div id="b"><p>قال <b>فؤاد</b> حسين اليوم</p><script>var x = 1;</script><p>في <a href="#">بغداد</a>.</p></div>');
    const map = TextMap.fromElement(d.getElementById('b')!);
    expect(map.text.trimEnd()).toBe('قال فؤاد حسين اليوم\nفي بغداد.');
    const at = map.text.indexOf('فؤاد حسين');
    expect(map.range(at, at + 'فؤاد حسين'.length)!.toString()).toBe('فؤاد حسين');
    const b = map.text.indexOf('بغداد');
    const r = map.range(b, b + 5)!;
    expect(r.toString()).toBe('بغداد');
    expect(map.offsetsOf(r)).toEqual([b, b + 5]);
  });
  it('refuses offsets outside the text', () => {
    const d = page('<div id="b"><p>نص</p></div>');
    const map = TextMap.fromElement(d.getElementById('b')!);
    expect(map.range(0, 99)).toBeNull();
    expect(map.range(1, 1)).toBeNull();
  });
});

describe('readArticle', () => {
  it('extracts the body without "read also" and related blocks', () => {
    const d = page(`<html lang="ar"><head><meta property="og:type" content="article"></head><body><nav><a href="/">الرئيسية</a></nav>
      <article><h1>عنوان</h1><div class="article-body">${para(3)}<div class="read-also">اقرأ أيضاً: <a href="/x">خبر آخر مهم</a></div></div>
      <aside class="related"><p>أخبار ذات صلة بالموضوع نفسه من الأرشيف القديم للموقع الإخباري وما إليه من روابط</p></aside></article></body></html>`);
    const a = readArticle(d);
    expect(a.detection.isArticle).toBe(true);
    expect(a.map!.text).toContain('فقرة رقم 3');
    expect(a.map!.text).not.toContain('اقرأ أيضاً');
    expect(a.map!.text).not.toContain('الرئيسية');
  });
});
