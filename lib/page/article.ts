import { detectArticle, type Detection } from './detect';
import { findBodyElement } from './body';
import { readMetadata, type PageMeta } from './metadata';
import { TextMap } from './textmap';

export interface Article extends PageMeta {
  detection: Detection;
  /** The body element, null when none was found. */
  body: Element | null;
  /** Body text with its map back to the DOM. */
  map: TextMap | null;
}

/** Decide, then extract: everything the content script and the analyze command need from a page. */
export function readArticle(doc: Document): Article {
  const detection = detectArticle(doc);
  const meta = readMetadata(doc);
  if (!detection.isArticle) return { ...meta, detection, body: null, map: null };
  const body = findBodyElement(doc);
  const map = body ? TextMap.fromElement(body, isBoilerplate) : null;
  return { ...meta, detection, body, map };
}

/** Blocks inside a body that are not the article: related cards, share bars, "read also" links. */
function isBoilerplate(el: Element): boolean {
  const cls = `${el.className && typeof el.className === 'string' ? el.className : ''} ${el.id}`.toLowerCase();
  if (/(related|share|social|advert|\bads?\b|comment|read-?also|newsletter|tags?-list|breadcrumb)/.test(cls)) return true;
  const t = el.textContent ?? '';
  return t.length < 200 && /^\s*(اقرأ|إقرأ|اقرا) (أيضا|أيضاً|ايضا)/.test(t);
}
