import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';

interface Props<R> {
  rows: readonly R[];
  /** Fixed height per row (px): what makes 10,000 rows cheap, only the visible ones exist. */
  heightOf(row: R): number;
  keyOf(row: R): string;
  render(row: R, index: number): ComponentChildren;
  /** Index of the row the keyboard is on, or -1; kept in view. */
  active: number;
  label: string;
  activeId?: string;
  onKeyDown?(e: JSX.TargetedKeyboardEvent<HTMLDivElement>): void;
  /** Rows drawn beyond each edge so fast scrolling shows no gaps. */
  overscan?: number;
}

/** A listbox that renders only the rows in view, each absolutely placed at its offset. */
export function VirtualList<R>({ rows, heightOf, keyOf, render, active, label, activeId, onKeyDown, overscan = 6 }: Props<R>) {
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(800);

  const offsets = useMemo(() => {
    const o = new Float64Array(rows.length + 1);
    for (let i = 0; i < rows.length; i++) o[i + 1] = o[i]! + heightOf(rows[i]!);
    return o;
  }, [rows, heightOf]);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = (): void => { if (el.clientHeight) setViewport(el.clientHeight); };
    measure();
    const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    ro?.observe(el);
    return () => ro?.disconnect();
  }, []);

  // Keep the keyboard's row visible.
  useEffect(() => {
    const el = box.current;
    if (!el || active < 0 || active >= rows.length) return;
    const top = offsets[active]!;
    const bottom = offsets[active + 1]!;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (bottom > el.scrollTop + el.clientHeight && el.clientHeight) el.scrollTop = bottom - el.clientHeight;
  }, [active, offsets, rows.length]);

  const first = Math.max(0, upperBound(offsets, scrollTop) - 1 - overscan);
  const last = Math.min(rows.length, upperBound(offsets, scrollTop + viewport) + overscan);
  const visible: ComponentChildren[] = [];
  for (let i = first; i < last; i++) {
    const row = rows[i]!;
    visible.push(
      <div key={keyOf(row)} class="vrow" style={{ position: 'absolute', insetInlineStart: 0, insetInlineEnd: 0, top: `${offsets[i]}px`, height: `${heightOf(row)}px` }}>
        {render(row, i)}
      </div>,
    );
  }
  return (
    <div ref={box} class="vlist" role="listbox" aria-label={label} tabIndex={0} aria-activedescendant={activeId}
      onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)} onKeyDown={onKeyDown}>
      <div style={{ position: 'relative', height: `${offsets[rows.length]}px` }}>{visible}</div>
    </div>
  );
}

/** First index whose offset is greater than y. */
function upperBound(offsets: Float64Array, y: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid]! <= y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
