/**
 * Where is the article's body? A page's own marker (itemprop=articleBody and the usual class names)
 * when it holds enough text; otherwise the element whose text blocks hold the most running text.
 * A "text block" is any element with its own words (not only <p>: many Arabic CMSs put the body in
 * one <div> broken by <br>), scored to its parent in full and to its grandparent by half.
 */
import { isBoilerplate } from './boilerplate';
import { runNow, type Steps } from './slices';

const SKIP = 'nav, header, footer, aside, script, style, noscript, template, [role="navigation"], [role="complementary"], [aria-hidden="true"], a, button, select, figcaption';
const MARKED = ['[itemprop="articleBody"]', '#articleBody', '.article-body', '.article__body', '.articleBody', '.entry-content', '.post-content', '.article-content', '.story-body', '.article-text', '.news-content'];
const INLINE = /^(A|B|STRONG|EM|I|SPAN|FONT|U|SMALL|SUB|SUP|MARK|ABBR|Q|CITE|TIME|BR|BDI|BDO|S)$/;

export interface BodyCandidate {
  element: Element;
  /** Letters in its scored blocks. */
  letters: number;
  /** How many text blocks it holds. */
  blocks: number;
}

export function findBody(doc: Document): BodyCandidate | null {
  return runNow(findBodySteps(doc));
}

/** Elements visited between two points where a sliced walk may pause (each may read up to 400 nodes of text: boilerplate.ts). */
const STEP_ELEMENTS = 100;

/** findBody as steps: the walk of a big DOM may pause every STEP_ELEMENTS elements (slices.ts). */
export function* findBodySteps(doc: Document): Steps<BodyCandidate | null> {
  // The page's own marker, most specific first (itemprop before a generic class that may wrap more).
  for (const sel of MARKED) {
    for (const el of doc.querySelectorAll(sel)) {
      const letters = countLetters(el.textContent ?? '');
      if (letters > 200 && !el.closest(SKIP)) return { element: el, letters, blocks: yield* countBlockSteps(el) };
    }
  }
  const scores = new Map<Element, { score: number; blocks: number }>();
  const add = (el: Element | null, score: number): void => {
    if (!el) return;
    const s = scores.get(el) ?? { score: 0, blocks: 0 };
    s.score += score;
    s.blocks++;
    scores.set(el, s);
  };
  const root = doc.body ?? doc.documentElement;
  for (const block of yield* textBlockSteps(root)) {
    const letters = ownLetters(block);
    if (letters < 40) continue;
    add(block.parentElement, letters);
    add(block.parentElement?.parentElement ?? null, letters / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of scores) {
    const bonus = el.tagName === 'ARTICLE' || el.closest('article') ? 1.2 : 1;
    if (s.score * bonus > bestScore) [best, bestScore] = [el, s.score * bonus];
  }
  if (!best) return null;
  return { element: best, letters: countLetters(best.textContent ?? ''), blocks: scores.get(best)!.blocks };
}

export function findBodyElement(doc: Document): Element | null {
  return findBody(doc)?.element ?? null;
}

/**
 * Elements with words of their own (text directly in them or in inline children), skipping boilerplate
 * subtrees, in post-order. A loop over an explicit stack, not a recursive generator: resuming a
 * generator nested 10,000 deep (a 10,000-deep DOM) passes through every level, and each element
 * made a generator of its own; the walk was most of the extension's time on that page.
 */
function* textBlockSteps(root: Element): Steps<Element[]> {
  const out: Element[] = [];
  let seen = 0;
  interface Frame { el: Element; next: ChildNode | null; own: boolean }
  const stack: Frame[] = [{ el: root, next: root.firstChild, own: false }];
  if (++seen % STEP_ELEMENTS === 0) yield;
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    let entered = false;
    while (top.next && !entered) {
      const c = top.next;
      top.next = c.nextSibling;
      if (c.nodeType === 3) { if (!top.own && /\S/.test((c as Text).data)) top.own = true; continue; }
      if (c.nodeType !== 1) continue;
      const child = c as Element;
      if (INLINE.test(child.tagName)) { if (!top.own && child.tagName !== 'A' && /\S{3}/.test(child.textContent ?? '')) top.own = true; continue; }
      if (child.matches(SKIP) || isSkippedBlock(child)) continue;
      stack.push({ el: child, next: child.firstChild, own: false });
      entered = true;
    }
    if (entered) {
      if (++seen % STEP_ELEMENTS === 0) yield;
      continue;
    }
    stack.pop();
    if (top.own) out.push(top.el);
  }
  return out;
}

function isSkippedBlock(el: Element): boolean {
  return el.tagName !== 'BODY' && el.tagName !== 'HTML' && isBoilerplate(el);
}

/** Letters in a block's own text, links excluded (link-heavy blocks are navigation). */
function ownLetters(el: Element): number {
  let n = 0;
  for (const c of el.childNodes) {
    if (c.nodeType === 3) n += countLetters((c as Text).data);
    else if (c.nodeType === 1 && INLINE.test((c as Element).tagName) && (c as Element).tagName !== 'A') n += countLetters(c.textContent ?? '');
  }
  return n;
}

function* countBlockSteps(el: Element): Steps<number> {
  let n = 0;
  for (const b of yield* textBlockSteps(el)) if (ownLetters(b) >= 40) n++;
  return n;
}

/**
 * Letters in a string, approximately (anything but spaces, ASCII punctuation and digits, and Arabic
 * digits and punctuation): a char-code loop, because a /\p{L}/g match on a long page allocates an
 * array as long as the page and shows up as a long task.
 */
export function countLetters(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x41) continue; // controls, space, digits, ASCII punctuation
    if ((c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0xbf)) continue;
    if ((c >= 0x660 && c <= 0x66d) || c === 0x60c || c === 0x61b || c === 0x61f || c === 0x640 || (c >= 0x6f0 && c <= 0x6f9)) continue;
    if (c >= 0x2000 && c <= 0x206f) continue; // general punctuation: dashes, quotes, zero-width marks
    n++;
  }
  return n;
}
