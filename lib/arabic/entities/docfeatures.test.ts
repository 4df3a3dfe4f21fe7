import { describe, expect, it } from 'vitest';
import { CLASS_NAMES, docClasses, docStats } from './docfeatures';

describe('document classes', () => {
  const sentences = [['قال', 'ابراهيم', 'الجعفري', 'امس'], ['وقال', 'الجعفري', 'ان'], ['الجعفري', 'غادر']];
  const tags = [['O', 'B-PERS', 'I-PERS', 'O'], ['O', 'O', 'O'], ['O', 'O']];
  const stats = docStats(sentences, tags);
  const name = (s: number, i: number): string => CLASS_NAMES[docClasses(stats, s)[i]!]!;
  it('tells a sentence how the same word was tagged in the other sentences', () => {
    // Sentence 2: الجعفري was the surname of a person in sentence 0 (and O once in sentence 1).
    expect(name(2, 0)).toBe('PERS+sur');
    expect(name(1, 1)).toBe('PERS+sur');
  });
  it('ignores the sentence itself', () => {
    // In sentence 0 the only other evidence is two O tags.
    expect(name(0, 2)).toBe('O');
    expect(name(0, 1)).toBe('');
  });
});
