/**
 * The page pipeline in headless Chromium (medians): decide + extract + paint on the main thread, the
 * analysis that runs in the background worker timed apart, the longest task (PerformanceObserver
 * 'longtask'), a 20,000-word page, painting by wrapping each span in an element (the mark.js way)
 * against our Highlight API paint, and the decision on pages that do not qualify.
 * Articles are built from the SaudiNewsNet sample in ../shared/data/corpus (never copied).
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { launch } from '../lib/browser';
import type { Result } from './_page-inpage';
import { ROOT } from './_util';
import { articlePage, ENGLISH_PAGE } from './_pages';

/** The code under test, bundled for the page: lib/page and the analyzer, exposed as window.__q. */
async function bundle(): Promise<string> {
  const out = await build({ entryPoints: [join(ROOT, 'scripts', 'bench', '_page-inpage.ts')], bundle: true, format: 'iife', write: false, platform: 'browser', target: 'chrome120' });
  return out.outputFiles[0]!.text;
}

export async function run(): Promise<void> {
  const code = await bundle();
  const browser = await launch(false);
  try {
    const page = await browser.context.newPage();
    const measure = async (html: string, runs: number) => {
      await page.setContent(html);
      await page.addScriptTag({ content: code });
      return page.evaluate((runs) => (globalThis as unknown as { __bench(runs: number): Promise<Result> }).__bench(runs), runs);
    };
    const small = await measure(articlePage(2000), 9);
    const f = (x: number) => x.toFixed(2);
    console.log(`2,000-word article (${small.words} words, ${small.spans} spans):`);
    console.log(`  main thread: detect ${f(small.detect)} ms + extract ${f(small.extract)} ms + paint ${f(small.paint)} ms = ${f(small.detect + small.extract + small.paint)} ms`);
    console.log(`  analyze (runs in the background worker, not on the page's thread): ${f(small.analyze)} ms`);
    console.log(`  in-page total if analysis ran on the page: ${f(small.detect + small.extract + small.analyze + small.paint)} ms`);
    console.log(`  longest page task of the extension (detect, extract or paint, worst run): ${f(small.longestPage)} ms`);
    console.log(`  longtask observer with the analysis also run in-page: ${small.longest ? `${f(small.longest)} ms` : 'none over 50 ms'}`);
    console.log(`  paint by wrapping spans in elements: ${f(small.wrap)} ms; our Highlight API paint / wrapping = ${f(small.paint / small.wrap)}`);
    const big = await measure(articlePage(20000), 3);
    console.log(`20,000-word page (${big.words} words, ${big.spans} spans):`);
    console.log(`  detect ${f(big.detect)} ms, extract ${f(big.extract)} ms, paint ${f(big.paint)} ms, analyze (worker) ${f(big.analyze)} ms`);
    console.log(`  longest page task of the extension (worst run): ${f(big.longestPage)} ms; longtask observer with the analysis also in-page: ${big.longest ? `${f(big.longest)} ms` : 'none'}`);

    // Pages that do not qualify: the gate alone decides an English page; an Arabic listing runs the decision.
    await page.setContent(ENGLISH_PAGE);
    await page.addScriptTag({ content: code });
    const gateMs = await page.evaluate(() => (globalThis as unknown as { __decide(n: number): number }).__decide(2000));
    console.log(`non-qualifying English page: decision ${gateMs.toFixed(3)} ms (gate: attributes and title only)`);
    await page.setContent(articlePage(300).replace('"NewsArticle"', '"CollectionPage"'));
    await page.addScriptTag({ content: code });
    const listingMs = await page.evaluate(() => (globalThis as unknown as { __decide(n: number): number }).__decide(50));
    console.log(`Arabic listing page (passes the gate, fails the decision): ${listingMs.toFixed(3)} ms`);
  } finally {
    await browser.close();
  }
}
