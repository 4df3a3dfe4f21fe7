import { describe, expect, it } from 'vitest';
import { cleanTags, normalizeTag, parseTags, suggestTags, tagCounts, typedTag } from './tags';

describe('tags', () => {
  it('a typed «#سوريا» is the tag «سوريا»', () => {
    expect(normalizeTag('#سوريا')).toBe('سوريا');
    expect(normalizeTag('  ##سوريا  الجديدة ')).toBe('سوريا الجديدة');
    expect(parseTags('#سوريا #لبنان، عراق, #سوريا')).toEqual(['سوريا', 'لبنان', 'عراق']);
    expect(cleanTags(['#سوريا', 'سوريا', ' '])).toEqual(['سوريا']);
  });

  it('suggests known tags as one is typed: starting with it first, most used first, not those already chosen', () => {
    const known = tagCounts([{ tags: ['سوريا', 'اقتصاد'] }, { tags: ['سوريا', 'أسواق'] }, { tags: ['السودان'] }]);
    expect(typedTag('اقتصاد، #سو')).toBe('سو');
    expect(suggestTags(known, 'سو')).toEqual(['سوريا', 'أسواق', 'السودان']);
    expect(suggestTags(known, 'اس')).toEqual(['أسواق']);
    expect(suggestTags(known, 'سو', ['سوريا'])).toEqual(['أسواق', 'السودان']);
    expect(suggestTags(known, '')).toEqual([]);
  });
});
