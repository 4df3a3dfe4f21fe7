/**
 * k-fold cross-validation on ANERcorp train+dev: k contiguous folds; each fold's model is trained
 * on the other folds plus the extra corpora, and tagged the way the product tags (pseudo-documents).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNerModel, type NerModelFile } from '../../lib/arabic/entities/model';
import type { Sentence } from './conll';
import type { GazetteerLists } from './gazetteer';
import { buildModel, type BuildOptions } from './ner-build';
import { evaluate } from './ner-eval';
import { prf, SCORED, type Report } from './ner-score';

/**
 * cache: a folder where each fold's model is kept (fold-N.json) and read back on the next run with the
 * same folder, so a rule (span-rules.ts, postprocess.ts) is measured by CV without training again.
 * only: the folds (1-based) to run, when time allows no more; compare ideas on the same folds.
 */
/** The fold's held-out sentences [a, b), as crossValidate cuts them. */
export function foldRange(n: number, k: number, f: number): [number, number] {
  return [Math.round((f * n) / k), Math.round(((f + 1) * n) / k)];
}

export function crossValidate(news: Sentence[], extra: Sentence[], lists: GazetteerLists, opt: BuildOptions, k: number,
  onFold?: (f: number, r: Report, seconds: number, pred: string[][]) => void, cache?: string, only?: ReadonlySet<number>): Report[] {
  const reports: Report[] = [];
  for (let f = 0; f < k; f++) {
    if (only && !only.has(f + 1)) continue;
    const [a, b] = foldRange(news.length, k, f);
    const t0 = performance.now();
    const file = cache ? join(cache, `fold-${f + 1}-of-${k}.json`) : '';
    let json: string;
    if (file && existsSync(file)) json = readFileSync(file, 'utf8');
    else {
      json = JSON.stringify(buildModel([...news.slice(0, a), ...news.slice(b), ...extra], lists, opt));
      if (file) { mkdirSync(cache!, { recursive: true }); writeFileSync(file, json); }
    }
    const parsed = JSON.parse(json) as NerModelFile;
    // Lists no feature reads (span rules only) come from this run, so a cached model meets today's rules.
    if (lists.placePhrase) parsed.gazetteer.placePhrase = lists.placePhrase;
    if (lists.clubPhrase) parsed.gazetteer.clubPhrase = lists.clubPhrase;
    const model = parseNerModel(parsed);
    const { report: r, pred } = evaluate(model, news.slice(a, b));
    reports.push(r);
    onFold?.(f, r, (performance.now() - t0) / 1000, pred);
  }
  return reports;
}

const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
const sd = (xs: number[]): number => { const m = mean(xs); return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / Math.max(1, xs.length - 1)); };

/** Per kind: P, R and F1 as mean ± standard deviation over the folds. */
export function formatCv(reports: Report[]): string {
  const lines = ['class    P            R            F1'];
  for (const c of [...SCORED, 'micro']) {
    const v = reports.map((r) => prf(r[c]!));
    const cell = (xs: number[]): string => `${(100 * mean(xs)).toFixed(1).padStart(5)} ±${(100 * sd(xs)).toFixed(1).padStart(4)}`;
    lines.push(`${c.padEnd(6)} ${cell(v.map((x) => x.p))}  ${cell(v.map((x) => x.r))}  ${cell(v.map((x) => x.f))}`);
  }
  return lines.join('\n');
}

export function foldLine(f: number, r: Report, seconds: number): string {
  const cells = [...SCORED, 'micro'].map((c) => `${c} ${(100 * prf(r[c]!).f).toFixed(1)}`);
  return `fold ${f + 1}: ${cells.join('  ')}  (${seconds.toFixed(0)} s)`;
}
