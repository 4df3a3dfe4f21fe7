/**
 * Where the time from load to the first highlight goes, for one visit to the 2,000-word sample after
 * two warm-up visits (with `cold`, the worker stopped first). Not a bench (no medians): a look.
 * `npx tsx scripts/bench/_trace-load.ts [cold]`: a Chrome trace (Tracing over CDP) of every thread,
 * the tasks over 1.5 ms and the extension's scripts and messages, in ms from the page's load event.
 * `npx tsx scripts/bench/_trace-load.ts profile [cold] [INTERVAL_US]`: a CPU profile of the page's
 * renderer instead, the extension's frames over MIN ms (env, 1) as a tree with bundle positions
 * (TICKS=1: the lines of the module's top-level evaluation). The profiler inflates compile-heavy
 * code (it logs every function V8 compiles): read its figures as shares, the trace's as times.
 */
import { createServer } from 'node:http';
import type { CDPSession } from 'playwright-core';
import { launch } from '../lib/browser';
import { articlePage } from './_pages';

const cold = process.argv.includes('cold');
const html = articlePage(2000);
const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/sample`;
const browser = await launch(true);
const page = await browser.context.newPage();
await page.addInitScript(`addEventListener('load', () => { const t = performance.now(); const poll = () => { if (CSS.highlights.size) { performance.mark('first-highlight'); } else if (performance.now() - t < 10000) setTimeout(poll, 1); }; poll(); });`);
const cdp: CDPSession = await page.context().newCDPSession(page);
await page.goto(url);
await page.waitForTimeout(1500);
await page.goto(url);
await page.waitForTimeout(1500);
if (cold) {
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await page.waitForTimeout(300);
}
const interval = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 100);
if (process.argv.includes('profile')) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval });
  await cdp.send('Profiler.start');
  await page.goto(url);
  await page.waitForTimeout(1500);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: { id: number; children?: number[]; callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number } }[]; samples: number[]; timeDeltas: number[] } };
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const total = new Map<number, number>();
  const tot = (id: number): number => { const n = byId.get(id)!; const v = (self.get(id) ?? 0) + (n.children ?? []).reduce((a, c) => a + tot(c), 0); total.set(id, v); return v; };
  tot(profile.nodes[0]!.id);
  const min = Number(process.env.MIN ?? 1);
  const print = (id: number, depth: number, inExt: boolean): void => {
    const n = byId.get(id)!;
    const ext = inExt || n.callFrame.url.startsWith('chrome-extension://');
    if ((total.get(id) ?? 0) < min) return;
    if (ext) console.log(`${'  '.repeat(depth)}${(total.get(id)!).toFixed(1)} (self ${(self.get(id) ?? 0).toFixed(1)}) ${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`);
    for (const c of n.children ?? []) print(c, ext ? depth + 1 : depth, ext);
  };
  print(profile.nodes[0]!.id, 0, false);
  // Lines of the bundle where the top-level evaluation's self time went.
  if (process.env.TICKS) {
    const top = profile.nodes.filter((n) => n.callFrame.url.endsWith('content.js') && n.callFrame.lineNumber === 0 && n.callFrame.functionName === '') as unknown as { positionTicks?: { line: number; ticks: number }[] }[];
    for (const n of top) console.log(JSON.stringify((n.positionTicks ?? []).sort((a, b) => b.ticks - a.ticks).slice(0, 15)));
  }
} else {
  const events: Record<string, unknown>[] = [];
  cdp.on('Tracing.dataCollected', (e: { value: Record<string, unknown>[] }) => { events.push(...e.value); });
  const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'v8.execute', 'v8', 'blink.user_timing', 'toplevel', 'disabled-by-default-devtools.timeline', 'loading', 'extensions', 'ServiceWorker', 'disabled-by-default-v8.compile', 'ipc', 'mojom'] }, transferMode: 'ReportEvents' });
  await page.goto(url);
  await page.waitForTimeout(1500);
  await cdp.send('Tracing.end');
  await done;
  type Ev = { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: Record<string, any>; cat: string };
  const evs = events as unknown as Ev[];
  const threads = new Map<string, string>();
  for (const e of evs) if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args!.name);
  const load = evs.find((e) => e.name === 'MarkLoad' || (e.name === 'loadEventEnd'))?.ts ?? evs.find((e) => e.name === 'MarkDOMContent')!.ts;
  const fh = evs.find((e) => e.name === 'first-highlight');
  console.log('first highlight (trace):', fh ? ((fh.ts - load) / 1000).toFixed(1) : 'none', 'ms after load');
  const rel = (ts: number) => ((ts - load) / 1000).toFixed(1).padStart(7);
  for (const e of evs.sort((a, b) => a.ts - b.ts)) {
    const th = threads.get(`${e.pid}:${e.tid}`) ?? `${e.pid}:${e.tid}`;
    const d = (e.dur ?? 0) / 1000;
    const argUrl = JSON.stringify(e.args?.data?.url ?? e.args?.data?.scriptName ?? e.args?.data?.stackTrace?.[0]?.url ?? e.args?.url ?? e.args?.fileName ?? '').slice(0, 90);
    const interesting = (process.env.ALL && e.ph === "X" && d >= 0.5 && th.startsWith("CrRendererMain")) || (e.ph === 'X' && d >= 1.5 && ['RunTask', 'ThreadControllerImpl::RunTask'].includes(e.name)) || /extension|ServiceWorker/i.test(argUrl + e.name) && d >= 0.3 || ['MarkLoad', 'MarkDOMContent', 'first-highlight'].includes(e.name) || e.name.startsWith('q-') || (e.ph === 'X' && d >= 1 && /EvaluateScript|FunctionCall|v8.compile|v8.run|ParseHTML|Layout|UpdateLayoutTree|v8.callFunction|TimerFire|EventDispatch|v8.compileModule|v8.evaluateModule/.test(e.name));
    if (!interesting || e.ts < load - 300_000) continue;
    console.log(`${rel(e.ts)} ${d.toFixed(1).padStart(6)} ${th.slice(0, 22).padEnd(22)} ${e.name} ${argUrl}`);
  }
}
await browser.close();
server.close();
