import { describe, expect, it } from 'vitest';
import { excerptOf, parseAnnotations, resolveNames } from './ner-news';

describe('own news gold', () => {
  it('takes an excerpt from the first word through the hundredth', () => {
    const words = Array.from({ length: 120 }, (_, i) => `ك${i}`);
    const ex = excerptOf(`\n  ${words.join(' ')}`);
    expect(ex.startsWith('ك0 ')).toBe(true);
    expect(ex.endsWith(' ك99')).toBe(true);
    expect(excerptOf('  قصير جدا ')).toBe('قصير جدا');
  });

  it('reads headers and names, and says where a line is wrong', () => {
    const a = parseAnnotations('# 12\nP سمير النجار\nL الرياض\n\n# 40\n');
    expect(a).toEqual([
      { line: 12, names: [{ kind: 'PERS', surface: 'سمير النجار' }, { kind: 'LOC', surface: 'الرياض' }] },
      { line: 40, names: [] },
    ]);
    expect(() => parseAnnotations('# 1\nX شيء', 'a.txt')).toThrow('a.txt:2');
  });

  it('finds each name after the one before, clitics outside, only whole words', () => {
    const text = 'زار سمير الرياضي مدينة بالرياض، ثم قال للسعودية إن الرياض جميلة';
    const ents = resolveNames(text, { line: 0, names: [
      { kind: 'LOC', surface: 'الرياض' }, { kind: 'LOC', surface: 'السعودية' }, { kind: 'LOC', surface: 'الرياض' },
    ] });
    expect(ents.map((e) => e[3])).toEqual(['الرياض', 'لسعودية', 'الرياض']);
    // «الرياضي» is not «الرياض»; «بالرياض» holds it after its ب.
    expect(text.slice(ents[0]![0] - 1, ents[0]![1])).toBe('بالرياض');
    expect(ents[2]![0]).toBe(text.lastIndexOf('الرياض'));
  });

  it('fails loudly on a name the excerpt does not hold', () => {
    expect(() => resolveNames('نص بلا اسم', { line: 7, names: [{ kind: 'PERS', surface: 'سمير' }] })).toThrow('line 7');
  });
});
