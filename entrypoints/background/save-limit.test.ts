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

  it('does not count the saves a tab makes while the browser\'s menu or shortcut has asked it to', () => {
    const limit = new SaveLimit(2, 1000, () => 0);
    limit.excuse(7);
    limit.excuse(7); // two asks at once
    expect([1, 2, 3].map(() => limit.allow(7))).toEqual([true, true, true]);
    limit.unexcuse(7);
    expect(limit.allow(7)).toBe(true); // the other ask is still open
    limit.unexcuse(7);
    expect([1, 2, 3].map(() => limit.allow(7))).toEqual([true, true, false]);
  });
});
