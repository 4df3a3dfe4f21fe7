import { h, render } from 'preact';
import type { ContentScriptContext } from '#imports';
import type { Kind, Span } from '../../lib/arabic/types';
import type { TextMap } from '../../lib/page/textmap';
import { setMark, spansAt } from '../../lib/page/paint';
import { readingOrder, stepIndex } from '../../lib/page/step';
import { scrollToMiddle } from '../../lib/page/scroll';
import { HoverCard } from '../../components/page/HoverCard';
import type { DateFormatter } from '../../components/page/HoverCard';
import type { CorrectedKind } from '../../lib/clippings/corrections';
import { mountShadowUi } from './shadow-ui';
import { CARD_CSS } from './ui-css';

export interface HoverSource {
  map: TextMap;
  spans: Span[];
  rangeOf(span: Span): Range | null;
  hidden: ReadonlySet<Kind>;
  /** The page gave no publication date: its relative dates were resolved against today. */
  undated?: boolean;
}

/** The caret position under the pointer (Chromium: caretRangeFromPoint; Firefox: caretPositionFromPoint). */
function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const d = document as Document & { caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = document.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/** The painted span under a point: caret offset in the body text, confirmed by the span's own boxes. */
export function spanAtPoint(source: HoverSource, x: number, y: number): Span | null {
  const caret = caretAt(x, y);
  if (!caret) return null;
  const offset = source.map.offsetOf(caret.node, caret.offset);
  if (offset < 0) return null;
  // The caret lands between letters: the letter under the pointer is at offset or just before it.
  const seen = new Set<Span>();
  for (const s of [...spansAt(source.spans, offset), ...spansAt(source.spans, offset - 1)]) {
    if (seen.has(s) || source.hidden.has(s.kind)) continue;
    seen.add(s);
    const range = source.rangeOf(s);
    if (range && [...range.getClientRects()].some((b) => x >= b.left - 1 && x <= b.right + 1 && y >= b.top - 1 && y <= b.bottom + 1)) return s;
  }
  return null;
}

/** Where the keyboard focus really is: inside open shadow roots too (the page's or ours). */
function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** A range's first line box, or null when nothing of it is rendered. */
const firstBox = (range: Range | null): DOMRect | null => range?.getClientRects()[0] ?? null;

/** How long a pointer card stays after the pointer leaves its word (or the card), to reach it or come back. */
const GRACE_MS = 300;

/** How near the card the pointer must be for its heading towards it to keep the card. */
const NEAR_PX = 48;

/** Distance from a point to a box (0 inside it). */
const distance = (b: DOMRect, x: number, y: number): number => Math.hypot(Math.max(b.left - x, 0, x - b.right), Math.max(b.top - y, 0, y - b.bottom));

/** The reader is selecting text (button held) or has a selection: the selection's own button is the one to offer. */
function selecting(buttons: number): boolean {
  if (buttons & 1) return true;
  const sel = window.getSelection();
  return !!sel && !sel.isCollapsed && sel.toString().trim().length > 0;
}

/** Mark the highlight the keyboard is on (null: unmark). */
const markFocus = (range: Range | null): void => setMark('focus', range ? [range] : []);

export interface HoverCardHandle {
  /**
   * Keyboard: move to the next (1) or previous (-1) highlight, scroll it to the middle, mark it, and
   * open its card with the focus on its save button.
   */
  step(direction: 1 | -1): Promise<void>;
  /** Close the card (and unmark its highlight): the highlights are gone. */
  close(): void;
  remove(): void;
}

/**
 * Show the card for the highlight under the pointer. Work is done at most once per frame, and only
 * while a painted article exists. The same card opens from the keyboard (step); Escape closes it and
 * gives the focus back.
 */
export async function installHoverCard(ctx: ContentScriptContext, source: () => HoverSource | null, format: DateFormatter, onSave: (span: Span) => void, onCorrect?: (span: Span, kind: CorrectedKind) => void): Promise<HoverCardHandle> {
  let container: HTMLElement | null = null;
  const ui = await mountShadowUi(ctx, 'qusasat-card', CARD_CSS, (c) => { container = c; return c; }, (c) => { if (c) render(null, c); });
  let shown: Span | null = null;
  let frame = 0;
  let last: { x: number; y: number; buttons: number } | null = null;
  /** The pointer is over the card (or its bridge): read from the event itself, while its path exists. */
  let overCard = false;
  /** Pending close of a pointer card (the grace period), and how far the pointer last was from the card. */
  let grace = 0;
  let lastDistance = Infinity;
  /** The card shown was opened from the keyboard (it holds the focus and the focus mark). */
  let keyboard = false;
  /** The highlight the keyboard last moved to: the next step starts from it while it is in view. */
  let stepped: Span | null = null;
  /** Where the focus was before the keyboard card took it. */
  let returnFocus: Element | null = null;
  /** The step under way (its number), or 0: its own scrolling neither closes nor moves the card. */
  let stepping = 0;
  let steps = 0;

  const cancelGrace = (): void => { clearTimeout(grace); grace = 0; };
  const hide = (giveBack = true): void => {
    cancelGrace();
    overCard = false;
    if (!shown || !container) return;
    const hadFocus = document.activeElement === ui.host;
    render(null, container);
    shown = null;
    if (!keyboard) return;
    keyboard = false;
    markFocus(null);
    if (!giveBack) return; // the next step's card takes the focus
    const to = returnFocus;
    returnFocus = null;
    if (hadFocus && to?.isConnected && to !== ui.host) (to as HTMLElement).focus?.({ preventScroll: true });
  };
  const close = (): void => hide();
  /** Close a pointer card unless the pointer comes back to its word or reaches the card meanwhile. */
  const closeSoon = (restart = false): void => {
    if (keyboard || !shown) return;
    if (grace && !restart) return;
    cancelGrace();
    grace = ctx.setTimeout(() => { grace = 0; if (!overCard && !keyboard) hide(); }, GRACE_MS);
  };
  const leaveCard = (): void => { overCard = false; closeSoon(); };
  const save = (s: Span): void => { hide(); onSave(s); };
  const correct = onCorrect && ((s: Span, kind: CorrectedKind): void => { hide(); onCorrect(s, kind); });
  const show = (span: Span, x: number, y: number, src: HoverSource): void => {
    if (!container || span === shown) return;
    hide();
    shown = span;
    lastDistance = Infinity;
    // Below the line of the word under the pointer (not the pointer): the card starts where the word ends.
    const line = [...(src.rangeOf(span)?.getClientRects() ?? [])].find((b) => y >= b.top - 1 && y <= b.bottom + 1);
    const anchor = line ? { left: x, right: x, top: line.top, bottom: line.bottom } : undefined;
    render(h(HoverCard, { span, x, y, anchor, undated: src.undated, format, onSave: save, onCorrect: correct, onLeave: leaveCard, onClose: close }), container);
  };

  const step = async (direction: 1 | -1): Promise<void> => {
    const src = source();
    if (!src || !container) return;
    const boxOf = (s: Span): DOMRect | null => firstBox(src.rangeOf(s));
    const order = readingOrder(src.spans, (s) => !src.hidden.has(s.kind) && boxOf(s) !== null);
    const inView = (s: Span | null): boolean => { const b = s && boxOf(s); return !!b && b.bottom > 0 && b.top < window.innerHeight; };
    const from = shown ?? (stepping || inView(stepped) ? stepped : null);
    const index = stepIndex(order, from, direction, (s) => boxOf(s)!.top >= 0);
    const target = order[index];
    if (!target) return;
    // Remember where the focus was, unless it is already ours (a card, or a step still scrolling).
    if (!stepping && document.activeElement !== ui.host) returnFocus = deepActive();
    const mine = stepping = ++steps;
    hide(false);
    stepped = target;
    const range = src.rangeOf(target)!;
    markFocus(range);
    await scrollToMiddle(boxOf(target)!);
    if (stepping !== mine || ctx.isInvalid) return; // a newer step took over
    stepping = 0;
    const box = firstBox(range);
    if (!box) { markFocus(null); return; } // the page took the words away meanwhile
    shown = target;
    keyboard = true;
    render(h(HoverCard, { span: target, x: box.left, y: box.bottom, anchor: box, step: { index: index + 1, total: order.length }, undated: src.undated, format, onSave: save, onCorrect: correct, onLeave: close, onClose: close }), container);
    container.querySelector<HTMLButtonElement>('button.save')?.focus({ preventScroll: true });
  };

  const onMove = (e: PointerEvent): void => {
    // The event's path is only there while it is dispatched: read it now, not in the frame callback.
    overCard = shown !== null && e.composedPath().includes(ui.host);
    if (overCard) { cancelGrace(); return; } // on the card itself (or its bridge): keep it
    last = { x: e.clientX, y: e.clientY, buttons: e.buttons };
    if (frame) return;
    frame = ctx.requestAnimationFrame(() => {
      frame = 0;
      const ev = last!;
      if (stepping || overCard) return;
      if (selecting(ev.buttons)) { if (!keyboard) hide(); return; } // a selection under way: no card over it
      const src = source();
      const span = src ? spanAtPoint(src, ev.x, ev.y) : null;
      if (span && span === shown) { cancelGrace(); lastDistance = Infinity; return; }
      if (shown && !keyboard) {
        // Close to the card and getting closer: a highlight crossed on the way does not take it away.
        const box = container?.querySelector('.card')?.getBoundingClientRect();
        const d = box ? distance(box, ev.x, ev.y) : Infinity;
        const towards = d < lastDistance && d < NEAR_PX;
        lastDistance = d;
        if (towards) { closeSoon(true); return; }
      }
      if (span && src) show(span, ev.x, ev.y, src);
      else closeSoon(); // a keyboard card stays until Escape, a step, a scroll or another highlight
    });
  };
  ctx.addEventListener(document, 'pointermove', onMove, { passive: true });
  // Pressing the button off the card starts a selection (or a click elsewhere): the pointer card goes.
  ctx.addEventListener(document, 'pointerdown', (e) => { if (!keyboard && !e.composedPath().includes(ui.host)) hide(); }, { passive: true });
  ctx.addEventListener(document, 'keydown', (e) => { if (e.key === 'Escape') hide(); });
  ctx.addEventListener(window, 'scroll', () => { if (!stepping) hide(); }, { passive: true });
  ctx.onInvalidated(() => markFocus(null));
  return { step, close, remove: () => { hide(); ui.remove(); } };
}
