import { scriptLanguage, type ScriptLanguage } from './language';

export interface Detection {
  isArticle: boolean;
  language: ScriptLanguage | string | null;
  /** Why it was decided (for the eval script and debugging). */
  reason: string;
}

const NEWS_TYPES = /"@type"\s*:\s*\[?\s*"(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|LiveBlogPosting)"/;

/**
 * Cheap gate run on every page: reads only attributes, the title and a small text sample, so a page
 * that is not Arabic costs a fraction of a millisecond.
 */
export function quickLanguage(doc: Document): ScriptLanguage | string | null {
  const lang = (doc.documentElement.getAttribute('lang') ?? '').toLowerCase().split(/[-_]/)[0] || null;
  if (lang && lang !== 'ar') return lang;
  const sample = textSample(doc, 1500);
  const detected = scriptLanguage(sample);
  if (detected === 'other') return lang === 'ar' ? 'ar' : null;
  return detected;
}

/** Is this an Arabic news article? Language first (cheap), then structure. */
export function detectArticle(doc: Document): Detection {
  const language = quickLanguage(doc);
  if (language !== 'ar') return { isArticle: false, language, reason: `language ${language ?? 'unknown'}` };
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.toLowerCase() ?? '';
  const jsonld = [...doc.querySelectorAll('script[type="application/ld+json"]')].some((s) => NEWS_TYPES.test(s.textContent ?? ''));
  const paragraphs = longArabicParagraphs(doc);
  if (jsonld && paragraphs >= 1) return { isArticle: true, language, reason: 'JSON-LD article' };
  if (ogType === 'article' && paragraphs >= 1) return { isArticle: true, language, reason: 'og:type article' };
  if (doc.querySelector('article') && paragraphs >= 2) return { isArticle: true, language, reason: '<article> with text' };
  if (paragraphs >= 3) return { isArticle: true, language, reason: 'dense Arabic text' };
  return { isArticle: false, language, reason: 'too little running text' };
}

function textSample(doc: Document, max: number): string {
  let s = doc.title + ' ';
  for (const el of doc.querySelectorAll('h1, p')) {
    s += (el.textContent ?? '') + ' ';
    if (s.length > max) break;
  }
  return s.slice(0, max);
}

function longArabicParagraphs(doc: Document): number {
  let n = 0;
  for (const p of doc.querySelectorAll('p, article div')) {
    const t = p.childNodes.length < 80 ? ownText(p) : '';
    if (t.length > 120 && /[\u0621-\u064A]{3}/.test(t)) n++;
    if (n >= 3) break;
  }
  return n;
}

function ownText(el: Element): string {
  let s = '';
  for (const c of el.childNodes) if (c.nodeType === 3 || (c.nodeType === 1 && /^(A|B|STRONG|EM|I|SPAN)$/.test((c as Element).tagName))) s += c.textContent ?? '';
  return s.trim();
}
