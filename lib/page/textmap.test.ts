import { describe, expect, it } from 'vitest';
import { TextMap } from './textmap';
import { isBoilerplate } from './boilerplate';

function el(html: string): Element {
  const div = document.createElement('div');
  div.innerHTML = html;
  document.body.replaceChildren(div);
  return div;
}

describe('TextMap', () => {
  const root = () => el('<p>قال <b>فؤاد</b> <a href="#">حسين</a>: «نعم».</p><div class="related-cards">خبر آخر</div><p>بغداد<span> - </span>اليوم</p><script>var x = 1;</script>');

  it('reads the body text with block breaks, skipping scripts and boilerplate blocks', () => {
    const map = TextMap.fromElement(root(), isBoilerplate);
    expect(map.text).toBe('قال فؤاد حسين: «نعم».\nبغداد - اليوم\n');
  });

  it('maps every offset range back to a DOM Range with exactly those words, across inline elements', () => {
    const map = TextMap.fromElement(root(), isBoilerplate);
    const t = map.text;
    for (let s = 0; s < t.length; s++) {
      for (let e = s + 1; e <= t.length; e++) {
        const slice = t.slice(s, e);
        if (slice.includes('\n')) continue; // the block breaks are ours, not the page's
        expect(map.range(s, e)!.toString(), `${s}-${e}`).toBe(slice);
      }
    }
  });

  it('maps DOM positions back to offsets (the inverse)', () => {
    const r = root();
    const map = TextMap.fromElement(r, isBoilerplate);
    const b = r.querySelector('b')!.firstChild!;
    expect(map.offsetOf(b, 0)).toBe(map.text.indexOf('فؤاد'));
    const range = map.range(map.text.indexOf('بغداد'), map.text.indexOf('اليوم') + 5)!;
    expect(map.offsetsOf(range)).toEqual([map.text.indexOf('بغداد'), map.text.indexOf('اليوم') + 5]);
    expect(map.offsetOf(r.querySelector('.related-cards')!.firstChild!, 0)).toBe(-1);
  });

  it('keeps words apart where a skipped block sat between them', () => {
    const map = TextMap.fromElement(el('<div>الكلمة<div class="share-bar">شارك</div>التالية</div>'), isBoilerplate);
    expect(map.text).toContain('الكلمة\nالتالية');
  });

  it('rejects ranges outside the text', () => {
    const map = TextMap.fromElement(root(), isBoilerplate);
    expect(map.range(-1, 2)).toBeNull();
    expect(map.range(3, 3)).toBeNull();
    expect(map.range(0, map.text.length + 1)).toBeNull();
  });
});
