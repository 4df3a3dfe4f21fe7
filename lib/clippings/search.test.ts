import { describe, expect, it } from 'vitest';
import { SearchIndex, markSegments } from './search';
import { wordKeys } from './keys';
import { clip } from '../../tests/unit/clip';

const find = (texts: string[], q: string): string[] => {
  const cs = texts.map((text) => clip({ text, title: null }));
  const hits = new SearchIndex(cs).match(q);
  return hits ? cs.filter((_, i) => hits[i]).map((c) => c.text) : [];
};

describe('Arabic-aware search', () => {
  it('«الجعفري» finds «والجعفريّ» (prefix و, article, shadda)', () => {
    expect(find(['قال والجعفريّ إن', 'قال الحكيم'], 'الجعفري')).toEqual(['قال والجعفريّ إن']);
  });

  it.each([
    ['diacritics', 'مُؤْتَمَرٌ صحفي', 'مؤتمر'],
    ['tatweel', 'الوزيــــر', 'وزير'],
    ['alef forms', 'إعلان الأمم', 'اعلان'],
    ['alef madda', 'آمال كبيرة', 'امال'],
    ['ya / alef maqsura', 'مستشفى المدينة', 'مستشفي'],
    ['ta marbuta / ha', 'الحكومه الجديدة', 'حكومة'],
    ['preposition ب', 'بالعراق', 'العراق'],
    ['preposition ل + article', 'للحكومة', 'الحكومة'],
    ['conjunction ف', 'فالرئيس', 'رئيس'],
    ['preposition ك', 'كالعادة', 'عادة'],
    ['Arabic-Indic digits', 'عام ٢٠٢٣', '2023'],
  ])('ignores %s', (_what, text, q) => {
    expect(find([text, 'لا علاقة'], q)).toEqual([text]);
  });

  it('matches as you type (word starts) and needs every query word', () => {
    expect(find(['وزير الخارجية العراقي', 'وزير المالية'], 'وزير الخارج')).toEqual(['وزير الخارجية العراقي']);
    expect(find(['وزير الخارجية'], 'الخار')).toEqual(['وزير الخارجية']);
    expect(find(['وزير الخارجية'], 'زراعة')).toEqual([]);
    // Every prefix of «والجعفري» as typed finds «الجعفريّ», once past the clitics alone («و», «وا», «وال»).
    for (let k = 4; k <= 'والجعفري'.length; k++) expect(find(['قال الجعفريّ'], 'والجعفري'.slice(0, k))).toEqual(['قال الجعفريّ']);
    for (let k = 3; k <= 'الجعفري'.length; k++) expect(find(['قال والجعفريّ'], 'الجعفري'.slice(0, k))).toEqual(['قال والجعفريّ']);
  });

  it('searches note, tags and title too; empty query matches nothing special', () => {
    const cs = [clip({ text: 'نص', note: 'ملاحظة عن النفط' }), clip({ text: 'نص', tags: ['انتخابات'] })];
    const idx = new SearchIndex(cs);
    expect([...idx.match('النفط')!]).toEqual([1, 0]);
    expect([...idx.match('انتخابات')!]).toEqual([0, 1]);
    expect(idx.match('  ')).toBeNull();
  });

  it('answers the same when built in slices', async () => {
    const cs = Array.from({ length: 300 }, (_, i) => clip({ text: `${i % 2 ? 'والجعفريّ' : 'الحكومة'} خبر ${i}`, title: null }));
    let yields = 0;
    const sliced = (await SearchIndex.inSlices(cs, 0, async () => { yields++; }))!;
    const whole = new SearchIndex(cs);
    expect(yields).toBeGreaterThan(1);
    for (const q of ['الجعفري', 'حكوم', 'خبر 1']) expect(sliced.match(q)).toEqual(whole.match(q));
    expect(await SearchIndex.inSlices(cs, 0, async () => undefined, () => true)).toBeNull();
  });

  it('word keys strip clitics in every reading', () => {
    expect(wordKeys('والجعفريّ')).toContain('جعفري');
    expect(wordKeys('')).toEqual([]);
  });
});

describe('markSegments', () => {
  it('marks the matched original words and keeps every character', () => {
    const text = 'صرّح والجعفريّ أمس، ثم غادر الجعفري.';
    const segs = markSegments(text, 'الجعفري');
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.mark).map((s) => s.text)).toEqual(['والجعفريّ', 'الجعفري']);
  });

  it('leaves markup-looking text as text', () => {
    const segs = markSegments('<img src=x onerror=alert(1)> الوزير', 'وزير');
    expect(segs.map((s) => s.text).join('')).toBe('<img src=x onerror=alert(1)> الوزير');
  });
});
