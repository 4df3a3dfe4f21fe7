/**
 * Where an import of 10,000 goes in the library page of the built extension: a look, not a bench
 * (`npm run bench -- page-extension --part=import` gives the figure). `npx tsx scripts/bench/_profile-import.ts`
 * imports once unprofiled, empties the library, then imports again under the CPU profiler (CDP) and
 * prints the functions by self time, and the time the main thread was idle (waiting on IndexedDB).
 * `--ext=DIR` loads another build; `--runs=N` only times N imports (no profile), for paired looks.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { toJson } from '../../lib/clippings/export-json';
import { EXTENSION, launch } from '../lib/browser';
import { synthesize } from './_clippings-data';
import { importOnce } from './_import-chromium';
import { printTop, timeByFunction, type CpuProfile } from './_cpu-profile';
import { emptyLibrary, openEmptyLibrary } from '../lib/library-page';

const opt = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const runs = Number(opt('runs') ?? 0);
const browser = await launch(true, true, 'ar', opt('ext') ?? EXTENSION);
const path = join(tmpdir(), `qusasat-profile-${Date.now()}.json`);
writeFileSync(path, toJson(synthesize(10_000)));
try {
  const page = await openEmptyLibrary(browser);
  const run = async (): Promise<number> => (await importOnce(page, path, 10_000)).notice;
  const empty = (): Promise<void> => emptyLibrary(page);
  if (runs) {
    const times: number[] = [];
    for (let r = 0; r < runs; r++) { if (r) await empty(); times.push(Math.round(await run())); }
    console.log('times', times.join(' '));
  } else await profileOne();
  async function profileOne(): Promise<void> {
    console.log('unprofiled', Math.round(await run()));
    await empty();
    const cdp: CDPSession = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    console.log('profiled', Math.round(await run()));
    const { self, total } = timeByFunction((await cdp.send('Profiler.stop')).profile as CpuProfile);
    console.log('--- self');
    printTop(self, 30);
    console.log('--- total');
    printTop(total, 40);
  }
} finally {
  rmSync(path, { force: true });
  await browser.close();
}
