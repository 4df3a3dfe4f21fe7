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
import { emptyLibrary, importOnce, openEmptyLibrary } from './_import-chromium';

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
    type Node = { id: number; parent?: number; children?: number[]; callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number } };
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] } };
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const name = (n: Node) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
    const self = new Map<string, number>();
    const total = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      self.set(name(byId.get(id)!), (self.get(name(byId.get(id)!)) ?? 0) + dt);
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const k = name(byId.get(at)!);
        if (seen.has(k)) continue;
        seen.add(k);
        total.set(k, (total.get(k) ?? 0) + dt);
      }
    });
    console.log('--- self');
    for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${v.toFixed(1).padStart(8)} ${k}`);
    console.log('--- total');
    for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${v.toFixed(1).padStart(8)} ${k}`);
  }
} finally {
  rmSync(path, { force: true });
  await browser.close();
}
