import type { ContentScriptContext } from '#imports';
import { mountShadowUi, type ShadowUi } from './shadow-ui';

/**
 * Saved passages are marked with boxes drawn in our closed shadow root, not with a CSS highlight:
 * `CSS.highlights` is the page's own registry, and a page's script can list every Range in it and
 * read its text. The boxes follow the text's line boxes (Range.getClientRects), in a layer that
 * scrolls with the document, so scrolling the page costs nothing; they are drawn again (one frame at
 * most each time) on resize, on layout changes and when an inner scroller moves.
 */
const CSS = `
.layer { position: absolute; top: 0; left: 0; width: 0; height: 0; overflow: visible; pointer-events: none; z-index: 2147483600; }
/* A colour and line style no kind uses (the place's green and the date's dots would read as a name):
   violet #8b5cf6, 4.2:1 on white and 5:1 on black, double, below the kinds' underlines. */
.mark { position: absolute; box-sizing: border-box; background: rgba(139, 92, 246, 0.10); border-bottom: 3px double rgb(139, 92, 246); mix-blend-mode: multiply; }`;

export interface MarkLayer {
  /** Mark these ranges (none: unmark all). */
  set(ranges: readonly Range[]): void;
  remove(): void;
}

/**
 * Mounted on every analysed article, with or without saved passages, so that the host's presence
 * tells the page nothing.
 */
export async function mountMarkLayer(ctx: ContentScriptContext): Promise<MarkLayer> {
  let ranges: readonly Range[] = [];
  let frame = 0;
  const ui: ShadowUi<HTMLElement> = await mountShadowUi(ctx, 'qusasat-marks', CSS, (container) => {
    const layer = document.createElement('div');
    layer.className = 'layer';
    container.append(layer);
    return layer;
  });

  const draw = (): void => {
    frame = 0;
    const layer = ui.mounted;
    if (!layer) return;
    const boxes: HTMLElement[] = [];
    // Wherever the page's layout put the layer, boxes are placed relative to it.
    const origin = layer.getBoundingClientRect();
    ranges.forEach((range, i) => {
      for (const r of range.getClientRects()) {
        if (r.width < 1) continue;
        const box = document.createElement('div');
        box.className = 'mark';
        box.dataset.mark = String(i);
        // CSSOM writes: allowed under a strict CSP.
        Object.assign(box.style, { left: `${r.left - origin.left}px`, top: `${r.top - origin.top}px`, width: `${r.width}px`, height: `${r.height}px` });
        boxes.push(box);
      }
    });
    layer.replaceChildren(...boxes);
  };
  const schedule = (): void => { if (!frame && ranges.length) frame = ctx.requestAnimationFrame(draw); };
  // The document's own scrolling moves the layer with the text; an inner scroller does not.
  ctx.addEventListener(window, 'scroll', (e) => { if (e.target !== document) schedule(); }, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', schedule, { passive: true });
  const resized = new ResizeObserver(schedule);
  if (document.body) resized.observe(document.body);
  ctx.onInvalidated(() => resized.disconnect());

  return {
    set(next) {
      ranges = next;
      if (!next.length) { if (frame) cancelAnimationFrame(frame); frame = 0; ui.mounted?.replaceChildren(); return; }
      schedule();
    },
    remove() { resized.disconnect(); ui.remove(); },
  };
}
