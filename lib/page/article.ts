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
  const detection = detectArticle(doc);
  const meta = readMetadata(doc);
  if (!detection.isArticle) return { ...meta, detection, body: null, map: null };
  const body = extractBody(doc, detection.body);
  return { ...meta, detection, body: body?.element ?? null, map: body?.map ?? null };
}

