/**
 * At most `max` saves per tab in any `windowMs`: a person saves a passage every few seconds at most;
 * a page's script that found a way to save would make hundreds a second. Saves past the limit are
 * refused, not queued.
 */
export class SaveLimit {
  private times = new Map<string | number, number[]>();
  /** Tabs the browser's menu or shortcut asked to save (a count: two asks may overlap). */
  private asked = new Map<string | number, number>();

  constructor(private readonly max = 8, private readonly windowMs = 10_000, private readonly now: () => number = Date.now) {}

  /** Count one save for this tab, or say no (and count nothing) when it is over the limit. */
  allow(tab: string | number): boolean {
    if (this.asked.has(tab)) return true; // the reader's own menu or shortcut: not counted
    const t = this.now();
    const recent = (this.times.get(tab) ?? []).filter((x) => t - x < this.windowMs);
    if (recent.length >= this.max) { this.times.set(tab, recent); return false; }
    recent.push(t);
    this.times.set(tab, recent);
    if (this.times.size > 100) this.forgetIdle(t); // closed tabs leave nothing behind for long
    return true;
  }

  /** The browser's menu or shortcut asked this tab to save: its saves are not counted until unexcuse. */
  excuse(tab: string | number): void {
    this.asked.set(tab, (this.asked.get(tab) ?? 0) + 1);
  }

  /** That ask is answered (or failed). */
  unexcuse(tab: string | number): void {
    const n = (this.asked.get(tab) ?? 0) - 1;
    if (n > 0) this.asked.set(tab, n); else this.asked.delete(tab);
  }

  private forgetIdle(t: number): void {
    for (const [tab, list] of this.times) if (list.every((x) => t - x >= this.windowMs)) this.times.delete(tab);
  }
}
