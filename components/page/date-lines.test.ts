import { describe, expect, it } from 'vitest';
import { displayValue, isoRangeLine } from './date-lines';
import { formatDateValue } from '../../lib/arabic/dates/format';

describe('date lines on the card', () => {
  it('shows an interval by the last day it covers (its end is exclusive)', () => {
    expect(isoRangeLine('2026-11-27/2026-11-29')).toBe('2026-11-27 – 2026-11-28');
    expect(isoRangeLine('2026-11-27/2026-11-28')).toBe('2026-11-27');
    expect(isoRangeLine('2026-12-31/2027-01-02')).toBe('2026-12-31 – 2027-01-01');
    expect(isoRangeLine('2023-03-14')).toBe('2023-03-14');
  });

  it('splits both calendars into parts that join back to the same text, «هـ» inside its part', () => {
    const text = formatDateValue('2026-11-27/2026-11-29', 'gregorian', 'ar');
    const parts = displayValue(text);
    expect(parts).toHaveLength(2);
    expect(parts.join(' ')).toBe(text);
    expect(parts[1]).toMatch(/^— .*هـ$/);
  });
});
