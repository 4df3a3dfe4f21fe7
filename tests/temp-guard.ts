/**
 * Vitest global setup: a test run leaves nothing of its own in the temp folder. The run gets a temp
 * folder of its own (TMPDIR, which the workers and the browsers they launch inherit), so runs side by
 * side do not see each other's files; a «qusasat-…» folder a test made and left there fails the run
 * (an import test's 27 MB file was left on every run). The run's folder is removed either way.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const outer = process.env.TMPDIR;
  const run = mkdtempSync(join(tmpdir(), 'qusasat-run-'));
  process.env.TMPDIR = run;
  return () => {
    const left = readdirSync(run).filter((n) => n.startsWith('qusasat-'));
    rmSync(run, { recursive: true, force: true });
    if (outer === undefined) delete process.env.TMPDIR; else process.env.TMPDIR = outer;
    if (!left.length) return;
    // A teardown's throw is only logged by Vitest: the exit code is what CI reads.
    console.error(`tests left ${left.length} folder(s) in the temp folder: ${left.slice(0, 5).join(', ')}`);
    process.exitCode = 1;
  };
}
