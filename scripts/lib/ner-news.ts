/**
 * The project's own modern-news evaluation: excerpts of SaudiNewsNet articles (2015) annotated by hand
 * by the product's conventions (tests/data/ner-news/README.md). Evaluation only: nothing of it trains.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recognizeWithModel } from '../../lib/arabic/entities/learned';
import type { NerModel } from '../../lib/arabic/entities/model';
import { ROOT } from '../bench/_util';
import { SCORED, type Report } from './ner-score';

export const NEWS_GOLD = join(ROOT, 'tests', 'data', 'ner-news', 'saudinewsnet-41.json');

/** [start, end, kind, text] in the excerpt's own offsets. */
export interface NewsArticle { id: number; source: string; url: string; text: string; entities: [number, number, string, string][] }

const TYPE: Record<string, string | undefined> = { person: 'PERS', place: 'LOC', org: 'ORG' };

export function loadNews(path = NEWS_GOLD): NewsArticle[] {
  return JSON.parse(readFileSync(path, 'utf8')) as NewsArticle[];
}

/** Exact-span match by kind over the annotated excerpts; `misses` lists what went wrong, for reading. */
export function evaluateNews(model: NerModel, articles: NewsArticle[]): { report: Report; misses: string[] } {
  const r: Report = { micro: { tp: 0, fp: 0, fn: 0 } };
  for (const c of SCORED) r[c] = { tp: 0, fp: 0, fn: 0 };
  const misses: string[] = [];
  for (const a of articles) {
    const gold = new Map(a.entities.map(([s, e, k]) => [`${k}:${s}:${e}`, k]));
    const pred = new Map<string, string>();
    for (const sp of recognizeWithModel(a.text, model)) {
      const k = TYPE[sp.kind];
      if (k) pred.set(`${k}:${sp.start}:${sp.end}`, k);
    }
    const span = (key: string): string => { const [k, s, e] = key.split(':'); return `${k} «${a.text.slice(Number(s), Number(e))}»`; };
    for (const [key, k] of pred) {
      const hit = gold.has(key);
      r[k]![hit ? 'tp' : 'fp']++; r.micro![hit ? 'tp' : 'fp']++;
      if (!hit) misses.push(`${a.id} extra ${span(key)}`);
    }
    for (const [key, k] of gold) if (!pred.has(key)) { r[k]!.fn++; r.micro!.fn++; misses.push(`${a.id} missed ${span(key)}`); }
  }
  return { report: r, misses };
}
