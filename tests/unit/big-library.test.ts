import { describe, expect, it } from 'vitest';
import { ClippingsDb } from '../../lib/clippings/db';
import { ClippingStore } from '../../lib/clippings/store';
import { toJson } from '../../lib/clippings/export-json';
import { stripDerived } from '../../lib/clippings/derive';
import { readExportFile } from '../../lib/clippings/import-file';
import type { Clipping } from '../../lib/clippings/model';
import { dbName } from './clip';

const N = 100_000;
/** Text that tests the encoding: quotes, backslashes, newlines, bidi controls, emoji, diacritics, a NUL. */
const TRICKY = ['«قال»: "نعم"', 'سطر\nوسطر\tوجدول', 'مسار\\ملف', '\u200f\u202bمعكوس\u202c', 'تَشْكِيلٌ', '😀 ﷺ', 'صفر\u0000'];

/** 100,000 clippings with every field in use, every shape a field can take. */
function library(): Clipping[] {
  const out: Clipping[] = [];
  const t0 = Date.UTC(2020, 0, 1);
  for (let i = 0; i < N; i++) {
    const at = new Date(t0 + i * 61_000).toISOString();
    const kind = i % 11 === 0 ? 'quote' : i % 17 === 0 ? 'article' : 'selection';
    const text = `قصاصة ${i} ${TRICKY[i % TRICKY.length]} عن فؤاد حسين في بغداد`;
    out.push({
      id: `big-${i}`, createdAt: at, updatedAt: i % 3 ? at : new Date(t0 + i * 61_000 + 5_000).toISOString(),
      url: `https://site${i % 50}.example/a/${i}?q=${i % 7}#p${i % 3}`, site: `site${i % 50}.example`,
      title: i % 13 ? `عنوان ${i}` : null, byline: i % 4 ? null : 'سلمى الراوي', published: i % 5 ? '2024-03-14' : null,
      text, prefix: i % 6 ? `قبل ${i}` : '', suffix: i % 6 ? ` بعد ${i}` : '', position: i % 8 ? { start: i, end: i + text.length } : null,
      kind, speaker: kind === 'quote' ? (i % 2 ? 'فؤاد حسين' : null) : null,
      entities: i % 9 ? [{ kind: 'person', start: text.indexOf('فؤاد'), end: text.indexOf('فؤاد') + 9, text: 'فؤاد حسين' }, { kind: 'place', start: text.indexOf('بغداد'), end: text.indexOf('بغداد') + 5, text: 'بغداد' }] : [],
      note: i % 10 ? '' : `ملاحظة ${TRICKY[(i + 3) % TRICKY.length]}`, tags: i % 4 ? [] : ['عراق', `وسم ${i % 100}`],
    });
  }
  return out;
}

describe('a library of 100,000 clippings', () => {
  it('exports and imports back identical, field by field', async () => {
    const original = library();
    const a = new ClippingStore(new ClippingsDb(dbName()));
    expect(await a.importMany(original)).toEqual({ added: N, skipped: 0 });
    // The export's bytes: the streamed export writes exactly toJson's over the same clippings
    // (lib/clippings/trash-live.test.ts); its chunked reads are quadratic in fake-indexeddb, not in browsers.
    const stored = (await a.db.clippings.orderBy('createdAt').reverse().toArray()).map(stripDerived);
    expect(stored).toHaveLength(N);
    const parsed = await readExportFile(new Blob([toJson(stored)], { type: 'application/json' }));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    const b = new ClippingStore(new ClippingsDb(dbName()));
    expect(await b.importAll(parsed.clippings)).toEqual({ added: N, skipped: 0 });
    const back = new Map<string, Clipping>();
    for (const row of await b.db.clippings.toArray()) back.set(row.id, stripDerived(row));
    expect(back.size).toBe(N);
    let differ = 0;
    for (const c of original) {
      const d = back.get(c.id);
      for (const k of Object.keys(c) as Array<keyof Clipping>) {
        if (!d || JSON.stringify(d[k]) !== JSON.stringify(c[k])) { differ++; if (differ < 5) expect([c.id, k, d?.[k]]).toEqual([c.id, k, c[k]]); }
      }
      if (d && Object.keys(d).length !== Object.keys(c).length) differ++;
    }
    expect(differ).toBe(0);
    a.db.close();
    b.db.close();
  }, 120_000);
});
