import { describe, expect, it } from 'vitest';
import { parseDay } from './DateFilter';

describe('parseDay', () => {
  it('reads year-first and day-first days in Latin and Arabic-Indic digits, and refuses what is no day', () => {
    expect(parseDay('2026-3-1')).toBe('2026-03-01');
    expect(parseDay('٢٠٢٦/١٢/٣١')).toBe('2026-12-31');
    expect(parseDay('31/12/2026')).toBe('2026-12-31');
    expect(parseDay('2026-02-30')).toBeNull();
    expect(parseDay('أمس')).toBeNull();
  });
});
