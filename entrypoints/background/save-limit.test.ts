import { describe, expect, it } from 'vitest';
import { SaveLimit } from './save-limit';

describe('SaveLimit', () => {
  it('allows max saves per tab in the window, then again once the window has passed', () => {
    let now = 0;
    const limit = new SaveLimit(3, 1000, () => now);
    expect([1, 2, 3, 4].map(() => limit.allow(7))).toEqual([true, true, true, false]);
    expect(limit.allow(8)).toBe(true);
    now = 999;
    expect(limit.allow(7)).toBe(false);
    now = 1000;
    expect(limit.allow(7)).toBe(true);
  });
});
