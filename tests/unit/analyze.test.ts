import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/arabic/analyze';
import { loadNerModel } from '../../scripts/lib/load-ner-model';

// The committed entity model, as the extension uses it.
const nerModel = loadNerModel();

const text = [
  'بغداد - دعا وزير الخارجية العراقي فؤاد حسين، يوم الثلاثاء 14 مارس 2023، سفراء دول التحالف إلى دعم العراق في الحرب على تنظيم داعش.',
  'وقال حسين في بيان نشرته وزارة الخارجية العراقية: «إن استمرار الدعم الدولي للعراق يبقى أمراً جوهرياً في الحرب على الإرهاب».',
].join('\n');

describe('analyze', () => {
  const spans = analyze(text, { ref: '2023-03-14', nerModel });
  const of = (kind: string) => spans.filter((s) => s.kind === kind).map((s) => s.text);

  it('finds every kind on a news paragraph', () => {
    expect(of('place')).toContain('بغداد');
    expect(of('person')).toContain('فؤاد حسين');
    expect(of('org').some((o) => o.endsWith('داعش'))).toBe(true);
    expect(of('date')).toContain('يوم الثلاثاء 14 مارس 2023'); // the weekday and its date are one span
    expect(of('quote')).toEqual(['إن استمرار الدعم الدولي للعراق يبقى أمراً جوهرياً في الحرب على الإرهاب']);
  });

  it('gives spans whose text is exactly the slice they cover, sorted by start', () => {
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    const starts = spans.map((s) => s.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('resolves dates to ISO values and names a quote speaker', () => {
    expect(spans.find((s) => s.text.endsWith('14 مارس 2023'))).toMatchObject({ value: '2023-03-14', calendar: 'gregorian' });
    expect(spans.find((s) => s.kind === 'quote')?.speaker).toMatch(/حسين/);
  });

  // The seed article lives in ../shared/data (never copied here): this check runs where it exists.
  const seed = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'seed', '000_a50affca2d2a37bf.txt');
  it.skipIf(!existsSync(seed))('finds a person, a place and the quotes on the seed article', () => {
    const seedSpans = analyze(readFileSync(seed, 'utf8'), { ref: '2017-01-10', nerModel });
    const texts = (k: string) => seedSpans.filter((s) => s.kind === k).map((s) => s.text.normalize());
    expect(texts('person').some((t) => t.includes('الجعفري'))).toBe(true);
    expect(texts('place')).toContain('بغداد');
    const quotes = seedSpans.filter((s) => s.kind === 'quote');
    expect(quotes.length).toBeGreaterThanOrEqual(7);
    expect(quotes.every((q) => q.speaker?.includes('الجعفري'))).toBe(true);
  });
});
