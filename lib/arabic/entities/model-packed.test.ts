import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NER_MODEL_PATH } from '../../../scripts/lib/load-ner-model';
import { pack } from '../../../scripts/lib/model-pack';
import { compareModels, toArrayBuffer } from '../../../scripts/lib/pack-model-file';
import { NER_CHECK_TEXT } from '../../../tests/fixtures/ner-check';
import { QUOTE_EXAMPLES } from '../../../tests/fixtures/quotes';
import { emissions, parseNerModel, NER_FORMAT, NER_VERSION } from './model';
import { nerModelFromPacked } from './model-packed';
import { PackedRecord, PackedStrings, unpack } from './packed';
import { recognizeEntities } from './recognize';

/** The first n article bodies of the shared corpus sample (read in place, nothing copied). */
function newsSample(data: string, n: number): string[] {
  const lines = readFileSync(join(data, 'corpus/saudinewsnet_2015-07-21_sample.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  return lines.map((l) => (JSON.parse(l) as { content?: string }).content ?? '').filter(Boolean).slice(0, n);
}

const roundTrip = (v: unknown) => unpack(toArrayBuffer(pack(v)));

describe('packed format', () => {
  it('keeps every kind of JSON value, big parts as typed arrays and lists', () => {
    const words = Array.from({ length: 300 }, (_, i) => `غ${i}`).join(' ');
    const u = roundTrip({ a: 1, s: 'نص', n: null, t: true, small: [1, -2, 3], byte: [200, 3], big: [70000, -1], f: [0.5, 2], names: ['زيد', 'عمرو', '', 'ü€😀'], rec: { y: 2.5, x: 1 }, rows: { p: [1, 2], q: [], r: [300] }, pairs: { b: [0, -5, 12, 400], a: [] }, words, credits: 'a short string of words', nested: [{ k: [[1], 'a'] }], empty: [], none: {} }) as Record<string, unknown>;
    expect(u.a).toBe(1);
    expect(u.s).toBe('نص');
    expect(u.n).toBeNull();
    expect(u.t).toBe(true);
    expect(u.small).toBeInstanceOf(Int8Array);
    expect(Array.from(u.small as Int8Array)).toEqual([1, -2, 3]);
    expect(u.byte).toBeInstanceOf(Uint8Array);
    expect(u.big).toBeInstanceOf(Int32Array);
    expect(Array.from(u.f as Float64Array)).toEqual([0.5, 2]);
    expect((u.names as PackedStrings).toArray()).toEqual(['زيد', 'عمرو', '', 'ü€😀']);
    const rec = u.rec as PackedRecord;
    expect(rec.rows).toBe(false);
    expect(rec.value(rec.keys.indexOf('y'))).toBe(2.5);
    expect(rec.value(rec.keys.indexOf('x'))).toBe(1);
    const row = (r: PackedRecord, key: string): number[] => {
      const j = r.keys.indexOf(key);
      return Array.from({ length: r.rowLength(j) }, (_, k) => r.rowValue(j, k));
    };
    const rows = u.rows as PackedRecord;
    expect(['p', 'q', 'r'].map((k) => row(rows, k))).toEqual([[1, 2], [], [300]]);
    const pairs = u.pairs as PackedRecord;
    expect(pairs.values).toBeInstanceOf(Int16Array);
    expect([row(pairs, 'a'), row(pairs, 'b')]).toEqual([[], [0, -5, 12, 400]]);
    expect((u.words as PackedStrings).sep).toBe(' ');
    expect((u.words as PackedStrings).join()).toBe(words);
    expect(u.credits).toBe('a short string of words');
    expect(u.nested).toEqual([{ k: [new Int8Array([1]), 'a'] }]);
    expect(u.empty).toEqual([]);
    expect(u.none).toEqual({});
  });

  it('stores Arabic in one byte a letter (UTF-16 would take two)', () => {
    const list = Array.from({ length: 2000 }, (_, i) => `كلمة${i.toString(36)}`);
    const letters = list.join('').length;
    expect(pack(list).length).toBeLessThan(letters * 1.25 + 1000);
  });

  it('finds every key of a big list through its hash table, and no other', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `w=${i.toString(36)}ك`);
    const list = roundTrip(keys) as PackedStrings;
    expect(keys.every((k, i) => list.indexOf(k) === i)).toBe(true);
    expect(list.has('w=zzzzك')).toBe(false);
    expect(list.has('w=1')).toBe(false);
    expect(list.has('')).toBe(false);
    expect(list.has('w=1كك')).toBe(false);
  });

  it('finds every key of a big sorted set stored in hash buckets, the values of a record with their keys, a big joined list at its places', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `w=${i.toString(36)}ك`).sort();
    const set = roundTrip(keys) as PackedStrings;
    expect(set.toArray()).toEqual(keys);
    expect(keys.every((k) => set.has(k))).toBe(true);
    expect(['w=zzzzك', 'w=1', '', 'w=1كك'].some((k) => set.has(k))).toBe(false);
    const rec = roundTrip(Object.fromEntries(keys.map((k, i) => [k, [i % 13, i]]))) as PackedRecord;
    expect(keys.every((k, i) => { const j = rec.keys.indexOf(k); return rec.rowValue(j, 0) === i % 13 && rec.rowValue(j, 1) === i; })).toBe(true);
    // Pair values a byte each but for the rare one that needs more (-128 in the bytes, kept beside).
    const few = roundTrip(Object.fromEntries(keys.map((k, i) => [k, [1, i === 7 ? 999 : i === 9 ? -128 : -3]]))) as PackedRecord;
    expect(few.values).toBeInstanceOf(Int8Array);
    expect(keys.map((k) => few.rowValue(few.keys.indexOf(k), 1))).toEqual(keys.map((_, i) => (i === 7 ? 999 : i === 9 ? -128 : -3)));
    const words = Array.from({ length: 5000 }, (_, i) => `غ${i}`);
    const joined = roundTrip(words.join(' ')) as PackedStrings;
    expect(words.every((w, i) => joined.indexOf(w) === i)).toBe(true);
    expect(joined.has('غ5000')).toBe(false);
  });

  it('finds characters outside the code page (more than 127 distinct) and a repeated string at its last place', () => {
    const many = Array.from({ length: 300 }, (_, i) => String.fromCharCode(0x4e00 + i) + 'ب');
    const list = roundTrip([...many, many[5]!, '']) as PackedStrings;
    expect(many.every((k, i) => list.get(i) === k && (i === 5 || list.indexOf(k) === i))).toBe(true);
    expect(list.indexOf(many[5]!)).toBe(300);
    expect(list.indexOf('')).toBe(301);
    expect(list.has(String.fromCharCode(0x4e00 + 400) + 'ب')).toBe(false);
  });

  it('refuses what is not a packed file with a clear error', () => {
    expect(() => unpack(new ArrayBuffer(4))).toThrow('invalid packed file: too short');
    expect(() => unpack(toArrayBuffer(new TextEncoder().encode('{"format": "qusasat-ner"}')))).toThrow('not a packed file');
    const bytes = pack({ x: [1, 2, 3, 4] });
    expect(() => unpack(toArrayBuffer(bytes.subarray(0, bytes.length - 2)))).toThrow('out of range');
    expect(() => nerModelFromPacked(toArrayBuffer(pack({ format: NER_FORMAT, version: NER_VERSION + 1 })))).toThrow('invalid NER model: unsupported version');
    const bad = nerModelFromPacked(toArrayBuffer(pack({ ...JSON.parse(readFileSync(NER_MODEL_PATH, 'utf8')), features: { b: [0, 1], 'w=x': [99, 1] } })));
    expect(bad.weights.get('b')![0]).toBeGreaterThan(0);
    expect(() => bad.weights.get('w=x')).toThrow('invalid NER model: features: feature w=x: bad pair at 0');
  });
});

describe('the packed entity model', () => {
  const json = readFileSync(NER_MODEL_PATH, 'utf8');
  const fromJson = parseNerModel(JSON.parse(json));
  const bin = readFileSync(NER_MODEL_PATH.replace(/\.json$/, '.bin'));
  const fromBin = nerModelFromPacked(toArrayBuffer(bin));

  it('is the packing of the committed ner.json (run `npx tsx scripts/pack-model.ts` after training)', () => {
    expect(Buffer.from(pack(JSON.parse(json))).equals(bin)).toBe(true);
  });

  it('tags the check text and the quote fixtures exactly as the JSON model', () => {
    for (const text of [NER_CHECK_TEXT, ...QUOTE_EXAMPLES.map((e) => e.text)]) {
      expect(recognizeEntities(text, fromBin)).toEqual(recognizeEntities(text, fromJson));
    }
    expect(recognizeEntities(NER_CHECK_TEXT, fromBin).length).toBeGreaterThan(20);
  });

  it('tags a real news sample exactly as the JSON model (QUSASAT_DATA set), else the fixtures', () => {
    const texts = process.env.QUSASAT_DATA ? newsSample(process.env.QUSASAT_DATA, 200) : [NER_CHECK_TEXT, ...QUOTE_EXAMPLES.map((e) => e.text)];
    const r = compareModels(fromJson, fromBin, texts);
    expect(r.differs).toBeNull();
    expect(r.spans).toBeGreaterThan(texts.length > 100 ? 2000 : 20);
    // 200 articles through two models: seconds on a loaded machine, not a speed check (that is npm run bench).
  }, 60_000);

  it('gives the same emission scores bit for bit', () => {
    const words = ['محمد', 'السوداني', 'في', 'بغداد', 'وبيروت', 'كاسياس', 'xyz', '٢٠٢٥'];
    expect(Array.from(emissions(fromBin, words))).toEqual(Array.from(emissions(fromJson, words)));
    // The shipped model reads word pairs: both readers give every pair of the file the same rows.
    const keys = Object.keys((JSON.parse(json) as { pairs: Record<string, unknown> }).pairs).map((k) => k.split(' '));
    expect(keys.length).toBeGreaterThan(100);
    const row = (m: typeof fromJson, [l, r]: string[]): unknown => m.pairs!.get(l!)?.get(r!)?.map((x) => x && [...x]);
    for (const k of keys) expect(row(fromBin, k)).toEqual(row(fromJson, k));
    expect(Array.from(fromBin.transitions)).toEqual(Array.from(fromJson.transitions));
  });
});
