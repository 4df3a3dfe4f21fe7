/**
 * Work on a page's DOM written once as a generator that yields where it may pause: run at once
 * (the analyze command, tests) or in slices that give the page its main thread back between them
 * (the content script), so a walk of a huge DOM is many short tasks instead of one long one.
 */
export type Steps<T> = Generator<void, T, void>;

/** Run every step now. */
export function runNow<T>(steps: Steps<T>): T {
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

type Scheduler = { yield?: () => Promise<void> };

/** Let the page run: scheduler.yield() where there is one (it keeps our place in line), else a message-channel task. */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => { ch.port1.close(); resolve(); };
    ch.port2.postMessage(null);
  });
}

/** Run the steps, yielding to the page whenever a slice has taken `budgetMs`. */
export async function runSliced<T>(steps: Steps<T>, budgetMs = 10, pause: () => Promise<void> = yieldToPage): Promise<T> {
  let start = performance.now();
  let r = steps.next();
  while (!r.done) {
    if (performance.now() - start >= budgetMs) {
      await pause();
      start = performance.now();
    }
    r = steps.next();
  }
  return r.value;
}
