import { scriptLanguage, type ScriptLanguage } from './language';
import { findBodySteps, type BodyCandidate } from './body';
import { runNow, type Steps } from './slices';
import { jsonLdTypes } from './metadata';
import { findDateline } from './dateline';
import { gate } from './gate';

export { gate };

export interface Detection {
  isArticle: boolean;
  language: ScriptLanguage | string | null;
  /** Why it was decided (for the eval script and debugging). */
  reason: string;
  /** The body found while deciding (reused by extraction), null when the gate said no. */
  body?: BodyCandidate | null;
}

const NEWS_TYPE = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|LiveBlogPosting|BackgroundNewsArticle|ReviewNewsArticle|Report)$/;
const LISTING_TYPE = /^(?:CollectionPage|ItemList|SearchResultsPage|ProfilePage|DiscussionForumPosting|QAPage|SocialMediaPosting)$/;

/** Language of the page's words (Arabic vs Persian/Urdu/Kurdish), from the title and a text sample. */
export function quickLanguage(doc: Document): ScriptLanguage | string | null {
  const closed = gate(doc);
  if (closed) return closed === 'unknown' ? null : closed;
  return scriptLanguage(textSample(doc, 2000));
}

/** Is this an Arabic news article? Gate (cheap), language by letters and words, then structure. */
export function detectArticle(doc: Document): Detection {
  return runNow(detectSteps(doc));
}

/**
 * detectArticle as steps (slices.ts): each walk of the whole DOM (the text sample, JSON-LD, meta
 * tags, the body search, which pauses inside too) may end a slice, so on a huge page the content
 * script decides in many short tasks.
 */
export function* detectSteps(doc: Document): Steps<Detection> {
  const language = quickLanguage(doc);
  if (language !== 'ar') return { isArticle: false, language, reason: `language ${language ?? 'unknown'}`, body: null };
  yield;
  const types = jsonLdTypes(doc);
  yield;
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.toLowerCase() ?? '';
  const news = types.some((t) => NEWS_TYPE.test(t));
  const listing = types.some((t) => LISTING_TYPE.test(t)) && !news;
  yield;
  const body = yield* findBodySteps(doc);
  yield;
  const letters = body?.letters ?? 0;
  const blocks = body?.blocks ?? 0;
  const inArticle = !!body && (body.element.tagName === 'ARTICLE' || !!body.element.closest('article'));
  const no = (reason: string): Detection => ({ isArticle: false, language, reason, body });
  const yes = (reason: string): Detection => ({ isArticle: true, language, reason, body });
  if (!body) return no('no running text');
  if (listing) return no('JSON-LD says listing');
  const kind = pageKindFromUrl(doc);
  if (kind) return no(kind);
  if (isFrontPage(doc) && !news) return no('site front page');
  yield;
  if (news && letters >= 300) return yes('JSON-LD article');
  if (ogType === 'article' && letters >= 400) return yes('og:type article');
  if (inArticle && letters >= 600 && blocks >= 2) return yes('<article> with text');
  if (letters >= 600 && blocks >= 2 && findDateline(doc)) return yes('dateline and running text');
  if (letters >= 1200 && blocks >= 3) return yes('dense Arabic text');
  return no('too little running text');
}

const SOCIAL = /(?:^|\.)(?:twitter\.com|x\.com|facebook\.com|instagram\.com|tiktok\.com|youtube\.com|reddit\.com|t\.me|telegram\.org|linkedin\.com|threads\.net)$/;

/** Social networks, search results and comment pages are not articles, whatever text they hold. */
function pageKindFromUrl(doc: Document): string | null {
  let url: URL;
  try { url = new URL(doc.URL); } catch { return null; }
  if (!/^https?:$/.test(url.protocol)) return null;
  if (SOCIAL.test(url.hostname)) return 'social network';
  if (/\/(?:search|بحث)(?:\/|$)/i.test(decodeURIComponent(url.pathname)) || ['q', 's', 'query', 'search', 'keyword'].some((k) => url.searchParams.has(k))) return 'search results';
  if (/\/comments?(?:\/|$)/i.test(url.pathname)) return 'comment page';
  return null;
}

/** A site's home page ("/" or "/ar/") is a listing, whatever its markup says. */
function isFrontPage(doc: Document): boolean {
  try {
    // The page's own URL; a saved page names it in its canonical link.
    const href = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') || doc.URL;
    const url = new URL(href, doc.URL);
    return /^https?:$/.test(url.protocol) && /^\/(?:[a-z]{2}\/?)?(?:index\.\w+)?$/i.test(url.pathname) && !url.search;
  } catch {
    return false;
  }
}

function textSample(doc: Document, max: number): string {
  let s = doc.title + ' ';
  for (const el of doc.querySelectorAll('h1, p')) {
    s += (el.textContent ?? '') + ' ';
    if (s.length > max) break;
  }
  if (s.length < 400) s += (doc.body?.textContent ?? '').slice(0, max);
  return s.slice(0, max);
}
