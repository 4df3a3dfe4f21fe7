import type { Kind, Span } from '../arabic/types';
import { KINDS } from '../arabic/types';
import type { TextMap } from './textmap';

/** Highlight registry names, one per kind: styled by ::highlight(qusasat-<kind>) in highlights.css. */
export const highlightName = (kind: Kind | 'saved'): string => `qusasat-${kind}`;

export interface Painted {
  /** Ranges painted per kind (for hover lookup). */
  ranges: Map<Kind, Array<{ range: Range; span: Span }>>;
  clear(): void;
}

/** Is the CSS Custom Highlight API here? (Firefox before 140 lacks it: we then paint nothing.) */
export function canPaint(win: Window & typeof globalThis = window): boolean {
  return typeof win.Highlight === 'function' && !!win.CSS && 'highlights' in win.CSS;
}

/** Paint spans without touching the page's text nodes: one named Highlight per kind. */
export function paintSpans(spans: Span[], map: TextMap, win: Window & typeof globalThis = window): Painted {
  const ranges = new Map<Kind, Array<{ range: Range; span: Span }>>();
  for (const kind of KINDS) ranges.set(kind, []);
  for (const span of spans) {
    const range = map.range(span.start, span.end);
    if (range) ranges.get(span.kind)!.push({ range, span });
  }
  if (canPaint(win)) {
    for (const kind of KINDS) {
      const list = ranges.get(kind)!;
      const h = new win.Highlight(...list.map((r) => r.range));
      // Quotes are long and contain names: names must stay visible on top.
      h.priority = kind === 'quote' ? 0 : 1;
      win.CSS.highlights.set(highlightName(kind), h);
    }
  }
  return {
    ranges,
    clear(): void {
      if (canPaint(win)) for (const kind of KINDS) win.CSS.highlights.delete(highlightName(kind));
    },
  };
}
