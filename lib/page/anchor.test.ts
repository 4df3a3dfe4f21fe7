import { describe, expect, it } from 'vitest';
import { anchorAll } from './anchor';
import { TextMap } from './textmap';

describe('anchorAll', () => {
  it('turns found clippings into DOM ranges over the page text and lists the rest', () => {
    document.body.innerHTML = '<article><p>قال <b>الوزير</b> إن الزيارة ناجحة.</p><p>وأضاف أن العمل مستمر.</p></article>';
    const map = TextMap.fromElement(document.querySelector('article')!);
    const start = map.text.indexOf('الوزير إن');
    const items = [
      { id: 'a', text: 'الوزير إن الزيارة', prefix: 'قال ', suffix: ' ناجحة', position: { start, end: start + 'الوزير إن الزيارة'.length } },
      { id: 'b', text: 'العمل مستمر', prefix: '', suffix: '', position: null },
      { id: 'c', text: 'جملة لم تعد في الصفحة على الإطلاق ولا تشبه ما فيها', prefix: '', suffix: '', position: null },
    ];
    const html = document.body.innerHTML;
    const { found, missing } = anchorAll(map, items);
    expect(found.map((f) => [f.item.id, f.range.toString(), f.how])).toEqual([['a', 'الوزير إن الزيارة', 'position'], ['b', 'العمل مستمر', 'context']]);
    expect(missing.map((m) => m.id)).toEqual(['c']);
    expect(document.body.innerHTML).toBe(html);
  });
});
