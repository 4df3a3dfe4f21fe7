import { describe, expect, it } from 'vitest';
import { classWords, isBoilerplate, shortText } from './boilerplate';

function make(html: string): Element {
  document.body.innerHTML = html;
  return document.body.firstElementChild!;
}

describe('isBoilerplate', () => {
  it('takes share bars, related cards, comments, ads and hidden elements', () => {
    for (const html of ['<div class="share-bar">x</div>', '<div class="relatedNews">x</div>', '<section id="comments">x</section>',
      '<div class="adsbygoogle">x</div>', '<span class="d-none">x</span>', '<div class="article_details_time_to_read_bar">2 min</div>', '<figcaption>x</figcaption>']) {
      expect(isBoilerplate(make(html)), html).toBe(true);
    }
  });

  it('takes short «اقرأ أيضا» blocks and comment-policy notices', () => {
    expect(isBoilerplate(make('<div><strong>اقرأ أيضاً:</strong> <a href="#">خبر</a></div>'))).toBe(true);
    expect(isBoilerplate(make('<p>ترحب الشبكة بالنقاش. ننصحك بمراجعة إرشادات الاستخدام قبل نشر التعليقات.</p>'))).toBe(true);
  });

  it('keeps paragraphs whose class merely contains a word part (youm7 "selectionShareable")', () => {
    expect(isBoilerplate(make('<p class="selectionShareable">نص الخبر</p>'))).toBe(false);
    expect(isBoilerplate(make('<div class="content">نص الخبر</div>'))).toBe(false);
  });

  it('never takes the frame around the headline ("site-wrapper with-sidebar")', () => {
    const wrapper = make('<div class="site-wrapper with-sidebar"><h1>عنوان</h1><p>نص</p></div>');
    expect(isBoilerplate(wrapper)).toBe(false);
  });

  it('splits class names into word parts', () => {
    expect(classWords(make('<div class="relatedNews share_bar" id="x-y"></div>'))).toEqual(['related', 'news', 'share', 'bar', 'x', 'y']);
  });

  it('reads a block\'s text only while it is short: a long or many-node subtree is no «اقرأ أيضا» block', () => {
    const el = make('<div><b>اقرأ</b> <i>أيضا</i>: <a href="#">خبر <span>آخر</span></a></div>');
    expect(shortText(el, 1500)).toBe(el.textContent);
    expect(shortText(el, 10)).toBeNull();
    const deep = make('<div>' + '<div>'.repeat(500) + 'اقرأ أيضا: خبر' + '</div>'.repeat(500) + '</div>');
    expect(shortText(deep, 1500)).toBeNull();
    expect(isBoilerplate(deep)).toBe(false);
  });
});
