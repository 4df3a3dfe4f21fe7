import { h, render } from 'preact';
import type { ContentScriptContext } from '#imports';
import type { Kind, Span } from '../../lib/arabic/types';
import type { TextMap } from '../../lib/page/textmap';
import { setMark, spansAt } from '../../lib/page/paint';
import { readingOrder, stepIndex } from '../../lib/page/step';
import { scrollToMiddle } from '../../lib/page/scroll';
import { HoverCard } from '../../components/page/HoverCard';
import type { DateFormatter } from '../../components/page/HoverCard';
import { mountShadowUi } from './shadow-ui';
import { CARD_CSS } from './ui-css';

export interface HoverSource {
  map: TextMap;
  spans: Span[];
  rangeOf(span: Span): Range | null;
  hidden: ReadonlySet<Kind>;
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
export async function installHoverCard(ctx: ContentScriptContext, source: () => HoverSource | null, format: DateFormatter, onSave: (span: Span) => void): Promise<HoverCardHandle> {
  let container: HTMLElement | null = null;
  const ui = await mountShadowUi(ctx, 'qusasat-card', CARD_CSS, (c) => { container = c; return c; }, (c) => { if (c) render(null, c); });
  let shown: Span | null = null;
  let frame = 0;
  let last: PointerEvent | null = null;
  /** The card shown was opened from the keyboard (it holds the focus and the focus mark). */
  let keyboard = false;
  /** The highlight the keyboard last moved to: the next step starts from it while it is in view. */
  let stepped: Span | null = null;
  /** Where the focus was before the keyboard card took it. */
  let returnFocus: Element | null = null;
  /** The step under way (its number), or 0: its own scrolling neither closes nor moves the card. */
  let stepping = 0;
  let steps = 0;

  const hide = (giveBack = true): void => {
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
  const save = (s: Span): void => { hide(); onSave(s); };
  const show = (span: Span, x: number, y: number): void => {
    if (!container || span === shown) return;
    hide();
    shown = span;
    render(h(HoverCard, { span, x, y, format, onSave: save, onLeave: close, onClose: close }), container);
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
    render(h(HoverCard, { span: target, x: box.left, y: box.bottom, anchor: box, step: { index: index + 1, total: order.length }, format, onSave: save, onLeave: close, onClose: close }), container);
    container.querySelector<HTMLButtonElement>('button.save')?.focus({ preventScroll: true });
  };

  const onMove = (e: PointerEvent): void => {
    last = e;
    if (frame) return;
    frame = ctx.requestAnimationFrame(() => {
      frame = 0;
      const ev = last!;
      if (stepping || ev.composedPath().includes(ui.host)) return; // on the card itself: keep it
      const src = source();
      const span = src ? spanAtPoint(src, ev.clientX, ev.clientY) : null;
      if (span) show(span, ev.clientX, ev.clientY);
      else if (!keyboard) hide(); // a keyboard card stays until Escape, a step, a scroll or another highlight
    });
  };
  ctx.addEventListener(document, 'pointermove', onMove, { passive: true });
  ctx.addEventListener(document, 'keydown', (e) => { if (e.key === 'Escape') hide(); });
  ctx.addEventListener(window, 'scroll', () => { if (!stepping) hide(); }, { passive: true });
  ctx.onInvalidated(() => markFocus(null));
  return { step, close, remove: () => { hide(); ui.remove(); } };
}
