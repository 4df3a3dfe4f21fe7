import { describe, expect, it } from 'vitest';
import { joinCopies } from './join-copies';
import { clip } from '../../tests/unit/clip';

describe('joinCopies', () => {
  const at = '2026-12-02T10:00:00.000Z';
  it('keeps the live copy as it is when the trashed one adds nothing', () => {
    const live = clip({ note: 'ن', tags: ['أ'] });
    expect(joinCopies(live, clip({ note: ' ن ', tags: ['#أ'] }), at)).toBe(live);
    expect(joinCopies(live, clip({ note: '', tags: [] }), at)).toBe(live);
  });
  it('takes the trashed note when the live one has none, keeps both when they differ, and joins the tags', () => {
    expect(joinCopies(clip({ note: '' }), clip({ note: 'قديمة' }), at)).toMatchObject({ note: 'قديمة', updatedAt: at });
    const both = joinCopies(clip({ note: 'جديدة', tags: ['ب'] }), clip({ note: 'قديمة', tags: ['أ', 'ب'] }), at);
    expect(both).toMatchObject({ note: 'جديدة\n\nقديمة', tags: ['ب', 'أ'] });
  });
});
