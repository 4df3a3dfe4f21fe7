import { describe, expect, it } from 'vitest';
import { analyzedPart } from './caps';

describe('analyzedPart', () => {
  it('keeps a body under the cap whole', () => {
    expect(analyzedPart('نص قصير', 100)).toEqual({ text: 'نص قصير', capped: false });
  });

  it('cuts a body beyond the cap at a break before it, never inside a word', () => {
    const text = 'كلمة '.repeat(100);
    const r = analyzedPart(text, 52);
    expect(r.capped).toBe(true);
    expect(r.text.length).toBeLessThanOrEqual(52);
    expect(text.startsWith(r.text)).toBe(true);
    expect(r.text.endsWith('كلمة')).toBe(true);
  });
});
