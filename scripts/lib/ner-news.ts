/**
 * The project's own modern-news evaluation: excerpts of SaudiNewsNet articles (2015) annotated by hand
 * by the product's conventions (tests/data/ner-news/README.md). Evaluation only: nothing of it trains.
 *
 * The project keeps only what was written by hand (each name's kind and surface, in reading order); the
 * excerpts themselves are read from the shared corpus at run time and the names found in them again,
 * so none of the corpus's text is copied into the project.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recognizeWithModel } from '../../lib/arabic/entities/learned';
import type { NerModel } from '../../lib/arabic/entities/model';
import { PROCLITIC_LETTERS } from '../../lib/arabic/tokenize';
import { dataFile, ROOT } from '../bench/_util';
import { SCORED, type Report } from './ner-score';

export const NEWS_CORPUS = 'corpus/saudinewsnet_2015-07-21_sample.jsonl';
const NEWS_DIR = join(ROOT, 'tests', 'data', 'ner-news');
/** The batches, in the order they were written; each was annotated before the model ran on it. */
export const NEWS_BATCHES = [
  { name: 'batch 1', file: join(NEWS_DIR, 'annotations.txt') },
  { name: 'batch 2', file: join(NEWS_DIR, 'annotations-2.txt') },
  { name: 'batch 3', file: join(NEWS_DIR, 'annotations-3.txt') },
  { name: 'batch 4', file: join(NEWS_DIR, 'annotations-4.txt') },
  { name: 'batch 5', file: join(NEWS_DIR, 'annotations-5.txt') },
  { name: 'batch 6', file: join(NEWS_DIR, 'annotations-6.txt') },
  { name: 'batch 7', file: join(NEWS_DIR, 'annotations-7.txt') },
  { name: 'batch 8', file: join(NEWS_DIR, 'annotations-8.txt') },
  { name: 'batch 9', file: join(NEWS_DIR, 'annotations-9.txt') },
  { name: 'batch 10', file: join(NEWS_DIR, 'annotations-10.txt') },
  { name: 'batch 11', file: join(NEWS_DIR, 'annotations-11.txt') },
  { name: 'batch 12', file: join(NEWS_DIR, 'annotations-12.txt') },
  { name: 'batch 13', file: join(NEWS_DIR, 'annotations-13.txt') },
  { name: 'batch 14', file: join(NEWS_DIR, 'annotations-14.txt') },
  { name: 'batch 15', file: join(NEWS_DIR, 'annotations-15.txt') },
] as const;

/** [start, end, kind, text] in the excerpt's own offsets. */
export type NewsEntity = [number, number, string, string];
export interface NewsArticle { id: number; text: string; entities: NewsEntity[] }
/** One excerpt's hand annotation: its corpus line and its names as written. */
export interface NewsAnnotation { line: number; names: { kind: string; surface: string }[] }

const KIND: Record<string, string | undefined> = { P: 'PERS', L: 'LOC', O: 'ORG' };
const TYPE: Record<string, string | undefined> = { person: 'PERS', place: 'LOC', org: 'ORG' };
const EXCERPT_WORDS = 100;

/** An article's excerpt: from its first non-space character through its 100th word. */
export function excerptOf(content: string): string {
  const words = [...content.matchAll(/\S+/g)];
  if (!words.length) return '';
  const last = words[Math.min(EXCERPT_WORDS, words.length) - 1]!;
  return content.slice(words[0]!.index, last.index + last[0].length);
}

/** `# LINE` headers, then `P|L|O surface` lines. */
export function parseAnnotations(text: string, file = 'annotations'): NewsAnnotation[] {
  const out: NewsAnnotation[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const head = /^#\s*(\d+)$/.exec(line);
    if (head) { out.push({ line: Number(head[1]), names: [] }); return; }
    const m = /^([PLO])\s+(.+)$/.exec(line);
    const cur = out[out.length - 1];
    if (!m || !cur) throw new Error(`${file}:${i + 1}: expected "# LINE" or "P|L|O name", got «${line}»`);
    cur.names.push({ kind: KIND[m[1]!]!, surface: m[2]!.trim() });
  });
  return out;
}

const LETTER = /[\p{L}\p{M}]/u;
const CLITICS = new RegExp(`^[${PROCLITIC_LETTERS.join('')}]{0,3}$`);

/** The first place from `from` on where `form` stands at a word's start or after clitic letters only, ending at
 *  the word's end; `afterLam`: the clitics end with ل (the form is «لسعودية», the article's alef elided). */
function firstAtWord(text: string, form: string, from: number, afterLam: boolean): number {
  for (let p = text.indexOf(form, from); p >= 0; p = text.indexOf(form, p + 1)) {
    const end = p + form.length;
    if (end < text.length && LETTER.test(text[end]!)) continue;
    let w = p;
    while (w > 0 && LETTER.test(text[w - 1]!)) w--;
    const before = text.slice(w, p);
    if ((!afterLam || before.endsWith('ل')) && CLITICS.test(before)) return p;
  }
  return -1;
}

/** Where `surface` stands as a name from `from` on; «للسعودية» holds «السعودية» from its second ل. */
function findName(text: string, surface: string, from: number): [number, number] | null {
  const forms = surface.startsWith('ال') ? [surface, 'ل' + surface.slice(2)] : [surface];
  let best: [number, number] | null = null;
  for (const form of forms) {
    const p = firstAtWord(text, form, from, form !== surface);
    if (p >= 0 && (!best || p < best[0])) best = [p, p + form.length];
  }
  return best;
}

/** Each name at its place in the excerpt, in reading order (a name is looked for after the one before). */
export function resolveNames(text: string, a: NewsAnnotation): NewsEntity[] {
  let cursor = 0;
  return a.names.map(({ kind, surface }) => {
    const at = findName(text, surface, cursor);
    if (!at) throw new Error(`ner-news: line ${a.line}: «${surface}» is not in the excerpt after offset ${cursor}`);
    cursor = at[1];
    return [at[0], at[1], kind, text.slice(at[0], at[1])];
  });
}

/** Each annotation file's excerpts, read from the shared corpus once (exits with a message when absent). */
export function loadNews(files: readonly string[] = NEWS_BATCHES.map((b) => b.file)): NewsArticle[][] {
  const lines = dataFile(NEWS_CORPUS).split('\n');
  return files.map((file) => parseAnnotations(readFileSync(file, 'utf8'), file).map((a) => {
    const row = lines[a.line];
    if (!row) throw new Error(`${file}: the corpus has no line ${a.line}`);
    const text = excerptOf((JSON.parse(row) as { content: string }).content);
    return { id: a.line, text, entities: resolveNames(text, a) };
  }));
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
