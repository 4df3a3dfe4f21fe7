import { h, render } from 'preact';
import type { ContentScriptContext } from '#imports';
import type { Kind, Span } from '../../lib/arabic/types';
import type { TextMap } from '../../lib/page/textmap';
import { spansAt } from '../../lib/page/paint';
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

/**
 * Show the card for the highlight under the pointer. Work is done at most once per frame, and only
 * while a painted article exists.
 */
export async function installHoverCard(ctx: ContentScriptContext, source: () => HoverSource | null, format: DateFormatter, onSave: (span: Span) => void): Promise<() => void> {
  let container: HTMLElement | null = null;
  const ui = await mountShadowUi(ctx, 'qusasat-card', CARD_CSS, (c) => { container = c; return c; }, (c) => { if (c) render(null, c); });
  let shown: Span | null = null;
  let frame = 0;
  let last: PointerEvent | null = null;
  const hide = (): void => { if (shown && container) { render(null, container); shown = null; } };
  const show = (span: Span, x: number, y: number): void => {
    if (!container || span === shown) return;
    shown = span;
    render(h(HoverCard, { span, x, y, format, onSave: (s: Span) => { hide(); onSave(s); }, onLeave: hide }), container);
  };
  const onMove = (e: PointerEvent): void => {
    last = e;
    if (frame) return;
    frame = ctx.requestAnimationFrame(() => {
      frame = 0;
      const ev = last!;
      if (ev.composedPath().includes(ui.host)) return; // on the card itself: keep it
      const src = source();
      const span = src ? spanAtPoint(src, ev.clientX, ev.clientY) : null;
      if (span) show(span, ev.clientX, ev.clientY);
      else hide();
    });
  };
  ctx.addEventListener(document, 'pointermove', onMove, { passive: true });
  ctx.addEventListener(document, 'keydown', (e) => { if (e.key === 'Escape') hide(); });
  ctx.addEventListener(window, 'scroll', hide, { passive: true });
  return () => { hide(); ui.remove(); };
}
