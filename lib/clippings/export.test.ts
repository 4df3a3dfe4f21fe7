import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ClippingsDb } from './db';
import { ClippingStore } from './store';
import { parseExport, toJson, EXPORT_VERSION } from './export-json';
import { parseCsv, toCsv, CSV_COLUMNS } from './export-csv';
import { articleMarkdown, combinedMarkdown, groupByArticle, markdownZip } from './export-markdown';
import { safeHref } from './markdown-text';
import { MAX_NAME_BYTES, MAX_NAME_CHARS, safeFileName } from './file-name';
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

  it.each([
    '=1+1', '+1', '-1+2', '@SUM(A1)', '\t=1', '\r=1', '  =cmd|"/c calc"!A1', '\u200F=1+1', '\uFEFF@x', '\uFF1D1+1', '\n-2',
  ])('defuses %j in every column', (evil) => {
    const row = parseCsv(toCsv([clip({ note: evil, title: evil, byline: evil, speaker: evil, tags: [evil], url: evil })]))[1]!;
    for (const k of ['note', 'title', 'byline', 'speaker', 'tags', 'url'] as const) expect(row[CSV_COLUMNS.indexOf(k)]).toBe(`'${evil}`);
  });

  it('writes every date in one ISO form in UTC, and says so in the header', () => {
    const c = clip({ createdAt: '2026-03-01T21:30:05.123Z', updatedAt: '2026-03-02T00:00:00.000Z', published: '2026-03-01T23:10:00+03:00' });
    const day = clip({ published: '2026-02-28' });
    const rows = parseCsv(toCsv([c, day]));
    const col = (k: (typeof CSV_COLUMNS)[number], r: number): string => rows[r]![CSV_COLUMNS.indexOf(k)]!;
    expect(rows[0]).toContain('created (UTC)');
    expect(col('created (UTC)', 1)).toBe('2026-03-01 21:30:05');
    expect(col('updated (UTC)', 1)).toBe('2026-03-02 00:00:00');
    expect(col('published (UTC)', 1)).toBe('2026-03-01 20:10:00');
    expect(col('published (UTC)', 2)).toBe('2026-02-28');
  });
});

describe('Markdown export', () => {
  const article = (over: Partial<Parameters<typeof clip>[0]> = {}) => clip({ url: 'https://news.example/story', title: 'خبر اليوم', ...over });

  it('writes one note per article with its clippings in reading order, names as wikilinks, ISO front matter, zipped', () => {
    const later = article({ text: 'الفقرة الثانية', position: { start: 200, end: 214 }, createdAt: '2026-01-01T10:00:00.000Z', updatedAt: '2026-01-01T10:00:00.000Z' });
    const earlier = article({ text: 'قال فؤاد حسين في بغداد', position: { start: 10, end: 32 }, kind: 'quote', speaker: 'فؤاد حسين', tags: ['عراق'],
      createdAt: '2026-01-02T10:00:00.000Z', updatedAt: '2026-01-03T08:00:00.000Z', published: '2026-01-01T12:00:00+03:00',
      entities: [{ kind: 'person', start: 4, end: 13, text: 'فؤاد حسين' }, { kind: 'place', start: 17, end: 22, text: 'بغداد' }] });
    const other = clip({ url: 'https://other.example/x', title: 'مقال آخر' });
    const files = unzipSync(markdownZip([later, earlier, other]));
    const names = Object.keys(files).sort();
    expect(names).toEqual(['articles/2026-01-01 خبر اليوم.md', `articles/${other.createdAt.slice(0, 10)} مقال آخر.md`, 'clippings.md'].sort());
    const note = strFromU8(files['articles/2026-01-01 خبر اليوم.md']!);
    expect(note).toMatch(/^---\ntitle: "خبر اليوم"\nsource: "https:\/\/news.example\/story"\n/);
    expect(note).toContain('published: "2026-01-01T09:00:00Z"');
    expect(note).toContain('saved: "2026-01-01T10:00:00Z"');
    expect(note).toContain('updated: "2026-01-03T08:00:00Z"');
    expect(note).toContain('clippings: 2');
    expect(note).toContain('> قال [[فؤاد حسين]] في [[بغداد]]\n>\n> — فؤاد حسين');
    expect(note.indexOf('قال [[فؤاد حسين]]')).toBeLessThan(note.indexOf('الفقرة الثانية'));
    expect(note).toContain('#عراق');
    const combined = strFromU8(files['clippings.md']!);
    expect(combined.indexOf('## خبر اليوم')).toBeLessThan(combined.indexOf('## مقال آخر'));
  });

  it('writes an article clipping as paragraphs, and a name after a preposition as the whole name', () => {
    const text = 'السطر الأول\n\nذهب للعراق\nالأخير';
    const start = text.indexOf('لعراق');
    const a = clip({ kind: 'article', text, entities: [{ kind: 'place', start, end: start + 5, text: 'لعراق' }] });
    expect(articleMarkdown(groupByArticle([a])[0]!)).toContain('السطر الأول\n\nذهب ل[[العراق|لعراق]]\n\nالأخير');
  });

  it('shows page and reader text as text: no HTML, no links, no images, no headings', () => {
    const evil = clip({
      url: 'javascript:alert(1)', site: '<script>alert(1)</script>', title: '<img src=x onerror=alert(1)>',
      text: '<iframe src="https://evil.example"></iframe> [x](javascript:alert(1)) ![t](https://evil.example/p.png) <https://evil.example> &lt;b&gt;',
      note: '# heading\n<script>alert(2)</script>\n- list\n[[wiki]]', speaker: '<b>x</b>', byline: '<svg onload=alert(3)>',
      entities: [{ kind: 'person', start: 0, end: 7, text: '<iframe' }],
    });
    const md = articleMarkdown(groupByArticle([evil])[0]!);
    const all = [md, combinedMarkdown([evil])];
    for (const m of all) {
      expect(m).not.toMatch(/<(script|img|iframe|svg|b|https?:)/i);
      expect(m).not.toMatch(/(^|[^\\])\](\(|: *)javascript:/im);
      expect(m).not.toMatch(/(^|[^\\])!\[/);
      expect(m).not.toMatch(/(^|[^\\])\[x\]\(/);
      expect(m).not.toMatch(/^#+ heading/m);
      expect(m).not.toMatch(/^- list/m);
      expect(m).toContain('&amp;lt;b&amp;gt;'); // an entity in the text stays the text it is
    }
    expect(md).not.toContain('source:');
    expect(md).toContain('title: "\\u003cimg src=x onerror=alert(1)\\u003e"');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(md).toContain('\\[\\[wiki\\]\\]');
  });

  it('links only web addresses, and cannot be broken out of', () => {
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<b>')).toBeNull();
    expect(safeHref('file:///etc/passwd')).toBeNull();
    expect(safeHref('JaVaScRiPt:alert(1)')).toBeNull();
    expect(safeHref('https://x.example/a(1) b')).toBe('https://x.example/a%281%29%20b');
    expect(safeHref('https://x.example/a"><script>')).not.toMatch(/[<>"()]/);
  });

  it('gives zip entries clean names flagged UTF-8', () => {
    const names = [
      'a\u0000b', 'bell\u0007', 'gpj\u202Eexe.md', '\u2066x\u2069', 'con', 'NUL.txt', 'COM1', 'lpt9.md', '../../etc/passwd', '..', '.hidden',
      'a:b*c?d"e<f>g|h', 'ends with dot.', 'ends with space ', 'ينتهي بنقطة…..', 'x'.repeat(500), 'ع'.repeat(500), '😀'.repeat(200), '\uD800lone', '',
    ];
    for (const raw of names) {
      const n = safeFileName(raw);
      expect(n).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/);
      expect(n).not.toMatch(/[<>:"/\\|?*]/);
      expect(n).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i);
      expect(n).not.toMatch(/^\.|[. ]$/);
      expect(n.length).toBeGreaterThan(0);
      expect(n.length).toBeLessThanOrEqual(MAX_NAME_CHARS);
      expect(new TextEncoder().encode(n).length).toBeLessThanOrEqual(MAX_NAME_BYTES);
      expect(n).toBe(n.normalize('NFC'));
      expect(() => encodeURIComponent(n)).not.toThrow(); // no lone surrogate
    }
    expect(safeFileName('con')).toBe('_con');

    const cs = [clip({ title: 'gpj\u202Eexe\u0000 عنوان' }), clip({ title: 'gpj\u202Eexe\u0000 عنوان', url: 'https://news.example/other' })];
    cs[1]!.createdAt = cs[0]!.createdAt;
    const zip = markdownZip(cs);
    const entries = Object.keys(unzipSync(zip)).filter((n) => n.startsWith('articles/'));
    expect(entries).toHaveLength(2);
    expect(new Set(entries).size).toBe(2);
    for (const e of entries) expect(e).not.toMatch(/[\u0000\u202e]/);
    // Every entry with a non-ASCII name has bit 11 (UTF-8) set, in the local and the central header.
    const flags = zipNameFlags(zip);
    expect(flags.length).toBe(6);
    for (const f of flags) if (/[^\x00-\x7f]/.test(f.name)) expect(f.flag & 0x800).toBe(0x800);
    // Made on Unix, as plain rw-r--r-- files: Info-ZIP unzip would read a DOS archive's names as CP437.
    for (const f of flags.filter((x) => x.central)) {
      expect(f.host).toBe(3);
      expect(f.mode).toBe(0o100644);
    }
  });
});

/** General purpose flag and name of every local (PK\3\4) and central (PK\1\2) header of a zip. */
function zipNameFlags(zip: Uint8Array): Array<{ flag: number; name: string; central?: boolean; host?: number; mode?: number }> {
  const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out: Array<{ flag: number; name: string; central?: boolean; host?: number; mode?: number }> = [];
  for (let i = 0; i + 46 <= zip.length; i++) {
    const sig = v.getUint32(i, true);
    if (sig === 0x04034b50) out.push({ flag: v.getUint16(i + 6, true), name: new TextDecoder().decode(zip.subarray(i + 30, i + 30 + v.getUint16(i + 26, true))) });
    else if (sig === 0x02014b50) {
      out.push({ flag: v.getUint16(i + 8, true), name: new TextDecoder().decode(zip.subarray(i + 46, i + 46 + v.getUint16(i + 28, true))),
        central: true, host: v.getUint8(i + 5), mode: v.getUint32(i + 38, true) >>> 16 });
    }
  }
  return out;
}
