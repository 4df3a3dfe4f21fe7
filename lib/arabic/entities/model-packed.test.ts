import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NER_MODEL_PATH } from '../../../scripts/lib/load-ner-model';
import { pack } from '../../../scripts/lib/model-pack';
import { toArrayBuffer } from '../../../scripts/lib/pack-model-file';
import { NER_CHECK_TEXT } from '../../../tests/fixtures/ner-check';
import { QUOTE_EXAMPLES } from '../../../tests/fixtures/quotes';
import { emissions, parseNerModel, NER_FORMAT, NER_VERSION } from './model';
import { nerModelFromPacked } from './model-packed';
import { PackedRecord, PackedStrings, packedWords, unpack } from './packed';
import { recognizeEntities } from './recognize';

const roundTrip = (v: unknown) => unpack(toArrayBuffer(pack(v)));

describe('packed format', () => {
  it('keeps every kind of JSON value, big parts as typed arrays and tables', () => {
    const long = 'ب'.repeat(300) + ' end';
    const u = roundTrip({ a: 1, s: 'نص', n: null, t: true, small: [1, -2, 3], big: [70000, -1], f: [0.5, 2], names: ['زيد', 'عمرو', ''], rec: { x: 1, y: 2.5 }, rows: { p: [1, 2], q: [], r: [300] }, long, nested: [{ k: [[1], 'a'] }], empty: [], none: {} }) as Record<string, unknown>;
    expect(u.a).toBe(1);
    expect(u.s).toBe('نص');
    expect(u.n).toBeNull();
    expect(u.t).toBe(true);
    expect(u.small).toBeInstanceOf(Int8Array);
    expect(Array.from(u.small as Int8Array)).toEqual([1, -2, 3]);
    expect(u.big).toBeInstanceOf(Int32Array);
    expect(Array.from(u.f as Float64Array)).toEqual([0.5, 2]);
    expect((u.names as PackedStrings).toArray()).toEqual(['زيد', 'عمرو', '']);
    const rec = u.rec as PackedRecord;
    expect(rec.offsets).toBeNull();
    expect(Array.from(rec.values)).toEqual([1, 2.5]);
    expect(rec.keys.indexOf('y')).toBe(1);
    const rows = u.rows as PackedRecord;
    expect(Array.from(rows.offsets!)).toEqual([0, 2, 2, 3]);
    expect(rows.values).toBeInstanceOf(Int16Array);
    expect(u.long).toBe(long);
    expect(u.nested).toEqual([{ k: [new Int8Array([1]), 'a'] }]);
    expect(u.empty).toEqual([]);
    expect(u.none).toEqual({});
  });

  it('finds every key of a big list through its hash table, and no other', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `w=${i.toString(36)}ك`);
    const list = roundTrip(keys) as PackedStrings;
    expect(keys.every((k, i) => list.indexOf(k) === i)).toBe(true);
    expect(list.has('w=zzzzك')).toBe(false);
    expect(list.has('w=1')).toBe(false);
    expect(list.has('')).toBe(false);
  });

  it('indexes a joined list at load, a repeated word at its last place (as a Map would)', () => {
    const s = PackedStrings.split('اب بت اب تث', ' ');
    expect(s.indexOf('اب')).toBe(2);
    expect(s.indexOf('تث')).toBe(3);
    expect(s.indexOf('ب')).toBe(-1);
  });

  it('stores the word index of a long space-joined string, a repeated word at its last place', () => {
    const words = Array.from({ length: 300 }, (_, i) => `غ${i % 250}`);
    const joined = words.join(' ');
    const u = roundTrip({ grams: joined }) as { grams: string };
    expect(u.grams).toBe(joined);
    const index = packedWords(u.grams)!;
    const built = PackedStrings.split(joined, ' ');
    for (const w of [...words, 'غ999', '']) expect(index.indexOf(w), w).toBe(built.indexOf(w));
    expect(index.indexOf('غ3')).toBe(253);
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

  it('gives the same emission scores bit for bit', () => {
    const words = ['محمد', 'السوداني', 'في', 'بغداد', 'وبيروت', 'كاسياس', 'xyz', '٢٠٢٥'];
    expect(Array.from(emissions(fromBin, words))).toEqual(Array.from(emissions(fromJson, words)));
    expect(Array.from(fromBin.transitions)).toEqual(Array.from(fromJson.transitions));
  });
});
