import { analyze } from '../../lib/arabic/analyze';
import type { Span } from '../../lib/arabic/types';
import { readArticle } from '../../lib/page/article';
import { findBodyElement } from '../../lib/page/body';
import { referenceDate } from '../../lib/page/analysis';
import { TextMap } from '../../lib/page/textmap';
import { parseHtml } from './dom';
import { setDefaultNerModel } from '../../lib/arabic/entities/recognize';
import { loadNerModel } from './load-ner-model';

// The committed entity model, as the extension's background worker uses it.
setDefaultNerModel(loadNerModel());

export interface TextResult { text: string; spans: Span[] }
export interface HtmlResult {
  isArticle: boolean;
  language: string | null;
  title: string | null;
  byline: string | null;
  published: string | null;
  text: string;
  spans: Span[];
}

export function analyzeText(text: string, ref?: string): TextResult {
  return { text, spans: analyze(text, ref ? { ref } : {}) };
}

/** A saved page: the same decision and extraction the content script makes, then analyze. */
export function analyzeHtml(html: string, ref?: string): HtmlResult {
  const doc = parseHtml(html);
  const article = readArticle(doc);
  let text = article.map?.text ?? '';
  if (!article.map) {
    const body = findBodyElement(doc);
    text = body ? TextMap.fromElement(body).text : '';
  }
  const spans = article.detection.isArticle ? analyze(text, { ref: ref ?? referenceDate(article.published) }) : [];
  return {
    isArticle: article.detection.isArticle,
    language: article.detection.language,
    title: article.title,
    byline: article.byline,
    published: article.published,
    text,
    spans,
  };
}
