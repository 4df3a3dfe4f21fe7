/**
 * npm run lint:firefox — addons.mozilla.org's linter (web-ext lint) on the Firefox build
 * (.output/firefox-mv2, made by `npm run build:firefox`). Fails on any error, and on any warning
 * but the known ones below, each with the reason it cannot be fixed here.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '.output/firefox-mv2';
if (!existsSync(join(dir, 'manifest.json'))) {
  console.error(`no Firefox build in ${dir}: run npm run build:firefox first`);
  process.exit(2);
}

interface Finding { code: string; message: string; file?: string; line?: number; column?: number }
interface Report { errors: Finding[]; warnings: Finding[]; notices: Finding[] }

/** Warnings we cannot fix, and how to recognise exactly them (not a new one of the same code). */
const KNOWN: Array<{ code: string; why: string; matches(f: Finding): boolean }> = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why: "Preact's own renderer assigns innerHTML for dangerouslySetInnerHTML, which Qusasat never uses (page text is never HTML); the linter cannot tell.",
    matches: (f) => /\bdangerouslySetInnerHTML\b/.test(around(f, 300)) && /__html/.test(around(f, 300)),
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why: "The gate imports the article module from the extension's own package (runtime.getURL of a file in the build), never a URL a page can choose; the linter flags any import() whose argument is not a literal.",
    matches: (f) => f.file === 'gate.js' && /import\(\s*\w+(?:\(\))?\.runtime\.getURL\(/.test(around(f, 200)),
  },
];

/** The bundled source around a finding. */
function around(f: Finding, width: number): string {
  if (!f.file || f.line === undefined) return '';
  const line = readFileSync(join(dir, f.file), 'utf8').split('\n')[f.line - 1] ?? '';
  const col = f.column ?? 0;
  return line.slice(Math.max(0, col - width), col + width);
}

let out: string;
try {
  out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-input', '--no-config-discovery'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
} catch (e) {
  // web-ext exits 1 when it found errors; its JSON report is still on stdout.
  out = (e as { stdout?: string }).stdout ?? '';
}
const report = JSON.parse(out.slice(out.indexOf('{'))) as Report;
const unknown = report.warnings.filter((w) => !KNOWN.some((k) => k.code === w.code && k.matches(w)));
const show = (f: Finding): string => `  ${f.code}: ${f.message}${f.file ? ` (${f.file}${f.line ? `:${f.line}` : ''})` : ''}`;
for (const w of report.warnings.filter((x) => !unknown.includes(x))) console.log(`known warning ${w.code} in ${w.file}: ${KNOWN.find((k) => k.code === w.code && k.matches(w))!.why}`);
if (report.errors.length) console.error(`errors:\n${report.errors.map(show).join('\n')}`);
if (unknown.length) console.error(`warnings:\n${unknown.map(show).join('\n')}`);
console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${report.warnings.length - unknown.length} known), ${report.notices.length} notices`);
process.exit(report.errors.length || unknown.length ? 1 : 0);
