import { describe, expect, it } from 'vitest';
import { ClippingsDb } from './db';
import { applyCorrections, correctionMap, listCorrections, removeCorrection, setCorrection } from './corrections';
import { dbName } from '../../tests/unit/clip';
import type { Span } from '../arabic/types';

const spans: Span[] = [
  { kind: 'person', start: 0, end: 5, text: 'الأردن' },
  { kind: 'person', start: 10, end: 19, text: 'فؤاد حسين' },
  { kind: 'org', start: 20, end: 25, text: 'المرصد' },
  { kind: 'date', start: 30, end: 33, text: 'أمس', value: '2023-03-13' },
];

describe('corrections of highlights', () => {
  it('keeps one per name (any spelling), lists newest first, and removes', async () => {
    const db = new ClippingsDb(dbName());
    await setCorrection(db, 'الأردن', 'place', new Date('2026-01-01'));
    await setCorrection(db, 'المرصد', 'none', new Date('2026-01-02'));
    await setCorrection(db, 'الاردن', 'place', new Date('2026-01-03')); // the same name without its hamza
    const list = await listCorrections(db);
    expect(list.map((c) => [c.text, c.kind])).toEqual([['الاردن', 'place'], ['المرصد', 'none']]);
    await removeCorrection(db, list[1]!.key);
    expect((await listCorrections(db)).map((c) => c.text)).toEqual(['الاردن']);
  });

  it('applies to the analysis: another kind, or no highlight; dates untouched', async () => {
    const db = new ClippingsDb(dbName());
    await setCorrection(db, 'الاردن', 'place');
    await setCorrection(db, 'المرصد', 'none');
    await setCorrection(db, 'أمس', 'none');
    const out = applyCorrections(spans, await correctionMap(db));
    expect(out.map((s) => `${s.kind}:${s.text}`)).toEqual(['place:الأردن', 'person:فؤاد حسين', 'date:أمس']);
    expect(applyCorrections(spans, new Map())).toBe(spans);
  });
});
