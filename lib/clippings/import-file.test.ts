import { describe, expect, it } from 'vitest';
import { NO_EXTRAS } from './export-extras';
import { readExportFile, SNIFF_BYTES, type Sliceable } from './import-file';
import { toJson } from './export-json';
import { clip } from '../../tests/unit/clip';

/** A 50 MB file of which only the first `SNIFF_BYTES` may be read: any later or whole read throws. */
function onlyItsStart(head: string, size = 50 * 1024 * 1024): Sliceable & { reads: Array<[number, number]> } {
  const reads: Array<[number, number]> = [];
  return {
    size,
    reads,
    slice(start = 0, end = size) {
      reads.push([start, end]);
      if (start !== 0 || end > SNIFF_BYTES) throw new Error(`read past the start: ${start}–${end}`);
      return { text: async () => head.slice(0, end) };
    },
  };
}

describe('reading an import file', () => {
  it.each([
    ['a video', '\u0000\u0000\u0000\u0018ftypmp42'.padEnd(SNIFF_BYTES, '\u0000')],
    ['a zip', 'PK\u0003\u0004'.padEnd(SNIFF_BYTES, 'x')],
    ['a log', '2026-12-02 13:00 started\n'.repeat(3000)],
    ['other JSON', '{"name": "package", "dependencies": {' + '"a": 1, '.repeat(9000)],
    ['a JSON array', '[' + '1, '.repeat(30000)],
  ])('refuses %s of 50 MB after reading only its start', async (_name, head) => {
    const file = onlyItsStart(head);
    expect(await readExportFile(file)).toEqual({ ok: false, problem: { code: 'not-export' } });
    expect(file.reads).toEqual([[0, SNIFF_BYTES]]);
  });

  it('reads a real export whole, small or larger than the sniffed start', async () => {
    for (const n of [2, 400]) {
      const all = Array.from({ length: n }, () => clip({ note: 'ملاحظة', tags: ['عراق'] }));
      const blob = new Blob([toJson(all)]);
      expect(blob.size > SNIFF_BYTES).toBe(n === 400);
      expect(await readExportFile(blob)).toEqual({ ok: true, clippings: all, extras: { trash: [], reviews: [], corrections: [], prefs: [], sites: [] } });
    }
  });

  it('still says a truncated export is truncated (the start looked right)', async () => {
    const text = toJson(Array.from({ length: 400 }, () => clip()));
    const r = await readExportFile(new Blob([text.slice(0, Math.floor(text.length * 0.7))]));
    expect(r.ok === false && r.problem.code).toBe('truncated');
  });
});
