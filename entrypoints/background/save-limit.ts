/**
 * At most `max` saves per tab in any `windowMs`: a person saves a passage every few seconds at most;
 * a page's script that found a way to save would make hundreds a second. Saves past the limit are
 * refused, not queued.
 */
export class SaveLimit {
  private times = new Map<string | number, number[]>();

  constructor(private readonly max = 8, private readonly windowMs = 10_000, private readonly now: () => number = Date.now) {}

  /** Count one save for this tab, or say no (and count nothing) when it is over the limit. */
  allow(tab: string | number): boolean {
    const t = this.now();
    const recent = (this.times.get(tab) ?? []).filter((x) => t - x < this.windowMs);
    if (recent.length >= this.max) { this.times.set(tab, recent); return false; }
    recent.push(t);
    this.times.set(tab, recent);
    if (this.times.size > 100) this.forgetIdle(t); // closed tabs leave nothing behind for long
    return true;
  }

  private forgetIdle(t: number): void {
    for (const [tab, list] of this.times) if (list.every((x) => t - x >= this.windowMs)) this.times.delete(tab);
  }
}
