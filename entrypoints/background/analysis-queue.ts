/**
 * Analyses wait here, one at a time through the worker, taking turns by tab (round robin): a tab
 * with a huge, busy page cannot make another tab wait behind a queue of its own requests. Each tab
 * has at most one analysis waiting; a newer one from the same tab (and frame) replaces it, and the
 * replaced one is answered `superseded` at once (its page has moved on and would drop the result).
 */
export class Superseded extends Error {
  constructor() { super('superseded'); this.name = 'Superseded'; }
}

interface Waiting { run: () => unknown; resolve: (v: unknown) => void; reject: (e: unknown) => void }

export class AnalysisQueue {
  private waiting = new Map<string, Waiting>();
  /** Tabs in their turn order; a tab goes to the back once served. */
  private turns: string[] = [];
  private busy = false;

  constructor(private readonly pause: () => Promise<void> = () => new Promise((r) => setTimeout(r, 0))) {}

  /** Run `job` in its tab's turn; rejects with Superseded if the same tab asks again first. */
  run<T>(tab: string, job: () => T | Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const old = this.waiting.get(tab);
      if (old) old.reject(new Superseded());
      else this.turns.push(tab);
      this.waiting.set(tab, { run: job, resolve: resolve as (v: unknown) => void, reject });
      void this.drain();
    });
  }

  /** How many analyses wait (for tests). */
  get size(): number { return this.waiting.size; }

  /** How many were run since the worker started (for tests: a page the decision stopped asked for none). */
  get served(): number { return this.runs; }
  private runs = 0;

  private async drain(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      let last: string | null = null;
      while (this.turns.length) {
        // The tab just served goes after any other tab that waits.
        const i = Math.max(0, this.turns.findIndex((t) => t !== last));
        const tab = this.turns.splice(i, 1)[0]!;
        last = tab;
        const w = this.waiting.get(tab);
        this.waiting.delete(tab);
        if (!w) continue;
        this.runs++;
        try { w.resolve(await w.run()); } catch (e) { w.reject(e); }
        await this.pause(); // let new requests (and other messages) in between two analyses
      }
    } finally {
      this.busy = false;
    }
  }
}
