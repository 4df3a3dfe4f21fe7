/**
 * The article body as one string, and the way back from its offsets to DOM Ranges. Text nodes are
 * read, never changed. Blocks are separated by "\n" so analyzers see paragraph ends.
 */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'svg', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'FIGURE', 'NAV', 'ASIDE', 'FORM']);
const BLOCK = /^(P|DIV|H[1-6]|LI|UL|OL|BLOCKQUOTE|SECTION|ARTICLE|TABLE|TR|TD|TH|BR|HR|PRE|DL|DT|DD|FIGCAPTION|HEADER|FOOTER|MAIN)$/;

interface Segment { node: Text; start: number }

export class TextMap {
  readonly text: string;
  private readonly segments: Segment[];
  /** Text node → its segment's start: offsetOf answers in O(1) (the hover card asks on every move). */
  private readonly starts = new Map<Text, number>();
  /** The element the map was read from. */
  readonly root: Element | null;

  private constructor(text: string, segments: Segment[], root: Element | null = null) {
    this.text = text;
    this.segments = segments;
    this.root = root;
    for (const seg of segments) this.starts.set(seg.node, seg.start);
  }

  /** The text nodes mapped, in order (to tell whether a mutation touched the body). */
  get nodes(): Text[] {
    return this.segments.map((s) => s.node);
  }

  static fromElement(root: Element, skip: (el: Element) => boolean = () => false): TextMap {
    const parts: string[] = [];
    const segments: Segment[] = [];
    let length = 0;
    let lastWasBreak = true;
    const breakLine = (): void => {
      if (!lastWasBreak) { parts.push('\n'); length++; lastWasBreak = true; }
    };
    const walk = (node: Node): void => {
      if (node.nodeType === 3) {
        const value = (node as Text).data;
        if (!value) return;
        // Whitespace-only nodes between blocks carry no text of their own.
        if (lastWasBreak && !value.trim()) return;
        segments.push({ node: node as Text, start: length });
        parts.push(value);
        length += value.length;
        lastWasBreak = false;
        return;
      }
      if (node.nodeType !== 1) return;
      const el = node as Element;
      if (SKIP_TAGS.has(el.tagName) || el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') return;
      // A skipped block («اقرأ أيضا» between two halves of a paragraph) still separates the words around it.
      if (el !== root && skip(el)) { breakLine(); return; }
      const block = BLOCK.test(el.tagName);
      if (block) breakLine();
      for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
      if (block) breakLine();
    };
    walk(root);
    return new TextMap(parts.join(''), segments, root);
  }

  /** DOM position of a text offset (the segment that holds it). */
  private locate(offset: number, preferEnd: boolean): { node: Text; offset: number } | null {
    const segs = this.segments;
    if (!segs.length) return null;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid]!.start < offset || (!preferEnd && segs[mid]!.start === offset)) lo = mid;
      else hi = mid - 1;
    }
    const seg = segs[lo]!;
    const inner = Math.min(Math.max(offset - seg.start, 0), seg.node.data.length);
    return { node: seg.node, offset: inner };
  }

  /** A Range over text offsets [start, end), or null when they fall outside the mapped text. */
  range(start: number, end: number): Range | null {
    if (start < 0 || end > this.text.length || end <= start) return null;
    const a = this.locate(start, false);
    const b = this.locate(end, true);
    if (!a || !b) return null;
    const doc = a.node.ownerDocument;
    const r = doc.createRange();
    r.setStart(a.node, a.offset);
    r.setEnd(b.node, b.offset);
    return r;
  }

  /** Text offset of a DOM position inside the mapped text, or -1. */
  offsetOf(node: Node, offset: number): number {
    const start = this.starts.get(node as Text);
    if (start !== undefined) return start + Math.min(offset, (node as Text).data.length);
    // A position in an element: find the first mapped text node at or after it.
    if (node.nodeType === 1) {
      const child = node.childNodes[offset] ?? null;
      for (const seg of this.segments) {
        if (child && (child === seg.node || child.contains(seg.node))) return seg.start;
        if (!child && node.contains(seg.node)) continue;
      }
    }
    return -1;
  }

  /** The text offsets a DOM Range covers, or null when it is not inside the mapped text. */
  offsetsOf(range: Range): [number, number] | null {
    const s = this.offsetOf(range.startContainer, range.startOffset);
    const e = this.offsetOf(range.endContainer, range.endOffset);
    return s >= 0 && e >= s ? [s, e] : null;
  }
}
