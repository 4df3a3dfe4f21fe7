/**
 * The built extension as a reader meets it, in headless Chromium (npm run bench -- page; needs
 * `npm run build`): load → first highlight with a warm and a stopped worker, the main thread's long
 * tasks with and without the extension on the sample and on stress pages, the script time it adds to
 * an English page, the bytes it injects, the model's load in the worker, the import of 10,000 clippings. Medians of RUNS; every
 * figure beside its goal (issue 16). Pages come from ../shared/data/corpus (never copied).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { CHROMIUM, EXTENSION as BUILT, launch, type Browser } from '../lib/browser';
import { median } from './_util';
import { articlePage, deepPage, ENGLISH_PAGE, manyElementsPage, mutatingPage } from './_pages';
import { synthesize } from './_clippings-data';
import { timeImports } from './_import-chromium';

const RUNS = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 7);

/**
 * `npm run bench -- page-extension --part=english,stress --pages=/elements`: run only some parts
 * (load, profile, stress, english, import, bytes) and some stress pages; everything when not given.
 * `--ext=DIR`: another build of the extension (a copy of .output/chrome-mv3), to compare two builds run after run.
 */
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3).split(',');
const PARTS = arg('part');
const PAGES = arg('pages');
const want = (part: string) => !PARTS || PARTS.includes(part);
const EXTENSION = arg('ext')?.join(',') ?? BUILT;

/** In every page before its scripts: long tasks, the load event, the first highlight (polled). */
const PROBE = `(() => {
  const q = window.__qb = { lt: [], load: null, hl: null };
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) q.lt.push(e.duration); }).observe({ type: 'longtask', buffered: true }); } catch {}
  addEventListener('load', () => {
    q.load = performance.now();
    const until = q.load + 10000;
    const poll = () => { if (CSS.highlights.size > 0) q.hl = performance.now(); else if (performance.now() < until) setTimeout(poll, 1); };
    poll();
  });
})();`;

interface Probe { lt: number[]; load: number | null; hl: number | null }

function serve(pages: Record<string, string>): Promise<{ url(p: string): string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const body = pages[new URL(req.url ?? '/', 'http://127.0.0.1').pathname];
    if (body === undefined) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => {
    const port = (server.address() as { port: number }).port;
    ok({ url: (p) => `http://127.0.0.1:${port}${p}`, close: () => new Promise<void>((done) => server.close(() => done())) });
  }));
}

/** Load a page; with the extension wait for its first highlight, then `settle` ms for what follows it. */
async function visit(page: Page, url: string, highlight: boolean, settle: number): Promise<Probe> {
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  if (highlight) await page.waitForFunction(() => (window as unknown as { __qb: Probe }).__qb.hl !== null, undefined, { timeout: 10_000 }).catch(() => undefined);
  await page.waitForTimeout(settle);
  return page.evaluate(() => { const q = (window as unknown as { __qb: Probe }).__qb; return { lt: [...q.lt], load: q.load, hl: q.hl }; });
}

const f = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
const verdict = (value: number, goal: number) => (value <= goal ? 'ok' : `MISSED by ${f(value - goal)}`);

/** Samples of a CPU profile whose stack holds a frame of the extension's scripts. */
function extensionTime(profile: { nodes: { id: number; parent?: number; children?: number[]; callFrame: { url: string; functionName: string } }[]; samples: number[]; timeDeltas: number[] }) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ext = new Map<number, boolean>();
  const inExt = (id: number): boolean => {
    const known = ext.get(id);
    if (known !== undefined) return known;
    const n = byId.get(id)!;
    const v = n.callFrame.url.startsWith('chrome-extension://') || (parent.has(id) && inExt(parent.get(id)!));
    ext.set(id, v);
    return v;
  };
  let total = 0, run = 0, longest = 0;
  const self = new Map<string, number>();
  // Self time by function within the current stretch, and within the longest one (where to cut).
  let inRun = new Map<string, number>(), inLongest = inRun;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (inExt(id)) {
      total += dt;
      run += dt;
      const cf = byId.get(id)!.callFrame;
      const name = `${cf.functionName || '(anonymous)'} ${cf.url.split('/').pop()}`;
      self.set(name, (self.get(name) ?? 0) + dt);
      inRun.set(name, (inRun.get(name) ?? 0) + dt);
      if (run > longest) { longest = run; inLongest = inRun; }
    } else if (byId.get(id)!.callFrame.functionName !== '(garbage collector)') { run = 0; inRun = new Map(); }
  });
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 6);
  return { total, longest, top: top(self), longestTop: top(inLongest) };
}

export async function run(): Promise<void> {
  if (!existsSync(CHROMIUM) || !existsSync(join(EXTENSION, 'manifest.json'))) {
    console.log('(skipped: needs /usr/bin/chromium and `npm run build`)');
    return;
  }
  const pages: Record<string, string> = {
    '/sample': articlePage(2000),
    '/big': articlePage(20000),
    '/elements': manyElementsPage(200_000),
    '/deep': deepPage(10_000),
    '/mutating': mutatingPage(),
    '/english': ENGLISH_PAGE,
  };
  const stress = ([['/sample', '2,000-word sample'], ['/big', '20,000-word page'], ['/elements', '200,000-element page'], ['/deep', '10,000-deep DOM'], ['/mutating', 'page mutating every 10 ms']] as [string, string][])
    .filter(([path]) => want('stress') && (!PAGES || PAGES.includes(path)));
  const site = await serve(pages);

  /** Long tasks on a page: median over RUNS of the longest and of the total. */
  const longTasks = async (browser: Browser, path: string, highlight: boolean) => {
    const page = await browser.context.newPage();
    await page.addInitScript(PROBE);
    const longest: number[] = [], total: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      const p = await visit(page, site.url(path), highlight, path === '/mutating' ? 2000 : 700);
      longest.push(Math.max(0, ...p.lt));
      total.push(p.lt.reduce((a, b) => a + b, 0));
    }
    await page.close();
    return { longest: median(longest), total: median(total) };
  };
  /** Script time of an English page (CDP Performance.getMetrics), a fresh tab per run. */
  const scriptTime = async (browser: Browser) => {
    const xs: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      const page = await browser.context.newPage();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto(site.url('/english'), { waitUntil: 'load' });
      await page.waitForTimeout(500);
      const { metrics } = await cdp.send('Performance.getMetrics');
      xs.push((metrics.find((m) => m.name === 'ScriptDuration')?.value ?? NaN) * 1000);
      await page.close();
    }
    return median(xs);
  };

  try {
    // Without the extension first, then with it: one browser at a time on this 2-core machine.
    const base = await launch(false);
    const without: Record<string, { longest: number; total: number }> = {};
    let englishWithout: number;
    try {
      for (const [path] of stress) without[path] = await longTasks(base, path, false);
      englishWithout = want('english') ? await scriptTime(base) : NaN;
    } finally {
      await base.close();
    }

    const browser = await launch(true, true, 'ar', EXTENSION);
    try {
      if (want('load') || want('profile')) {
      const page = await browser.context.newPage();
      await page.addInitScript(PROBE);
      const cdp: CDPSession = await page.context().newCDPSession(page);
      // Load → first highlight on the sample: warm worker (a visit before), then worker stopped before each visit.
      await visit(page, site.url('/sample'), true, 300);
      if (want('load')) {
      const warm: number[] = [];
      for (let r = 0; r < RUNS; r++) {
        const p = await visit(page, site.url('/sample'), true, 300);
        warm.push(p.hl !== null && p.load !== null ? p.hl - p.load : NaN);
      }
      const cold: number[] = [];
      const modelLoad: number[] = [], modelFetch: number[] = [], modelDecode: number[] = [];
      for (let r = 0; r < RUNS; r++) {
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
        await page.waitForTimeout(200);
        const p = await visit(page, site.url('/sample'), true, 300);
        cold.push(p.hl !== null && p.load !== null ? p.hl - p.load : NaN);
        const worker = browser.context.serviceWorkers().at(-1);
        const m = worker ? await worker.evaluate(() => ['load', 'fetch', 'decode'].map((k) => performance.getEntriesByName(`qusasat-model-${k}`).at(-1)?.duration ?? NaN)).catch(() => [NaN, NaN, NaN]) : [NaN, NaN, NaN];
        modelLoad.push(m[0]!); modelFetch.push(m[1]!); modelDecode.push(m[2]!);
      }
      console.log(`load → first highlight, 2,000-word sample, warm worker: ${f(median(warm))} ms (goal ≤ 80 ms) ${verdict(median(warm), 80)}`);
      console.log(`load → first highlight, worker stopped first (ServiceWorker.stopAllWorkers): ${f(median(cold))} ms (goal ≤ 250 ms) ${verdict(median(cold), 250)}`);
      console.log(`model load in a fresh worker: fetch ${f(median(modelFetch))} ms + decode ${f(median(modelDecode))} ms = ${f(median(modelLoad))} ms (goal ≤ 15 ms) ${verdict(median(modelLoad), 15)}`);
      }

      // Where the extension's time goes on the sample: a CPU profile of one warm visit.
      if (want('profile')) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      await visit(page, site.url('/sample'), true, 700);
      const { profile } = await cdp.send('Profiler.stop');
      const prof = extensionTime(profile as Parameters<typeof extensionTime>[0]);
      console.log(`CPU profile of the sample (warm): extension script ${f(prof.total)} ms in all, longest unbroken stretch ${f(prof.longest)} ms (goal ≤ 50 ms) ${verdict(prof.longest, 50)}`);
      console.log(`  most self time: ${prof.top.map(([n, t]) => `${n} ${f(t)} ms`).join('; ')}`);
      await page.close();
      }
      }

      if (stress.length) console.log('main thread: long tasks (PerformanceObserver longtask, longest / total, with the extension vs without), and the');
      if (stress.length) console.log(`extension's own longest unbroken script stretch and total in CPU profiles of ${RUNS} more visits, medians (goal: none over 50 ms):`);
      for (const [path, name] of stress) {
        const w = await longTasks(browser, path, true);
        const o = without[path]!;
        // One profiled visit per run, a fresh tab each: a single profile on this shared machine swung
        // 2–4× between runs (a stretch spans the time the thread waits for a core), so medians.
        const longest: number[] = [], total: number[] = [];
        for (let r = 0; r < RUNS; r++) {
          const tab = await browser.context.newPage();
          await tab.addInitScript(PROBE);
          const tcdp = await tab.context().newCDPSession(tab);
          await tcdp.send('Profiler.enable');
          await tcdp.send('Profiler.setSamplingInterval', { interval: 200 });
          await tcdp.send('Profiler.start');
          await visit(tab, site.url(path), true, path === '/mutating' ? 2000 : 700);
          const p = extensionTime((await tcdp.send('Profiler.stop')).profile as Parameters<typeof extensionTime>[0]);
          await tab.close();
          longest.push(p.longest);
          total.push(p.total);
          if (process.env.STRETCH) console.log(`    stretch ${f(p.longest)} ms: ${p.longestTop.map(([n, t]) => `${n} ${f(t)}`).join('; ')}`);
        }
        const [pl, pt, worst] = [median(longest), median(total), Math.max(...longest)];
        console.log(`  ${name}: long tasks ${f(w.longest)} / ${f(w.total)} ms (without ${f(o.longest)} / ${f(o.total)} ms); extension script: longest ${f(pl)} ms (worst of ${RUNS}: ${f(worst)}), total ${f(pt)} ms ${verdict(pl, 50)}`);
      }

      if (want('english')) {
      const englishWith = await scriptTime(browser);
      const added = englishWith - englishWithout!;
      console.log(`script time added on a plain English page (CDP ScriptDuration): ${f(added, 2)} ms (${f(englishWith, 2)} with, ${f(englishWithout!, 2)} without) (goal ≤ 1 ms) ${verdict(added, 1)}`);
      }
    } finally {
      await browser.close();
    }

    if (want('import')) {
      // In a browser of its own, so the library it fills does not weigh on the figures above.
      const lib = await launch(true, true, 'ar', EXTENSION);
      try {
        const { times, listed } = await timeImports(lib, synthesize(10_000), Math.max(3, Math.min(RUNS, 5)));
        const m = median(times);
        console.log(`import of 10,000 clippings in Chromium (library page, ${times.length} runs: ${times.map((t) => f(t, 0)).join(', ')} ms): ${f(m, 0)} ms (goal ≤ 2000 ms) ${verdict(m, 2000)}; the list counts them all at ${f(median(listed), 0)} ms`);
      } finally {
        await lib.close();
      }
    }

    if (want('bytes')) {
    const manifest = JSON.parse(readFileSync(join(EXTENSION, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[]; css?: string[] }[] };
    const everyPage = (manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]).reduce((a, file) => a + statSync(join(EXTENSION, file)).size, 0);
    const article = everyPage + statSync(join(EXTENSION, 'content-scripts', 'content.js')).size;
    console.log(`content-script bytes injected on every page: ${(everyPage / 1024).toFixed(1)} kB (goal ≤ 15 kB) ${verdict(everyPage / 1024, 15)}`);
    console.log(`content-script bytes loaded on an article (gate + article module): ${(article / 1024).toFixed(1)} kB; the model (${(statSync(join(EXTENSION, 'models', 'ner.bin')).size / 1024).toFixed(0)} kB) loads in the worker only`);
    }
  } finally {
    await site.close();
  }
}
