/**
 * Entity recognition in headless Chromium (V8 in a browser, where the extension runs it): the same
 * corpus and model as bench/ner.ts, timed inside a page on 127.0.0.1, rule-based baseline alongside.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { CHROMIUM, ROOT, launch, serveFixtures } from '../lib/browser';
import { NER_MODEL_PATH } from '../lib/load-ner-model';
import { corpusTexts, words } from './_util';
import type { measureNer, NerTimes } from './_ner-measure';
import type { packedBench, PackedBench } from './browser/ner-entry';

export async function run(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`(skipped: Chromium not found at ${CHROMIUM})`);
    return;
  }
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: true, lib: { entry: join(ROOT, 'scripts/bench/browser/ner-entry.ts'), formats: ['iife'], name: 'qusasatNerBundle' } },
  });
  const code = (Array.isArray(out) ? out[0]! : out as { output: Array<{ code?: string }> }).output[0]!.code!;
  const docs = corpusTexts(300);
  const total = docs.reduce((n, d) => n + words(d), 0);
  const modelText = readFileSync(NER_MODEL_PATH, 'utf8');

  const site = await serveFixtures();
  const browser = await launch(false);
  try {
    const page = await browser.context.newPage();
    // The packed model served from the page's own origin, as the worker fetches it from the extension.
    const bin = readFileSync(NER_MODEL_PATH.replace(/\.json$/, '.bin'));
    await page.route('**/ner.bin', (route) => route.fulfill({ body: bin, contentType: 'application/octet-stream' }));
    await page.goto(site.url('/english.html'));
    await page.addScriptTag({ content: code });
    const r: NerTimes = await page.evaluate(([m, d]) => (globalThis as unknown as { qusasatNerBench: typeof measureNer }).qusasatNerBench(m, d), [modelText, docs] as [string, string[]]);
    const perK = (ms: number): string => ((ms / total) * 1000).toFixed(3);
    console.log(`headless Chromium, ${docs.length} articles, ${total} words`);
    console.log(`load+parse in the page: ${r.load.toFixed(1)} ms median of ${r.loads}`);
    console.log(`learned: ${perK(r.learned)} ms / 1,000 words (median of ${r.runs}, warm word cache); first pass with empty cache: ${perK(r.cold)} ms / 1,000 words`);
    console.log(`rules:   ${perK(r.rules)} ms / 1,000 words; learned/rules = ${(r.learned / r.rules).toFixed(2)}×`);
    const p: PackedBench = await page.evaluate(([u, d]) => (globalThis as unknown as { qusasatPackedBench: typeof packedBench }).qusasatPackedBench(u, d, 9), [site.url('/ner.bin'), docs] as [string, string[]]);
    // The page's fetch goes through Playwright's route (the bytes cross the DevTools protocol): not the
    // extension's read, which bench/model-load.ts times in the worker.
    console.log(`packed model (${(bin.length / 1e6).toFixed(2)} MB): decode ${p.decode.toFixed(2)} ms (goal for read + decode ≤ 15 ms: see model-load) ${p.decode <= 15 ? 'met' : 'MISSED'}; fetch through the harness's route ${p.fetch.toFixed(1)} ms; first article on a fresh model ${p.firstArticle.toFixed(1)} ms`);
    console.log(`packed learned: ${perK(p.learned)} ms / 1,000 words warm (goal ≤ 3) ${(p.learned / total) * 1000 <= 3 ? 'met' : 'MISSED'}, packed/rules = ${(p.learned / r.rules).toFixed(2)}×; empty word cache ${perK(p.cold)} ms / 1,000 words`);
  } finally {
    await browser.close();
    await site.close();
  }
}
