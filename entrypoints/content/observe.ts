import type { ContentScriptContext } from '#imports';

export interface ChangeWatch { stop(): void }

/** Our own UI hosts: their mutations are not the page changing. */
const OWN = /^QUSASAT-/;

/**
 * Tell when the page changed under us: DOM mutations (debounced, then run in idle time) and URL
 * changes in single-page sites (WXT's locationchange, plus popstate). Stops with the context.
 */
export function watchChanges(ctx: ContentScriptContext, onDom: (mutations: MutationRecord[]) => void, onUrl: () => void, delay = 400): ChangeWatch {
  let pending: MutationRecord[] = [];
  let timer: number | undefined;
  let idle: number | undefined;
  let lastUrl = location.href;
  let stopped = false;
  const flush = (): void => {
    idle = undefined;
    if (stopped) return;
    if (location.href !== lastUrl) { lastUrl = location.href; pending = []; onUrl(); return; }
    const batch = pending;
    pending = [];
    if (batch.length) onDom(batch);
  };
  const schedule = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(() => {
      timer = undefined;
      if (idle === undefined) idle = 'requestIdleCallback' in window ? ctx.requestIdleCallback(flush, { timeout: 1500 }) : ctx.setTimeout(flush, 0);
    }, delay);
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) if (!isOwn(r)) pending.push(r);
    if (pending.length) schedule();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  const urlChanged = (): void => { if (!stopped && location.href !== lastUrl) { pending = []; schedule(); } };
  ctx.addEventListener(window, 'wxt:locationchange', urlChanged);
  ctx.addEventListener(window, 'popstate', urlChanged);
  const stop = (): void => { stopped = true; observer.disconnect(); if (timer !== undefined) clearTimeout(timer); };
  ctx.onInvalidated(stop);
  return { stop };
}

function isOwn(r: MutationRecord): boolean {
  const target = r.target as Element;
  if (target.nodeType === 1 && OWN.test(target.tagName)) return true;
  if (r.type !== 'childList') return false;
  const nodes = [...r.addedNodes, ...r.removedNodes];
  return nodes.length > 0 && nodes.every((n) => n.nodeType === 1 && OWN.test((n as Element).tagName));
}

/** Did these mutations add or remove text worth re-reading (not a ticking clock or an ad frame)? */
export function addsText(records: MutationRecord[], min = 80): boolean {
  let n = 0;
  for (const r of records) {
    if (r.type === 'characterData') n += (r.target as Text).data.length;
    for (const node of r.addedNodes) n += node.nodeType === 3 || node.nodeType === 1 ? (node.textContent ?? '').length : 0;
    if (r.removedNodes.length) n += min; // content taken away: the body may be gone
    if (n >= min) return true;
  }
  return false;
}
