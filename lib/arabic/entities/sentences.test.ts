import { describe, expect, it } from 'vitest';
import { nerSentences } from './sentences';

const words = (text: string): string[][] => nerSentences(text).map((s) => s.map((t) => text.slice(t.start, t.end)));

describe('nerSentences', () => {
  it('splits at end marks and line breaks, with punctuation as tokens of its own', () => {
    expect(words('وصل الوفد. ثم غادر!\nوقال: نعم')).toEqual([['وصل', 'الوفد', '.'], ['ثم', 'غادر', '!'], ['وقال', ':', 'نعم']]);
  });

  it('keeps a Latin initial with its name: the period after it neither ends the sentence nor splits the name', () => {
    expect(words('في مركز جون إف. كينيدي للفنون. وقال')).toEqual([['في', 'مركز', 'جون', 'إف', 'كينيدي', 'للفنون', '.'], ['وقال']]);
  });
});
