import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startSession } from './session';
import { DEFAULT_SITE_SETTINGS } from '../../lib/page/site-settings';

const ARTICLE = readFileSync(join(process.cwd(), 'tests/fixtures/site/article.html'), 'utf8');

let ctx: ContentScriptContext;
afterEach(() => {
  ctx.abort();
  vi.useRealTimers();
});

/** The fixture article as the page, on fake timers. */
function openArticle(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'requestIdleCallback', 'cancelIdleCallback', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  document.open();
  document.write(ARTICLE);
  document.close();
}

describe('a session on a page whose body keeps changing', () => {
  beforeEach(() => {
    openArticle();
    ctx = new ContentScriptContext('session-test');
  });

  it('re-analyses only the changed paragraph, and at most every 2 s (or 5x the time an analysis takes)', async () => {
    const calls: Array<{ at: number; text: string }> = [];
    let took = 0;
    const analyze = vi.fn(async (text: string) => {
      calls.push({ at: Date.now(), text });
      await new Promise((r) => setTimeout(r, took));
      return [];
    });
    startSession(ctx, { analyze, getSettings: async () => DEFAULT_SITE_SETTINGS, setSettings: async () => undefined, saveSpan: () => undefined, format: () => '' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toHaveLength(1);
    // A live line at the end of one paragraph, rewritten every 100 ms.
    const live = document.createElement('span');
    document.querySelectorAll('.article-body p')[2]!.append(live);
    let n = 0;
    const tick = async (ms: number): Promise<void> => {
      for (let t = 0; t < ms; t += 100) { live.textContent = ` وأضاف المتحدث أن الاجتماع رقم ${++n} عقد في بغداد.`; await vi.advanceTimersByTimeAsync(100); }
    };
    await tick(10_000);
    const again = calls.slice(1);
    expect(again.length).toBeGreaterThanOrEqual(2);
    expect(again.length).toBeLessThanOrEqual(6); // 10 s / 2 s, the first one after the observer's wait
    // Only the changed paragraph, not the body around it.
    for (const c of again) {
      expect(c.text.slice(0, 23)).toBe('وأضاف أن «عودة النازحين');
      expect(c.text).not.toContain('دعا وزير الخارجية');
      expect(c.text).not.toContain('شعبان');
    }
    // A slow analysis (1 s): the next waits 5 s.
    took = 1000;
    calls.length = 0;
    await tick(20_000);
    expect(calls.length).toBeGreaterThanOrEqual(2);
    expect(calls.length).toBeLessThanOrEqual(4);
    for (let i = 1; i < calls.length; i++) expect(calls[i]!.at - calls[i - 1]!.at).toBeGreaterThanOrEqual(5000);
  });
});

describe('a session on a long article', () => {
  beforeEach(() => {
    openArticle();
    const body = document.querySelector('.article-body')!;
    for (let i = 0; i < 30; i++) {
      const p = document.createElement('p');
      p.textContent = `وقال المتحدث باسم الوزارة في الفقرة ${i} إن المحادثات مع الوفد الزائر تناولت ملفات الطاقة والمياه والحدود المشتركة بين البلدين.`;
      body.append(p);
    }
    ctx = new ContentScriptContext('session-long-test');
  });

  it('analyses and shows its first screenful first, and asks for the whole before painting that part', async () => {
    const events: string[] = [];
    const texts: string[] = [];
    const analyze = vi.fn(async (text: string) => {
      texts.push(text);
      events.push(`analyze ${texts.length}`);
      const at = text.indexOf('المتحدث');
      await new Promise((r) => setTimeout(r, 50));
      return at < 0 ? [] : [{ kind: 'person' as const, start: at, end: at + 7, text: 'المتحدث' }];
    });
    const session = startSession(ctx, { analyze, getSettings: async () => DEFAULT_SITE_SETTINGS, setSettings: async () => undefined, saveSpan: () => undefined, format: () => '' });
    session.onAnalysis((a) => { if (a) events.push(`shown ${a.spans.length} of ${a.article.map!.text.length}`); });
    await vi.advanceTimersByTimeAsync(1000);
    expect(texts).toHaveLength(2);
    const whole = session.current()!.article.map!.text;
    expect(texts[1]).toBe(whole);
    expect(texts[0]!.length).toBeLessThan(whole.length / 2);
    expect(whole.startsWith(texts[0]!)).toBe(true);
    expect(whole[texts[0]!.length]).toBe('\n'); // a paragraph's end
    expect(events).toEqual(['analyze 1', 'analyze 2', `shown 1 of ${whole.length}`, `shown 1 of ${whole.length}`]);
  });
});
