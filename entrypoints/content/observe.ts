import type { ContentScriptContext } from '#imports';
import { isOwnHost } from './shadow-ui';

export interface ChangeWatch { stop(): void }

/** What changed since the last call, kept small however long and fast the page mutates. */
export interface DomChange {
  /** Characters of text added or changed (counted up to TEXT_ENOUGH, then no further). */
  readonly text: number;
  /** Some nodes were taken away (the body may be gone). */
  readonly removed: boolean;
  /** Did a change happen inside this node, or on one of its ancestors? */
  touches(node: Node): boolean;
}

/** Enough new text to be worth re-reading the page (not a ticking clock or an ad frame). */
export const TEXT_ENOUGH = 80;
/** Distinct changed nodes remembered; past that, any node counts as touched. */
const MAX_TARGETS = 64;

/**
 * A running summary of mutation records: a counter, a flag and at most MAX_TARGETS node references,
 * instead of the records themselves (a page changing every 10 ms would pile up thousands). Whether
 * the watched node (the article's body) was touched is decided record by record, so a busy page
 * around the article never counts as a change to it.
 */
export class ChangeSummary implements DomChange {
  text = 0;
  removed = false;
  private targets = new Set<Node>();
  private overflow = false;
  private watchedNode: Node | null | undefined;
  private hit = false;

  constructor(private readonly watched: () => Node | null = () => null) {}

  /** How many node references this summary holds (bounded by MAX_TARGETS). */
  get remembered(): number { return this.targets.size; }

  get empty(): boolean { return this.text === 0 && !this.removed && this.targets.size === 0 && !this.overflow && !this.hit; }

  add(r: MutationRecord): void {
    if (this.text < TEXT_ENOUGH) {
      if (r.type === 'characterData') this.text += (r.target as Text).data.length;
      for (const node of r.addedNodes) if (this.text < TEXT_ENOUGH && (node.nodeType === 3 || node.nodeType === 1)) this.text += (node.textContent ?? '').length;
    }
    if (r.removedNodes.length) this.removed = true;
    const w = (this.watchedNode ??= this.watched());
    if (w && !this.hit && (w.contains(r.target) || r.target.contains(w))) this.hit = true;
    if (this.overflow) return;
    this.targets.add(r.target);
    if (this.targets.size > MAX_TARGETS) { this.overflow = true; this.targets.clear(); }
  }

  touches(node: Node): boolean {
    if (node === this.watchedNode) return this.hit;
    if (this.overflow) return true;
    for (const t of this.targets) if (node.contains(t) || t.contains(node)) return true;
    return false;
  }
}

/** Did these changes add or remove text worth re-reading? */
export const addsText = (change: DomChange): boolean => change.removed || change.text >= TEXT_ENOUGH;

/**
 * Tell when the page changed under us: DOM mutations (debounced by `delay`, but never later than
 * `maxWait` after the first change, then run in idle time) and URL changes in single-page sites
 * (WXT's locationchange, plus popstate). Stops with the context.
 */
export function watchChanges(ctx: ContentScriptContext, onDom: (change: DomChange) => void, onUrl: () => void, delay = 400, maxWait = 1500, watched: () => Node | null = () => null): ChangeWatch {
  const summary = (): ChangeSummary => new ChangeSummary(watched);
  let pending = summary();
  let timer: number | undefined;
  /** When the current wait must end, whatever keeps changing. */
  let deadline = 0;
  let idle: number | undefined;
  let lastUrl = location.href;
  let urlMoved = false;
  let stopped = false;
  const flush = (): void => {
    idle = undefined;
    if (stopped) return;
    if (urlMoved || location.href !== lastUrl) { urlMoved = false; lastUrl = location.href; pending = summary(); onUrl(); return; }
    const batch = pending;
    pending = summary();
    if (!batch.empty) onDom(batch);
  };
  const fire = (): void => {
    timer = undefined;
    deadline = 0;
    if (idle === undefined) idle = 'requestIdleCallback' in window ? ctx.requestIdleCallback(flush, { timeout: 1500 }) : ctx.setTimeout(flush, 0);
  };
  const schedule = (): void => {
    const now = Date.now();
    if (!deadline) deadline = now + maxWait;
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(fire, Math.max(0, Math.min(delay, deadline - now)));
  };
  const observer = new MutationObserver((records) => {
    let changed = false;
    for (const r of records) if (!isOwn(r)) { pending.add(r); changed = true; }
    if (changed) schedule();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  const urlChanged = (): void => { if (!stopped && location.href !== lastUrl) { urlMoved = true; pending = summary(); schedule(); } };
  ctx.addEventListener(window, 'wxt:locationchange', urlChanged);
  ctx.addEventListener(window, 'popstate', urlChanged);
  const stop = (): void => { stopped = true; observer.disconnect(); if (timer !== undefined) clearTimeout(timer); };
  ctx.onInvalidated(stop);
  return { stop };
}

function isOwn(r: MutationRecord): boolean {
  if (isOwnHost(r.target)) return true;
  if (r.type !== 'childList') return false;
  const nodes = [...r.addedNodes, ...r.removedNodes];
  return nodes.length > 0 && nodes.every(isOwnHost);
}
