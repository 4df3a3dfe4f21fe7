import { describe, expect, it } from 'vitest';
import { loadNerModel } from '../../../scripts/lib/load-ner-model';
import { normalize } from '../normalize';
import { postprocess } from './postprocess';

const model = loadNerModel();
const run = (sentences: string[], tags: string[][]): string[][] => postprocess(model, sentences.map((s) => s.split(' ').map(normalize)), tags);

describe('document consistency on given tags', () => {
  it('finds a name again where it comes back untagged, whole or by its surname', () => {
    expect(run(['قال إبراهيم الجعفري أمس', 'وأضاف الجعفري أن', 'ورد إبراهيم الجعفري'], [
      ['O', 'B-PERS', 'I-PERS', 'O'], ['O', 'O', 'O'], ['O', 'O', 'O'],
    ])).toEqual([['O', 'B-PERS', 'I-PERS', 'O'], ['O', 'B-PERS', 'O'], ['O', 'B-PERS', 'I-PERS']]);
  });

  it('never reads an ordinal that ends a regnal name, or «الله», as the person alone', () => {
    expect(run(['قال الملك عبدالله الثاني أمس', 'وفي اليوم الثاني وصل'], [
      ['O', 'O', 'B-PERS', 'I-PERS', 'O'], ['O', 'O', 'O', 'O'],
    ])[1]).toEqual(['O', 'O', 'O', 'O']);
    // Nor «الله», which ends «عبد الله» and is God alone.
    expect(run(['قال عبد الله أمس', 'والحمد لله والشكر الله'], [
      ['O', 'B-PERS', 'I-PERS', 'O'], ['O', 'O', 'O', 'O'],
    ])[1]).toEqual(['O', 'O', 'O', 'O']);
  });

  it('never reads a title that ends a family name («آل الشيخ») as the person alone', () => {
    expect(run(['قال صالح آل الشيخ أمس', 'وقال الشيخ إن'], [
      ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O'], ['O', 'O', 'O'],
    ])[1]).toEqual(['O', 'O', 'O']);
  });

  it('does not spread a paper whose name is a common word beyond where it is credited', () => {
    expect(run(['الرياض - سبق : قال', 'وقد سبق أن أعلن'], [['B-LOC', 'O', 'B-ORG', 'O', 'O'], ['O', 'O', 'O', 'O']])[1]).toEqual(['O', 'O', 'O', 'O']);
  });

  it('makes a name whole where only part of it was found again', () => {
    expect(run(['قال طلعت زكريا أمس', 'وكان طلعت زكريا هناك'], [
      ['O', 'B-PERS', 'I-PERS', 'O'], ['O', 'O', 'B-PERS', 'O'],
    ])[1]).toEqual(['O', 'B-PERS', 'I-PERS', 'O']);
    // Not over a name of another kind, nor over one that runs on past it.
    expect(run(['قال طلعت زكريا أمس', 'وكان طلعت زكريا هناك'], [
      ['O', 'B-PERS', 'I-PERS', 'O'], ['O', 'O', 'B-LOC', 'I-LOC'],
    ])[1]).toEqual(['O', 'O', 'B-LOC', 'I-LOC']);
    // A full name's last word alone is that person, whatever kind the model gave it (issue 12).
    expect(run(['قال طلعت زكريا أمس', 'وكان زكريا هناك'], [
      ['O', 'B-PERS', 'I-PERS', 'O'], ['O', 'B-LOC', 'O'],
    ])[1]).toEqual(['O', 'B-PERS', 'O']);
    expect(run(['قال طلعت زكريا أمس', 'وكان طلعت زكريا حسن هناك'], [
      ['O', 'B-PERS', 'I-PERS', 'O'], ['O', 'O', 'B-PERS', 'I-PERS', 'O'],
    ])[1]).toEqual(['O', 'O', 'B-PERS', 'I-PERS', 'O']);
  });

  it('gives a name the kind the document mostly gives it', () => {
    const out = run(['فاز بنفيكا أمس', 'وخسر بنفيكا اللقاء', 'وعاد بنفيكا إلى'], [['O', 'B-ORG', 'O'], ['O', 'B-ORG', 'O'], ['O', 'B-LOC', 'O']]);
    expect(out[2]).toEqual(['O', 'B-ORG', 'O']);
    // One against one is no majority.
    expect(run(['فاز بنفيكا أمس', 'وعاد بنفيكا إلى'], [['O', 'B-ORG', 'O'], ['O', 'B-LOC', 'O']])[1]).toEqual(['O', 'B-LOC', 'O']);
  });

  it('finds a name again behind a clitic when its own first letter reads as one (issue 12)', () => {
    // «بايدن» keys without its ب; «لبايدن» cannot lose both ل and ب, so it keys as «بايدن».
    expect(run(['ووجه رسالة لبايدن أمس', 'وقال بايدن إن'], [['O', 'O', 'O', 'O'], ['O', 'B-PERS', 'O']])[0]).toEqual(['O', 'O', 'B-PERS', 'O']);
    expect(run(['وصل إلى وتل أبيب', 'في تل أبيب'], [['O', 'O', 'O', 'O'], ['O', 'B-LOC', 'I-LOC']])[0]).toEqual(['O', 'O', 'B-LOC', 'I-LOC']);
  });
});

