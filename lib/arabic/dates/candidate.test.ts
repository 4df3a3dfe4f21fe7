import { describe, expect, it } from 'vitest';
import { leadWords, scan, scanFromLeads } from './candidate';
import { END, PRE, WD } from './patterns';

// A PRE pattern like the recognizers': clitics before the word, a lead word inside another word.
const WEEKDAY = new RegExp(PRE + `(?:(?:اليوم|يوم)\\s+)?(?<wd>${WD})` + END, 'g');
const text = 'وصل يوم الخميس، وفي والجمعه غادر. بالسبت ومالاحد كلاليوم الاحد واليوم  الاثنين';
const spans = (ms: Iterable<RegExpExecArray>): string[] => [...ms].map((m) => `${m.index}:${m[0]}`);

describe('scanFromLeads', () => {
  it('gives the matches a full scan gives, clitic prefixes and all', () => {
    const full = spans(scan(text, WEEKDAY, /./));
    expect(full.length).toBe(5);
    expect(spans(scanFromLeads(text, WEEKDAY, leadWords('اليوم|يوم', WD)))).toEqual(full);
  });
  it('leadWords refuses an alternative that does not open with a word', () => {
    expect(() => leadWords('(?:عام|سنه)\\s+\\d')).toThrow(/does not open with a word/);
    expect(leadWords('كانون\\s*الثاني|مارس', '\\d').source).toBe('كانون|مارس|\\d');
  });
});
