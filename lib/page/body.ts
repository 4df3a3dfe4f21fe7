/**
 * Where is the article's body? First heuristic: the element whose direct paragraphs hold the most
 * Arabic text, with a preference for <article> and itemprop=articleBody.
 */
const SKIP = 'nav, header, footer, aside, form, script, style, noscript, [role="navigation"], [role="complementary"], [aria-hidden="true"]';

export function findBodyElement(doc: Document): Element | null {
  const direct = doc.querySelector('[itemprop="articleBody"], .article-body, .article__body, .entry-content');
  if (direct && textLength(direct) > 200) return direct;
  const scores = new Map<Element, number>();
  for (const p of doc.querySelectorAll('p')) {
    if (p.closest(SKIP)) continue;
    const len = arabicLength(p.textContent ?? '');
    if (len < 40) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + len);
    const grand = parent.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + len / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    const bonus = el.tagName === 'ARTICLE' || el.closest('article') ? 1.2 : 1;
    if (score * bonus > bestScore) [best, bestScore] = [el, score * bonus];
  }
  return best ?? doc.querySelector('article') ?? null;
}

function arabicLength(s: string): number {
  return (s.match(/[\u0600-\u06FF]/g) ?? []).length;
}

function textLength(el: Element): number {
  return (el.textContent ?? '').trim().length;
}
