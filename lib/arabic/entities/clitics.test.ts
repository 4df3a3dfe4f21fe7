import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize';
import { cliticPrefixLength } from './clitics';
import { parseNerModel } from './model';
import { nerSentences } from './sentences';

/** A hand-made model whose only knowledge is its lists and which words began entities in "training". */
function listModel(first: string[], place: string[], entityWords: Record<string, number>) {
  return parseNerModel({
    format: 'qusasat-ner', version: 1, credits: 'test', tags: ['O'], scale: 1, transitions: [0, 0], features: {},
    gazetteer: { first, last: [], place }, entityWords,
  });
}
const model = listModel(['وليد'], ['بغداد', 'لبنان'], { بغداد: 5, لبنان: 3, بنان: 1 });
const strip = (w: string): number => cliticPrefixLength(normalize(w), model);

describe('cliticPrefixLength', () => {
  it('leaves the clitic out of an organization that opens with a known organization («بتويتر» → تويتر)', () => {
    const org = (w: string): number => cliticPrefixLength(normalize(w), model, false, 'ORG');
    expect(org('بتويتر')).toBe(1);
    expect(org('لتويتر')).toBe(1);
    // A known name whole keeps its letters, and other kinds are not read through the list.
    expect(org('فيسبوك')).toBe(0);
    expect(cliticPrefixLength(normalize('بتويتر'), model)).toBe(0);
  });

  it('leaves the clitic out of an organization that opens with a head word («بشرطة باريس» → شرطة باريس)', () => {
    const org = (w: string): number => cliticPrefixLength(normalize(w), model, true, 'ORG');
    expect(org('بشرطة')).toBe(1);
    expect(org('وبلدية')).toBe(1);
    expect(org('لمكتب')).toBe(1);
  });

  it('strips a conjunction or preposition before a known name', () => {
    expect(strip('وبغداد')).toBe(1);
    expect(strip('فبغداد')).toBe(1);
  });
  it('keeps letters that belong to the name', () => {
    expect(strip('لبنان')).toBe(0);
    expect(strip('وليد')).toBe(0);
    expect(strip('واس')).toBe(0);
  });
  it('strips a proclitic when only the stem is a word the model knows', () => {
    const withVocab = parseNerModel({
      format: 'qusasat-ner', version: 1, credits: 'test', tags: ['O'], scale: 1, transitions: [0, 0],
      features: { 'w=جبهه': [0, 1], 'w=وليد': [0, 1] }, gazetteer: { first: [], last: [], place: [] }, entityWords: {},
    });
    expect(cliticPrefixLength(normalize('وجبهة'), withVocab)).toBe(1);
    expect(cliticPrefixLength(normalize('وليد'), withVocab)).toBe(0);
    expect(cliticPrefixLength(normalize('وجبهة'), model)).toBe(0);
  });
  it('keeps a first name the list knows whole, though its stem began more names (issue 12: «فراس» is no ف + «راس»)', () => {
    const names = listModel(['فراس', 'بسام'], ['سام'], { راس: 20, سام: 4 });
    expect(cliticPrefixLength(normalize('فراس'), names)).toBe(0);
    expect(cliticPrefixLength(normalize('بسام'), names)).toBe(0);
    expect(cliticPrefixLength(normalize('وفراس'), names)).toBe(1);
    expect(cliticPrefixLength(normalize('وراس'), names)).toBe(1);
    // A listed place is whole, though its stem is a first name: «لبنان» is no ل + «بنان».
    const place = listModel(['بنان'], ['لبنان'], { لبنان: 3 });
    expect(cliticPrefixLength(normalize('لبنان'), place)).toBe(0);
    expect(cliticPrefixLength(normalize('ولبنان'), place)).toBe(1);
  });
  it('strips proclitics before the article of an unknown name', () => {
    expect(strip('بالفلوجة')).toBe(1);
    expect(strip('وبالأنبار')).toBe(2);
    expect(strip('للأمم')).toBe(1);
  });
});

describe('cliticPrefixLength and the names a list knows whole', () => {
  // «ايدن» is a listed place and began an entity once; «بايدن» only a person-name list knows.
  const names = parseNerModel({
    format: 'qusasat-ner', version: 1, credits: 'test', tags: ['O'], scale: 1, transitions: [0, 0], features: {},
    gazetteer: { first: [], last: [], place: ['ايدن'], pname: ['بايدن'] }, entityWords: {},
  });
  it('does not strip a clitic-like first letter from a name a person list knows whole', () => {
    expect(cliticPrefixLength(normalize('بايدن'), names)).toBe(0);
    expect(cliticPrefixLength(normalize('لبايدن'), names)).toBe(1);
    expect(cliticPrefixLength(normalize('وبايدن'), names)).toBe(1);
  });
  it('strips و before a two-letter word that opens a longer name, and only there', () => {
    expect(cliticPrefixLength(normalize('وتل'), names, true)).toBe(1);
    expect(cliticPrefixLength(normalize('وتل'), names, false)).toBe(0);
    // «وبن علي» is و + «بن علي» (issue 12): بن opens a name of several words.
    expect(cliticPrefixLength(normalize('وبن'), names, true)).toBe(1);
    expect(cliticPrefixLength(normalize('وأم'), names, true)).toBe(1);
  });
});

describe('nerSentences', () => {
  it('splits sentences at end marks and keeps punctuation as tokens', () => {
    const text = 'زار الوزيرُ بغداد، ثم غادر.وصل إلى عمّان';
    const s = nerSentences(text);
    expect(s).toHaveLength(2);
    expect(s[0]!.map((t) => t.norm)).toEqual(['زار', 'الوزير', 'بغداد', '،', 'ثم', 'غادر', '.']);
    for (const t of s.flat()) expect(text.slice(t.start, t.end).length).toBe(t.end - t.start);
    expect(s[1]![0]!.norm).toBe('وصل');
    expect(s[0]![2]!.word && !s[0]![3]!.word).toBe(true);
  });
  it('ends a sentence at a line break', () => {
    expect(nerSentences('العنوان\nالنص هنا')).toHaveLength(2);
  });
});
