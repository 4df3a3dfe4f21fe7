/**
 * Read the gold the source projects shipped with the saved pages (../shared/data/pages/gold): each
 * project has its own format, this turns them into one shape. Nothing here is copied into the project.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PageGold {
  /** Expected body text, when a project gave one. */
  body: string | null;
  /** Words the body must contain / must not contain (trafilatura's eval format). */
  with: string[];
  without: string[];
  title: string | null;
  /** YYYY-MM-DD, when a project gave one. */
  date: string | null;
}

export interface ManifestPage { file: string; url: string; language: string; kind: string; gold: Array<{ file: string }> }

type Json = Record<string, unknown>;
const day = (v: unknown): string | null => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null);

/** Fundus: body.summary + sections[].headline/paragraphs. */
function fundusBody(body: unknown): string | null {
  if (!body || typeof body !== 'object') return null;
  const b = body as { summary?: string[]; sections?: Array<{ headline?: string[]; paragraphs?: string[] }> };
  const parts = [...(b.summary ?? [])];
  for (const s of b.sections ?? []) parts.push(...(s.headline ?? []), ...(s.paragraphs ?? []));
  return parts.join('\n') || null;
}

export function readGold(dir: string, page: ManifestPage): PageGold {
  const g: PageGold = { body: null, with: [], without: [], title: null, date: null };
  for (const { file } of page.gold) {
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    const raw = readFileSync(path, 'utf8');
    if (file.endsWith('.txt')) { g.body ??= raw; continue; }
    const data = JSON.parse(raw) as Json;
    if (file.includes('.fundus.')) {
      const d = (data.V1 ?? data.expected ?? data) as Json;
      g.body = fundusBody(d.body) ?? g.body;
      g.title = (d.title as string) ?? g.title;
      g.date = day(d.publishing_date) ?? g.date;
    } else if (file.includes('.htmldate_')) {
      g.date = day(data.expected_publication_date);
    } else if (file.includes('.trafilatura_')) {
      g.with = (data.with as string[]) ?? [];
      g.without = (data.without as string[]) ?? [];
      g.title = (data.title as string) || g.title;
      g.date = day(data.date) ?? g.date;
    } else if (file.includes('.newspaper4k_meta')) {
      g.title = (data.title as string) || g.title;
      g.date = day(data.publish_date) ?? g.date;
    } else if (file.includes('.magichtml.')) {
      g.body ??= (data.content as string) || null;
    } else if (file.includes('.wcxb_')) {
      const gt = data.ground_truth as Json;
      g.body = (gt.main_content as string) || null;
      g.title = (gt.title as string) || null;
      g.date = day(gt.publish_date);
    }
  }
  return g;
}

/** Words for bag-of-words F1: letters and digits only, Arabic diacritics and tatweel dropped. */
export function bagOfWords(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  const words = text.replace(/[\u064B-\u0652\u0640]/g, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  for (const w of words) bag.set(w, (bag.get(w) ?? 0) + 1);
  return bag;
}

export function f1(got: string, gold: string): { precision: number; recall: number; f1: number } {
  const a = bagOfWords(got);
  const b = bagOfWords(gold);
  let common = 0;
  let na = 0;
  let nb = 0;
  for (const n of a.values()) na += n;
  for (const [w, n] of b) { nb += n; common += Math.min(n, a.get(w) ?? 0); }
  const precision = na ? common / na : 0;
  const recall = nb ? common / nb : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
