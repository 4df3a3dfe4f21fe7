import { describe, expect, it } from 'vitest';
import { sourceUrl } from './source-url';

describe('sourceUrl', () => {
  it('points the browser at the passage with a text fragment', () => {
    expect(sourceUrl({ url: 'https://n.example/a', text: 'قال إن - الأمر, واضح', kind: 'selection' }))
      .toBe(`https://n.example/a#:~:text=${encodeURIComponent('قال إن ')}%2D${encodeURIComponent(' الأمر')}%2C${encodeURIComponent(' واضح')}`);
  });

  it('gives a long passage by its first and last words, keeps an existing fragment, and leaves a whole article alone', () => {
    const text = 'واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة أحد عشر اثنا عشر ثلاثة عشر أربعة عشر خمسة عشر';
    const url = sourceUrl({ url: 'https://n.example/a#top', text, kind: 'quote' });
    expect(url.startsWith('https://n.example/a#top:~:text=')).toBe(true);
    expect(decodeURIComponent(url.split(':~:text=')[1]!)).toBe('واحد اثنان ثلاثة أربعة خمسة,عشر أربعة عشر خمسة عشر');
    expect(sourceUrl({ url: 'https://n.example/a', text, kind: 'article' })).toBe('https://n.example/a');
  });
});
