import { describe, expect, it, vi } from 'vitest';
import { runNow, runSliced, yieldToPage, type Steps } from './slices';
import { detectArticle, detectSteps } from './detect';

function* counting(n: number, log: string[]): Steps<number> {
  for (let i = 0; i < n; i++) { log.push(`step ${i}`); yield; }
  return n;
}

describe('slices', () => {
  it('runs every step at once', () => {
    const log: string[] = [];
    expect(runNow(counting(3, log))).toBe(3);
    expect(log).toEqual(['step 0', 'step 1', 'step 2']);
  });

  it('gives the page its thread back only when a slice has used its budget', async () => {
    let now = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => (now += 4));
    const log: string[] = [];
    const pause = async () => { log.push('pause'); };
    expect(await runSliced(counting(5, log), 10, pause)).toBe(5);
    clock.mockRestore();
    // Each step costs 4 ms on this clock: a pause after every ~10 ms, never between two cheap steps.
    expect(log.filter((l) => l === 'pause').length).toBeGreaterThanOrEqual(1);
    expect(log.filter((l) => l === 'pause').length).toBeLessThan(5);
    expect(log.filter((l) => l.startsWith('step'))).toHaveLength(5);
  });

  it('yields to the page through a message channel where there is no scheduler.yield', async () => {
    let ran = false;
    setTimeout(() => { ran = true; }, 0);
    await yieldToPage();
    await new Promise((r) => setTimeout(r, 5));
    expect(ran).toBe(true);
  });

  it('decides a page the same at once and in slices', async () => {
    document.documentElement.setAttribute('lang', 'ar');
    document.title = 'وزير الخارجية العراقي يلتقي سفراء التحالف في بغداد';
    document.head.innerHTML = '<link rel="canonical" href="https://news.example/world/2023/03/14/iraq-coalition">';
    document.body.innerHTML = `<article><h1>${document.title}</h1>${'<p>قال وزير الخارجية العراقي فؤاد حسين في بغداد يوم الثلاثاء إن بلاده ماضية في تعزيز التعاون مع دول التحالف الدولي في مجالات الأمن والاقتصاد وإعادة الإعمار.</p>'.repeat(12)}</article>`;
    const at = detectArticle(document);
    const sliced = await runSliced(detectSteps(document), 0, async () => undefined);
    expect(sliced).toEqual(at);
    expect(at.isArticle).toBe(true);
  });
});
