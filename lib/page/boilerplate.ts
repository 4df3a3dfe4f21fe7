/**
 * Blocks inside a body that are not the article: related cards, share bars, ads, comments, "read
 * also" links. Class names are matched per word part, so `selectionShareable` (a paragraph class on
 * youm7) is not taken for a share bar.
 */
const CLASS_PART = /^(related|relatedposts?|share|sharing|sharebar|shares|social|advert|advertisement|ads?|adv|adsbygoogle|banner|comments?|readalso|readmore|newsletter|subscribe|tags?|taglist|breadcrumbs?|promo|sponsored|outbrain|taboola|sidebar|recommended|trending|byline|meta|caption|rating|prev|next|pager|pagination|popup|modal|cookie|consent)$/;
/** Whole class tokens that hide an element (we read no computed style: that would cost layout). */
const HIDDEN_CLASS = /(?:^|\s)(?:d-none|hidden|hide|sr-only|visually-hidden|invisible|screen-reader-text)(?:\s|$)/;
/** A matched class on a container this large is a page wrapper ("with-sidebar"), not boilerplate. */
const WRAPPER_CHARS = 4000;
/** Compound names the word split would miss. */
const CLASS_JOINED = /time.?to.?read|reading.?time|prev.?next|visually.?hidden|screen.?reader/;
/** Comment-policy notices under articles ("we welcome discussion… read the guidelines"). */
const COMMENT_POLICY = /(?:التعليقات|تعليقك|التعليق)[^]{0,300}(?:إرشادات|شروط|سياسة)|(?:إرشادات|شروط|سياسة)[^]{0,300}(?:التعليقات|تعليقك)/;
const READ_ALSO = /^\s*(?:[«"]\s*)?(?:اقرأ|إقرأ|اقرا|إقرا|أقرأ|شاهد|اقرأ المزيد|طالع)\s*(?:أيضا|أيضاً|ايضا|ايضاً|كذلك|المزيد)?\s*[:：]?/;
/** Blocks headed "related topics", "most read"…: lists of other stories inside the body's container. */
const RELATED_HEAD = /^\s*(?:الموضوعات المتعلقة|موضوعات متعلقة|مواضيع ذات صلة|مواضيع متعلقة|أخبار ذات صلة|أخبار متعلقة|اخبار ذات صلة|الأكثر قراءة|الأكثر مشاهدة|شاهد أيضا|شاهد أيضاً|تابعوا)/;
const NEVER_SKIP = /^(P|H[1-6]|BLOCKQUOTE)$/;

export function isBoilerplate(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'FIGCAPTION' || tag === 'ASIDE' || tag === 'NAV' || tag === 'FOOTER') return true;
  const role = el.getAttribute('role');
  if (role === 'complementary' || role === 'navigation') return true;
  if (el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') return true;
  const words = classWords(el);
  if (HIDDEN_CLASS.test(typeof el.className === 'string' ? el.className : '')) return true;
  if (!NEVER_SKIP.test(tag) && (words.some((w) => CLASS_PART.test(w)) || CLASS_JOINED.test(words.join('-')))) {
    // The headline's ancestors are the page's frame ("site-wrapper with-sidebar"), never boilerplate.
    const h1 = headline(el.ownerDocument);
    if (h1 && el.contains(h1)) return false;
    return (el.textContent ?? '').length < WRAPPER_CHARS;
  }
  // Short blocks that open with «اقرأ أيضا» and the like: inline links to other stories.
  // Text checks only on small blocks: textContent of a large container would cost O(subtree) each
  // (O(n²) down a DOM thousands of elements deep), so the text is read only while it stays short.
  if (el.childElementCount > 12) return false;
  const t = shortText(el, 1500);
  if (t === null) return false;
  if (t.length < 700 && COMMENT_POLICY.test(t)) return true;
  if (t.length < 1500 && RELATED_HEAD.test(t)) return true;
  return t.length < 300 && READ_ALSO.test(t) && /(?:أيضا|أيضاً|ايضا|ايضاً|المزيد|:)/.test(t.slice(0, 30));
}

/** Nodes read at most to take a block's text: a short block has few (a related list of 20 links ~60). */
const SHORT_NODES = 400;

/** An element's text (as textContent) when it is under `max` characters and SHORT_NODES nodes; else null. */
export function shortText(el: Element, max: number): string | null {
  let t = '';
  let nodes = 0;
  for (let n: Node | null = el.firstChild; n; ) {
    if (++nodes > SHORT_NODES) return null;
    if (n.nodeType === 3 || n.nodeType === 4) {
      t += (n as CharacterData).data;
      if (t.length >= max) return null;
    }
    if (n.firstChild) { n = n.firstChild; continue; }
    while (n && n !== el && !n.nextSibling) n = n.parentNode;
    n = n && n !== el ? n.nextSibling : null;
  }
  return t;
}

const headlines = new WeakMap<Document, Element | null>();
function headline(doc: Document): Element | null {
  let h = headlines.get(doc) ?? null;
  // Look again when there was none yet or it left the page (a late body, a single-page site's swap).
  if (!h || !h.isConnected) { h = doc.querySelector('h1'); headlines.set(doc, h); }
  return h;
}

/** Class and id split into lower-case word parts: "article-related_cards relatedNews" → related, cards… */
export function classWords(el: Element): string[] {
  const cls = typeof el.className === 'string' ? el.className : el.getAttribute('class') ?? '';
  const raw = `${cls} ${el.id}`;
  if (!raw.trim()) return [];
  return raw.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[\s\-_]+/).filter(Boolean);
}
