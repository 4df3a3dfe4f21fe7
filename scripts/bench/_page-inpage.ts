/**
 * The part of the page bench that runs inside Chromium (bundled by scripts/bench/page.ts): it times
 * the same functions the content script runs, on the page's own main thread.
 */
import { finishArticle } from '../../lib/page/article';
import { detectArticle } from '../../lib/page/detect';
import { paintSpans } from '../../lib/page/paint';
import { analyze } from '../../lib/arabic/analyze';
import type { Span } from '../../lib/arabic/types';

export interface Result { words: number; spans: number; detect: number; extract: number; analyze: number; paint: number; wrap: number; longest: number; longestPage: number }

const med = (xs: number[]): number => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]!; };
const idle = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

async function bench(runs: number): Promise<Result> {
  const longest: number[] = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) longest.push(e.duration); }).observe({ type: 'longtask', buffered: true });
  const detect: number[] = [];
  const extract: number[] = [];
  const analyzeT: number[] = [];
  const paint: number[] = [];
  const wrap: number[] = [];
  let words = 0;
  let spans = 0;
  const body = document.querySelector('.article-body')!;
  const original = body.innerHTML;
  for (let i = 0; i < runs; i++) {
    // As the content script does: decide, yield, extract.
    let t = performance.now();
    const d = detectArticle(document);
    detect.push(performance.now() - t);
    await idle();
    t = performance.now();
    const a = finishArticle(document, d);
    const map = a.map!;
    extract.push(performance.now() - t);
    await idle();
    t = performance.now();
    const s = analyze(map.text, { ref: '2015-07-21' });
    analyzeT.push(performance.now() - t);
    await idle();
    t = performance.now();
    const p = paintSpans(s, map, window);
    void document.body.offsetHeight; // flush style, as the wrapping below must
    paint.push(performance.now() - t);
    words = map.text.split(/\s+/).length;
    spans = s.length;
    await idle();
    p.clear();
    // The mark.js way: wrap every span in an element, last first so earlier ranges stay valid.
    // (Quotes are left out: they contain names, and nested wrapping is what breaks those libraries.)
    const ranges = s.filter((x: Span) => x.kind !== 'quote').map((x: Span) => map.range(x.start, x.end)).filter((r): r is Range => !!r).reverse();
    t = performance.now();
    for (const r of ranges) { const m = document.createElement('mark'); m.appendChild(r.extractContents()); r.insertNode(m); }
    void document.body.offsetHeight; // the layout the new elements force
    wrap.push(performance.now() - t);
    body.innerHTML = original;
    await idle();
  }
  await new Promise((r) => setTimeout(r, 100));
  return { words, spans, detect: med(detect), extract: med(extract), analyze: med(analyzeT), paint: med(paint), wrap: med(wrap), longest: longest.length ? Math.max(...longest) : 0, longestPage: Math.max(...detect, ...extract, ...paint) };
}

function decide(n: number): number {
  // One call is below the page's timer resolution (0.1 ms): time n calls, report the mean.
  const t = performance.now();
  for (let i = 0; i < n; i++) detectArticle(document);
  return (performance.now() - t) / n;
}

Object.assign(globalThis, { __bench: bench, __decide: decide });
