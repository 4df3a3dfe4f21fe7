import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ClippingsDb } from './db';
import { ClippingStore } from './store';
import { parseExport, toJson, EXPORT_VERSION } from './export-json';
import { parseCsv, toCsv, CSV_COLUMNS } from './export-csv';
import { clippingMarkdown, markdownZip } from './export-markdown';
import { clip, dbName } from '../../tests/unit/clip';

const sample = () => [
  clip({ text: 'قال "الوزير"، ثم\nأضاف: =1+1', speaker: 'فؤاد حسين', kind: 'quote', tags: ['عراق', 'خارجية'], note: 'سطر\nثان',
    entities: [{ kind: 'person', start: 0, end: 3, text: 'قال' }, { kind: 'date', start: 4, end: 8, text: 'أمس', value: '2026-01-01', calendar: 'gregorian' }] }),
  clip({ title: null, byline: 'كاتب', published: null, position: null, prefix: '', suffix: '' }),
  clip({ kind: 'article', url: 'https://x.example/a(1)' }),
];

describe('JSON export and import', () => {
  it('is lossless: import(export(library)) gives the same records', async () => {
    const a = new ClippingStore(new ClippingsDb(dbName()));
    await a.importMany(sample());
    const file = toJson(await a.list());
    expect(JSON.parse(file).version).toBe(EXPORT_VERSION);
    const parsed = parseExport(file);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    const b = new ClippingStore(new ClippingsDb(dbName()));
    expect(await b.importMany(parsed.clippings)).toEqual({ added: 3, skipped: 0 });
    expect(await b.list()).toEqual(await a.list());
    expect(toJson(await b.list())).toBe(file);
    // A second import of the same file changes nothing.
    expect(await b.importMany(parsed.clippings)).toEqual({ added: 0, skipped: 3 });
  });

  it.each([
    ['a cut file', '{"version": 1, "clippings": [', { code: 'truncated', line: 1 }],
    ['a file cut inside a string', '{\n  "version": 1,\n  "clippings": [\n    {"id": "ab', { code: 'truncated', line: 4 }],
    ['a damaged file', '{\n "version": 1,\n "clippings": [}\n]}', { code: 'damaged', line: 3 }],
    ['a foreign file', '{"name": "package", "dependencies": {}}', { code: 'not-export' }],
    ['an array', '[1, 2]', { code: 'not-export' }],
    ['a binary file', 'PK\u0003\u0004\u0000\u0000', { code: 'not-export' }],
    ['a newer format', '{"version": 99, "clippings": []}', { code: 'newer', version: 99 }],
    ['a bad version', '{"version": "1", "clippings": []}', { code: 'bad-version' }],
    ['clippings not a list', '{"version": 1, "clippings": {}}', { code: 'not-export' }],
  ])('rejects %s, saying what is wrong without the file\'s bytes or the parser\'s words', (_what, text, problem) => {
    expect(parseExport(text)).toEqual({ ok: false, problem });
  });

  it('names the line where a long file was cut, and refuses a large foreign file at once', () => {
    const file = toJson(sample());
    const cut = file.slice(0, Math.floor(file.length * 0.6));
    expect(parseExport(cut)).toEqual({ ok: false, problem: { code: 'truncated', line: cut.split('\n').length } });
    const big = 'x'.repeat(20_000_000);
    expect(parseExport(big)).toEqual({ ok: false, problem: { code: 'not-export' } });
  });

  it('rejects the whole file when one record is broken, naming it and its field', () => {
    const cs = sample();
    const file = JSON.parse(toJson(cs));
    file.clippings[2].tags = 'not a list';
    expect(parseExport(JSON.stringify(file))).toEqual({ ok: false, problem: { code: 'bad-record', record: 3, field: 'tags' } });
    file.clippings[2].tags = [];
    file.clippings[1].id = file.clippings[0].id;
    expect(parseExport(JSON.stringify(file))).toEqual({ ok: false, problem: { code: 'duplicate-id', record: 2 } });
    delete file.clippings[1].text;
    expect(parseExport(JSON.stringify(file))).toEqual({ ok: false, problem: { code: 'bad-record', record: 2, field: 'text' } });
    file.clippings[1].text = 'x';
    file.clippings[1].entities = [{ kind: 'person', start: 0, end: 5, text: 'xxxxx' }];
    expect(parseExport(JSON.stringify(file))).toEqual({ ok: false, problem: { code: 'bad-record', record: 2, field: 'entities' } });
  });

  it('keeps only the known fields of each record', () => {
    const file = JSON.parse(toJson(sample()));
    file.clippings[0].extra = 'x';
    const text = JSON.stringify(file).replace('"extra":"x"', '"__proto__":{"polluted":true}');
    const r = parseExport(text);
    if (!r.ok) throw new Error(JSON.stringify(r.problem));
    expect(Object.keys(r.clippings[0]!)).not.toContain('__proto__');
    expect(Object.getPrototypeOf(r.clippings[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('CSV export', () => {
  it('starts with a BOM, quotes what needs it, defuses formulas and reads back', () => {
    const cs = sample();
    const csv = toCsv(cs);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(cs.length + 1);
    const first = Object.fromEntries(CSV_COLUMNS.map((k, i) => [k, rows[1]![i]]));
    expect(first.text).toBe(cs[0]!.text);
    expect(first.tags).toBe('عراق; خارجية');
    expect(first.people).toBe('قال');
    expect(first.dates).toBe('أمس (2026-01-01)');
    expect(parseCsv(toCsv([clip({ note: '=HYPERLINK("x")' })]))[1]![CSV_COLUMNS.indexOf('note')]).toBe("'=HYPERLINK(\"x\")");
  });
});

describe('Markdown export', () => {
  it('writes front matter and the quote, one file per clipping plus a combined file, zipped', () => {
    const cs = sample();
    const md = clippingMarkdown(cs[0]!);
    expect(md.startsWith('---\nid: "')).toBe(true);
    expect(md).toContain('speaker: "فؤاد حسين"');
    expect(md).toContain('tags:\n  - "عراق"\n  - "خارجية"');
    expect(md).toContain('> قال "الوزير"، ثم\n> أضاف: =1+1');
    const files = unzipSync(markdownZip(cs));
    const names = Object.keys(files);
    expect(names).toContain('clippings.md');
    expect(names.filter((n) => n.startsWith('clippings/') && n.endsWith('.md'))).toHaveLength(3);
    expect(strFromU8(files['clippings.md']!)).toContain('#عراق');
    expect(names.every((n) => !/[:*?"<>|]/.test(n))).toBe(true);
  });
});
