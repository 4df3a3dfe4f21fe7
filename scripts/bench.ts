/**
 * npm run bench: runs every benchmark in scripts/bench/ (each exports `run(): Promise<void>` and
 * prints its own figures: medians after warm-up, and ratios against a baseline run in the same process).
 * `npm run bench -- NAME` runs only the benchmarks whose file name contains NAME.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'bench');
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.startsWith('_') && (only.length === 0 || only.some((o) => f.includes(o)))).sort();
let failed = 0;
for (const f of files) {
  console.log(`\n== ${f.replace(/\.ts$/, '')} ==`);
  try {
    const mod = (await import(pathToFileURL(join(dir, f)).href)) as { run(): Promise<void> };
    await mod.run();
  } catch (e) {
    failed++;
    console.error(`bench ${f} failed: ${(e as Error).stack ?? e}`);
  }
}
process.exit(failed ? 1 : 0);
