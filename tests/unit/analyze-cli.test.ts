import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'qusasat-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'analyze.ts'), ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run analyze', () => {
  it('prints {text, spans} for a .txt file with --ref', () => {
    const f = join(dir, 'a.txt');
    writeFileSync(f, 'وصل الوفد إلى بغداد أمس.');
    const r = run(['--ref', '2023-03-14', f]);
    expect(r.code).toBe(0);
    const o = JSON.parse(r.out);
    expect(o.text).toBe('وصل الوفد إلى بغداد أمس.');
    expect(o.spans).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: 'place', text: 'بغداد' }),
      expect.objectContaining({ kind: 'date', text: 'أمس', value: '2023-03-13' }),
    ]));
  }, 30_000);

  it('reads a saved page and uses its publication date as reference', () => {
    const r = run([join(ROOT, 'tests', 'fixtures', 'site', 'article.html')]);
    expect(r.code).toBe(0);
    const o = JSON.parse(r.out);
    expect(o).toMatchObject({ isArticle: true, language: 'ar', published: '2023-03-14T10:30:00+03:00', byline: 'سلمى الراوي' });
    expect(o.title).toContain('وزير الخارجية العراقي');
    expect(o.text).toContain('فؤاد حسين');
    expect(o.text).not.toContain('اقرأ أيضاً');
    expect(o.spans.find((s: { text: string }) => s.text === 'أمس')?.value).toBe('2023-03-13');
    for (const s of o.spans) expect(o.text.slice(s.start, s.end)).toBe(s.text);
  }, 30_000);

  it('answers --jsonl line by line, in order, and keeps going after a bad line', () => {
    const input = [
      JSON.stringify({ id: 1, text: 'زار الرئيس القاهرة اليوم', ref: '2024-05-01' }),
      '{not json',
      JSON.stringify({ id: 'x', html: '<html lang="en"><body><p>Hello</p></body></html>' }),
    ].join('\n');
    const r = run(['--jsonl', '-'], input);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].id).toBe(1);
    expect(lines[0].spans).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'date', value: '2024-05-01' })]));
    expect(lines[1]).toMatchObject({ id: null, error: expect.stringContaining('invalid JSON') });
    expect(lines[2]).toMatchObject({ id: 'x', isArticle: false, spans: [] });
  }, 30_000);

  it('fails with one line on stderr and exit code 2 on bad input', () => {
    for (const args of [['--bogus', 'x.txt'], [join(dir, 'missing.txt')], ['--ref', '14/03/2023', join(dir, 'a.txt')], []]) {
      const r = run(args);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
  }, 60_000);
});
