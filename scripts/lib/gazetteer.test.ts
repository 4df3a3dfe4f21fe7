import { describe, expect, it } from 'vitest';
import { placePhraseOf } from './gazetteer';

describe('placePhraseOf', () => {
  it('keeps a place name of several words, normalized', () => {
    expect(placePhraseOf('لوس أنجلوس')).toBe('لوس انجلوس');
    expect(placePhraseOf('ولاية نيو مكسيكو')).toBe('نيو مكسيكو');
  });
  it('takes a district\'s or a suburb\'s administrative word off, as places keep it outside', () => {
    expect(placePhraseOf('مركز ريف دمشق')).toBe('ريف دمشق');
    expect(placePhraseOf('مديرية بيت الفقيه')).toBe('بيت الفقيه');
    // One word is left: no phrase.
    expect(placePhraseOf('مديرية التواهي')).toBeNull();
  });
  it('drops a category\'s plural and a club: no place is named «مدن اليمن»', () => {
    expect(placePhraseOf('مدن اليمن')).toBeNull();
    expect(placePhraseOf('بلديات فرنسا')).toBeNull();
    expect(placePhraseOf('نادي الحزم')).toBeNull();
  });
  it('opens with a compass word only for a country', () => {
    expect(placePhraseOf('شمال أفريقيا')).toBeNull();
    expect(placePhraseOf('جنوب أفريقيا', true)).toBe('جنوب افريقيا');
  });
});
