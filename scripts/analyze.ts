/**
 * npm run --silent analyze -- [--ref YYYY-MM-DD] [--jsonl] FILE   (FILE "-" reads stdin)
 * Prints JSON only (contract in DESIGN.md). Errors: one line on stderr, exit code 2.
 */
import { readFileSync } from 'node:fs';
import { analyzeHtml, analyzeText } from './lib/analyze-input';

function fail(message: string): never {
  process.stderr.write(`analyze: ${message}\n`);
  process.exit(2);
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function parseArgs(argv: string[]): { ref?: string; jsonl: boolean; file: string } {
  let ref: string | undefined;
  let jsonl = false;
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--ref') {
      const v = argv[++i];
      if (!v || !ISO_DAY.test(v)) fail(`--ref needs a date as YYYY-MM-DD, got ${v ?? 'nothing'}`);
      ref = v;
    } else if (a.startsWith('--ref=')) {
      const v = a.slice(6);
      if (!ISO_DAY.test(v)) fail(`--ref needs a date as YYYY-MM-DD, got ${v}`);
      ref = v;
    } else if (a === '--jsonl') jsonl = true;
    else if (a === '-' || !a.startsWith('-')) {
      if (file !== undefined) fail(`one input file only (got ${file} and ${a})`);
      file = a;
    } else fail(`unknown flag ${a} (usage: analyze [--ref YYYY-MM-DD] [--jsonl] FILE)`);
  }
  if (file === undefined) fail('no input file (usage: analyze [--ref YYYY-MM-DD] [--jsonl] FILE, or - for stdin)');
  return { ref, jsonl, file };
}

function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    fail(`cannot read ${file === '-' ? 'stdin' : file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

function runJsonl(input: string, defaultRef: string | undefined): void {
  const lines = input.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  for (const [n, line] of lines.entries()) {
    let id: unknown = null;
    let out: Record<string, unknown>;
    try {
      let o: unknown;
      try {
        o = JSON.parse(line);
      } catch {
        throw new Error(`line ${n + 1}: invalid JSON`);
      }
      if (!o || typeof o !== 'object' || Array.isArray(o)) throw new Error(`line ${n + 1}: expected a JSON object`);
      const rec = o as Record<string, unknown>;
      id = rec.id ?? null;
      const ref = rec.ref ?? defaultRef;
      if (ref !== undefined && (typeof ref !== 'string' || !ISO_DAY.test(ref.slice(0, 10)))) throw new Error(`line ${n + 1}: ref must be YYYY-MM-DD`);
      const refDay = typeof ref === 'string' ? ref.slice(0, 10) : undefined;
      if (typeof rec.html === 'string') out = { id, ...analyzeHtml(rec.html, refDay) };
      else if (typeof rec.text === 'string') out = { id, ...analyzeText(rec.text, refDay) };
      else throw new Error(`line ${n + 1}: needs "text" or "html" as a string`);
    } catch (e) {
      out = { id, error: (e as Error).message };
    }
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
}

const args = parseArgs(process.argv.slice(2));
const input = readInput(args.file);
if (args.jsonl) runJsonl(input, args.ref);
else if (/\.html?$/i.test(args.file)) process.stdout.write(`${JSON.stringify(analyzeHtml(input, args.ref))}\n`);
else process.stdout.write(`${JSON.stringify(analyzeText(input, args.ref))}\n`);
