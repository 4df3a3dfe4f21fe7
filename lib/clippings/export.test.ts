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
    if (!parsed.ok) throw new Error(parsed.error);
    const b = new ClippingStore(new ClippingsDb(dbName()));
    expect(await b.importMany(parsed.clippings)).toEqual({ added: 3, skipped: 0 });
    expect(await b.list()).toEqual(await a.list());
    expect(toJson(await b.list())).toBe(file);
    // A second import of the same file changes nothing.
    expect(await b.importMany(parsed.clippings)).toEqual({ added: 0, skipped: 3 });
  });

  it.each([
    ['not JSON', '{"version": 1, "clippings": [', /not a JSON file/],
    ['a foreign file', '{"name": "package", "dependencies": {}}', /not a Qusasat export/],
    ['an array', '[1, 2]', /not a Qusasat export/],
    ['a newer format', '{"version": 99, "clippings": []}', /newer/],
    ['a bad version', '{"version": "1", "clippings": []}', /whole number/],
    ['clippings not a list', '{"version": 1, "clippings": {}}', /must be a list/],
  ])('rejects %s with a message', (_what, text, message) => {
    const r = parseExport(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('rejects the whole file when one record is broken, naming it', () => {
    const cs = sample();
    const file = JSON.parse(toJson(cs));
    file.clippings[2].tags = 'not a list';
    const r = parseExport(JSON.stringify(file));
    expect(r).toEqual({ ok: false, error: 'clipping 3: "tags" must be a list of text' });
    file.clippings[2].tags = [];
    file.clippings[1].id = file.clippings[0].id;
    expect(parseExport(JSON.stringify(file)).ok).toBe(false);
    delete file.clippings[1].text;
    expect(parseExport(JSON.stringify(file))).toMatchObject({ ok: false, error: expect.stringContaining('clipping 2') });
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
