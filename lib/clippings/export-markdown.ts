import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Span } from '../arabic/types';
import type { Clipping } from './model';
import { entityName, entityNames } from './entities';
import { pageOf } from './keys';
import { safeFileName, uniqueNames } from './file-name';
import { escapeInline, escapeMarkdown, hashtag, safeHref, wikilink, yamlString } from './markdown-text';

/**
 * Markdown for note-taking apps (Obsidian and the like): one note per article with its clippings in
 * reading order, names as [[wikilinks]], YAML front matter with ISO dates. Every piece of page or
 * reader text is escaped (lib/clippings/markdown-text.ts): a note app shows it, never runs it.
 */

/** The clippings saved from one page (fragment ignored), in reading order. */
export interface Article { page: string; clippings: Clipping[] }

/** Articles newest first (by their latest clipping), each one's clippings in reading order. */
export function groupByArticle(clippings: Clipping[]): Article[] {
  const byPage = new Map<string, Clipping[]>();
  for (const c of clippings) {
    const key = pageOf(c.url);
    const list = byPage.get(key);
    if (list) list.push(c);
    else byPage.set(key, [c]);
  }
  const latest = (a: Article): string => a.clippings.reduce((m, c) => (c.createdAt > m ? c.createdAt : m), '');
  return [...byPage].map(([page, list]) => ({ page, clippings: list.sort(readingOrder) }))
    .sort((a, b) => (latest(a) < latest(b) ? 1 : latest(a) > latest(b) ? -1 : 0));
}

/** Where it stands in the article; passages cut outside the body come after, oldest first. */
function readingOrder(a: Clipping, b: Clipping): number {
  if (a.position && b.position) return a.position.start - b.position.start || a.position.end - b.position.end;
  if (a.position || b.position) return a.position ? -1 : 1;
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
}

/** One article as a note: front matter, a heading, the source link, its clippings. */
export function articleMarkdown(a: Article): string {
  const first = a.clippings[0]!;
  const union = (f: (c: Clipping) => string[]): string[] => [...new Set(a.clippings.flatMap(f))];
  const href = safeHref(first.url);
  const fm: Array<[string, string | string[] | number | null]> = [
    ['title', first.title], ['source', href], ['site', first.site || null], ['byline', first.byline],
    ['published', isoDate(first.published)],
    ['saved', isoDate(a.clippings.reduce((m, c) => (c.createdAt < m ? c.createdAt : m), first.createdAt))],
    ['updated', isoDate(a.clippings.reduce((m, c) => (c.updatedAt > m ? c.updatedAt : m), first.updatedAt))],
    ['clippings', a.clippings.length],
    ['tags', union((c) => c.tags.map((t) => hashtag(t)?.slice(1) ?? '').filter(Boolean))],
    ['people', union((c) => entityNames(c, 'person'))], ['places', union((c) => entityNames(c, 'place'))],
    ['organizations', union((c) => entityNames(c, 'org'))], ['dates', union((c) => entityNames(c, 'date'))],
  ];
  const lines = ['---'];
  for (const [k, v] of fm) {
    if (v === null) continue;
    if (Array.isArray(v)) lines.push(v.length ? `${k}:\n${v.map((x) => `  - ${yamlString(x)}`).join('\n')}` : `${k}: []`);
    else lines.push(`${k}: ${typeof v === 'number' ? v : yamlString(v)}`);
  }
  lines.push('---', '', articleBody(a, 1));
  return `${lines.join('\n')}\n`;
}

/** Heading, source, then each clipping, separated by rules. */
function articleBody(a: Article, level: 1 | 2): string {
  const first = a.clippings[0]!;
  const title = escapeInline((first.title ?? first.site) || first.url) || '…';
  const href = safeHref(first.url);
  const label = escapeInline(first.site || first.url) || '…';
  const meta = [href ? `[${label}](${href})` : label, first.byline ? escapeInline(first.byline) : '', isoDate(first.published) ?? '']
    .filter(Boolean).join(' · ');
  return [`${'#'.repeat(level)} ${title}`, '', meta, '', a.clippings.map(clippingBody).join('\n\n***\n\n')].join('\n');
}

/** A quote or passage as a blockquote, a whole article as paragraphs; then the note and tags. */
function clippingBody(c: Clipping): string {
  const text = linkedText(c);
  const out: string[] = [];
  if (c.kind === 'article') out.push(text.split(/\n+/).map((p) => p.trim()).filter(Boolean).join('\n\n'));
  else {
    const quote = text.split('\n').map((l) => `> ${l}`);
    if (c.speaker) quote.push('>', `> — ${escapeInline(c.speaker)}`);
    out.push(quote.join('\n'));
  }
  if (c.note) out.push(escapeMarkdown(c.note));
  const tags = c.tags.map(hashtag).filter((t): t is string => t !== null);
  if (tags.length) out.push(tags.join(' '));
  return out.join('\n\n');
}

/** The clipping's text escaped, with its people, places and organizations as [[wikilinks]]. */
function linkedText(c: Clipping): string {
  const spans = c.entities
    .filter((s) => s.kind !== 'date' && s.kind !== 'quote' && validSpan(c.text, s))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue; // overlaps the previous one
    const shown = c.text.slice(s.start, s.end);
    const link = wikilink(entityName(c, s), shown);
    if (!link) continue;
    out += escapeMarkdown(c.text.slice(at, s.start)) + link;
    at = s.end;
  }
  return out + escapeMarkdown(c.text.slice(at));
}

function validSpan(text: string, s: Span): boolean {
  return Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= text.length
    && !/[\r\n]/.test(text.slice(s.start, s.end));
}

/** A date in ISO 8601: a date alone stays at its grain, a date-time goes to UTC; null when it is no date. */
export function isoDate(v: string | null): string | null {
  if (!v) return null;
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) return v;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString().replace('.000Z', 'Z');
}

/** All articles in one file, newest first, separated by rules. */
export function combinedMarkdown(clippings: Clipping[]): string {
  return `${groupByArticle(clippings).map((a) => articleBody(a, 2)).join('\n\n---\n\n')}\n`;
}

/** A note's file name: the day it was first saved and its title (or first words). */
export function articleFileName(a: Article): string {
  const first = a.clippings[0]!;
  const saved = isoDate(a.clippings.reduce((m, c) => (c.createdAt < m ? c.createdAt : m), first.createdAt))?.slice(0, 10) ?? '';
  const words = first.title || first.text.split(/\s+/).slice(0, 8).join(' ');
  return safeFileName(`${saved} ${words}`);
}

/**
 * The zip: clippings.md (everything) and articles/<one note each>.md. fflate flags a name with any
 * non-ASCII character as UTF-8 (general purpose bit 11); the entries also say they were made on
 * Unix (with rw-r--r-- modes): Info-ZIP unzip reads names from a "DOS" archive as code page 437
 * even when flagged, and showed Arabic names as «+�Ϧ+�Ϧ».
 */
/** APPNOTE 4.4.2.2 host 3, and a Unix mode in the external attributes' high half. */
const UNIX = 3;
const REGULAR_FILE_644 = 0o100644 * 0x10000;

export function markdownZip(clippings: Clipping[]): Uint8Array {
  const unique = uniqueNames();
  const files: Zippable = { 'clippings.md': strToU8(combinedMarkdown(clippings)) };
  for (const a of groupByArticle(clippings)) {
    const when = Date.parse(a.clippings.reduce((m, c) => (c.updatedAt > m ? c.updatedAt : m), a.clippings[0]!.updatedAt));
    const file = strToU8(articleMarkdown(a));
    // The file's time is the article's last change (zip times start in 1980).
    files[`articles/${unique(articleFileName(a), '.md')}`] = Number.isNaN(when) || when < 315532800000 ? file : [file, { mtime: when }];
  }
  return zipSync(files, { level: 6, os: UNIX, attrs: REGULAR_FILE_644 });
}
