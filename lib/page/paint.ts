import type { Kind, Span } from '../arabic/types';
import { KINDS } from '../arabic/types';
import type { TextMap } from './textmap';
import { runNow, type Steps } from './slices';

/**
 * Highlight registry names, one per kind, plus the highlight the keyboard is on: styled by
 * ::highlight(qusasat-<name>) in highlights.css. (Saved passages are not in the page's registry:
 * entrypoints/content/mark-layer.ts draws them where the page cannot read them.)
 */
export const highlightName = (kind: Kind | 'focus'): string => `qusasat-${kind}`;

export interface Painted {
  /** Ranges painted per kind (for hover lookup). */
  ranges: Map<Kind, Array<{ range: Range; span: Span }>>;
  /** Show or hide one kind (the highlight is kept, only unregistered). */
  setVisible(kind: Kind, visible: boolean): void;
  clear(): void;
}

/** Is the CSS Custom Highlight API here? (Firefox before 140 lacks it: we then paint nothing.) */
export function canPaint(win: Window & typeof globalThis = window): boolean {
  return typeof win.Highlight === 'function' && !!win.CSS && 'highlights' in win.CSS;
}

/** Layers over the kinds' highlights: the highlight the keyboard is on. */
const MARK_PRIORITY = { focus: 3 } as const;

/**
 * Mark ranges as the keyboard's place, over the kinds' highlights; no ranges removes the mark. Nothing happens where the Highlight API is missing.
 */
export function setMark(name: keyof typeof MARK_PRIORITY, ranges: readonly Range[], win: Window & typeof globalThis = window): void {
  if (!canPaint(win)) return;
  if (!ranges.length) { win.CSS.highlights.delete(highlightName(name)); return; }
  const h = new win.Highlight(...ranges);
  h.priority = MARK_PRIORITY[name];
  win.CSS.highlights.set(highlightName(name), h);
}

/** Paint spans without touching the page's text nodes: one named Highlight per kind. */
export function paintSpans(spans: Span[], map: TextMap, win: Window & typeof globalThis = window, hidden: ReadonlySet<Kind> = new Set()): Painted {
  return runNow(paintSteps(spans, map, win, hidden));
}

/** Ranges made between two points where a sliced paint may pause. */
const STEP_SPANS = 250;

/** paintSpans as steps (slices.ts): a long page's thousands of ranges are made in batches. */
export function* paintSteps(spans: Span[], map: TextMap, win: Window & typeof globalThis = window, hidden: ReadonlySet<Kind> = new Set()): Steps<Painted> {
  const ranges = new Map<Kind, Array<{ range: Range; span: Span }>>();
  for (const kind of KINDS) ranges.set(kind, []);
  let made = 0;
  for (const span of spans) {
    const range = map.range(span.start, span.end);
    if (range) ranges.get(span.kind)!.push({ range, span });
    if (++made % STEP_SPANS === 0) yield;
  }
  const highlights = new Map<Kind, Highlight>();
  const paint = canPaint(win);
  if (paint) {
    for (const kind of KINDS) {
      const h = new win.Highlight(...ranges.get(kind)!.map((r) => r.range));
      // Quotes are long and contain names: names must stay visible on top.
      h.priority = kind === 'quote' ? 0 : 1;
      highlights.set(kind, h);
      if (!hidden.has(kind)) win.CSS.highlights.set(highlightName(kind), h);
    }
  }
  return {
    ranges,
    setVisible(kind, visible) {
      if (!paint) return;
      if (visible) win.CSS.highlights.set(highlightName(kind), highlights.get(kind)!);
      else win.CSS.highlights.delete(highlightName(kind));
    },
    clear(): void {
      // Delete only what we registered: another instance may already have painted anew.
      if (paint) for (const kind of KINDS) if (win.CSS.highlights.get(highlightName(kind)) === highlights.get(kind)) win.CSS.highlights.delete(highlightName(kind));
    },
  };
}

/** The spans covering a body text offset, innermost first (a name inside a quote before the quote). */
export function spansAt(spans: readonly Span[], offset: number): Span[] {
  return spans.filter((s) => s.start <= offset && offset < s.end).sort((a, b) => (a.end - a.start) - (b.end - b.start));
}
