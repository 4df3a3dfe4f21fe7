import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ChangeSummary, watchChanges, type DomChange } from './observe';

/** Let the observer's microtasks and the timers run for `ms` of fake time, in 10 ms steps. */
async function pass(ms: number, each?: (t: number) => void): Promise<void> {
  for (let t = 0; t < ms; t += 10) {
    each?.(t);
    await vi.advanceTimersByTimeAsync(10);
  }
}

describe('watchChanges on a page that never stops changing', () => {
  let ctx: ContentScriptContext;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'requestIdleCallback', 'cancelIdleCallback'] });
    document.body.innerHTML = '<article><p>نص المقال</p></article><div id="ticker">0</div>';
    ctx = new ContentScriptContext('observe-test');
  });
  afterEach(() => {
    ctx.abort();
    vi.useRealTimers();
  });

  it('still reports within the maximum wait while a ticker changes every 10 ms', async () => {
    const seen: DomChange[] = [];
    watchChanges(ctx, (c) => seen.push(c), () => undefined, 400, 1500);
    const ticker = document.getElementById('ticker')!;
    let n = 0;
    await pass(2500, () => { ticker.textContent = `${++n} ${'خبر عاجل '.repeat(12)}`; });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen[0]!.touches(ticker)).toBe(true);
    expect(seen[0]!.touches(document.querySelector('article')!)).toBe(false);
  });

  it('tells a single-page navigation on time though a ticker outside the article changes every 250 ms', async () => {
    const onUrl = vi.fn();
    watchChanges(ctx, () => undefined, onUrl, 400, 1500);
    const ticker = document.getElementById('ticker')!;
    let n = 0;
    await pass(500, (t) => { if (t % 250 === 0) ticker.textContent = String(++n); });
    history.pushState({}, '', '/story-2');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await pass(2500, (t) => { if (t % 250 === 0) ticker.textContent = String(++n); });
    expect(onUrl).toHaveBeenCalledTimes(1);
  });

  it('debounces a short burst into one report', async () => {
    const seen: DomChange[] = [];
    watchChanges(ctx, (c) => seen.push(c), () => undefined, 400, 1500);
    const p = document.querySelector('p')!;
    for (let i = 0; i < 5; i++) p.append(` جملة جديدة ${i} `.repeat(4));
    await pass(1000);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.text).toBeGreaterThanOrEqual(80);
  });
});

describe('ChangeSummary', () => {
  it('keeps a bounded number of node references however many records arrive', () => {
    const summary = new ChangeSummary();
    const root = document.createElement('div');
    for (let i = 0; i < 10_000; i++) {
      const t = document.createTextNode(`${i}`);
      root.append(t);
      summary.add({ type: 'characterData', target: t, addedNodes: [] as unknown as NodeList, removedNodes: [] as unknown as NodeList } as unknown as MutationRecord);
    }
    expect(summary.remembered).toBeLessThanOrEqual(64);
    expect(summary.touches(document.createElement('p'))).toBe(true); // past the bound, every node counts as touched
    expect(summary.text).toBeLessThan(200);
  });

  it('tells the watched body apart from a busy page around it, past the bound too', () => {
    const body = document.createElement('article');
    const ticker = document.createElement('div');
    const summary = new ChangeSummary(() => body);
    const record = (target: Node) => ({ type: 'characterData', target, addedNodes: [], removedNodes: [] }) as unknown as MutationRecord;
    for (let i = 0; i < 1000; i++) { const t = document.createTextNode(`${i}`); ticker.append(t); summary.add(record(t)); }
    expect(summary.touches(body)).toBe(false);
    const inBody = document.createTextNode('نص');
    body.append(inBody);
    summary.add(record(inBody));
    expect(summary.touches(body)).toBe(true);
  });
});
