import { detectArticle, type Detection } from './detect';
import { extractBody } from './extract';
import { readMetadata, type PageMeta } from './metadata';
import type { TextMap } from './textmap';

export interface Article extends PageMeta {
  detection: Detection;
  /** The body element, null when none was found. */
  body: Element | null;
  /** Body text with its map back to the DOM. */
  map: TextMap | null;
}

/** Decide, then extract: everything the content script and the analyze command need from a page. */
export function readArticle(doc: Document): Article {
  return finishArticle(doc, detectArticle(doc));
}

/**
 * The extraction half of readArticle, for callers that decide first and yield to the page in
 * between (the content script: on a long page, two shorter tasks instead of one long one).
 */
export function finishArticle(doc: Document, detection: Detection): Article {
  const meta = readMetadata(doc);
  if (!detection.isArticle) return { ...meta, detection, body: null, map: null };
  const body = extractBody(doc, detection.body);
  return { ...meta, detection, body: body?.element ?? null, map: body?.map ?? null };
}

