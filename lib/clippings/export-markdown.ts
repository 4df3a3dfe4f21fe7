import { strToU8, zipSync } from 'fflate';
import type { Clipping } from './model';
import { entityNames } from './entities';

/**
 * Markdown for note-taking apps (Obsidian and the like): one file per clipping with YAML front
 * matter, zipped, plus one combined file. Strings in front matter are JSON-quoted, which is valid YAML.
 */
export function clippingMarkdown(c: Clipping): string {
  const fm: Array<[string, unknown]> = [
    ['id', c.id], ['created', c.createdAt], ['updated', c.updatedAt], ['source', c.url], ['site', c.site], ['title', c.title],
    ['byline', c.byline], ['published', c.published], ['kind', c.kind], ['speaker', c.speaker], ['tags', c.tags],
    ['people', entityNames(c, 'person')], ['places', entityNames(c, 'place')], ['organizations', entityNames(c, 'org')],
    ['dates', entityNames(c, 'date')],
  ];
  const lines = ['---'];
  for (const [k, v] of fm) {
    if (v === null) continue;
    if (Array.isArray(v)) lines.push(v.length ? `${k}:\n${v.map((x) => `  - ${JSON.stringify(x)}`).join('\n')}` : `${k}: []`);
    else lines.push(`${k}: ${JSON.stringify(v)}`);
  }
  lines.push('---', '', body(c));
  return `${lines.join('\n')}\n`;
}

function body(c: Clipping): string {
  const out = c.text.split('\n').map((l) => `> ${l}`);
  if (c.speaker) out.push('>', `> — ${c.speaker}`);
  const label = (c.title ?? c.site) || c.url;
  // Only web and file addresses become links: an imported record could carry "javascript:".
  out.push('', /^(https?|file):/i.test(c.url) ? `[${label.replace(/[[\]]/g, '')}](${c.url.replace(/[()\s]/g, encodeURIComponent)})` : `${label} <${c.url}>`);
  if (c.note) out.push('', c.note);
  return out.join('\n');
}

/** All clippings in one file, newest first, separated by rules. */
export function combinedMarkdown(clippings: Clipping[]): string {
  return clippings.map((c) => {
    const head = `## ${(c.title ?? c.site) || c.url}\n\n*${c.site} · ${c.createdAt.slice(0, 10)}*${c.tags.length ? ` · ${c.tags.map((t) => `#${t.replace(/\s+/g, '_')}`).join(' ')}` : ''}\n\n`;
    return head + body(c);
  }).join('\n\n---\n\n') + '\n';
}

/** A file name that every system accepts: date, first words, short id. */
export function fileName(c: Clipping): string {
  const words = c.text.replace(/[\\/:*?"<>|#^[\]\n\r\t]+/g, ' ').trim().split(/\s+/).slice(0, 6).join(' ').slice(0, 60);
  return `${c.createdAt.slice(0, 10)} ${words} ${c.id.slice(0, 8)}.md`;
}

/** The zip: clippings/<one file each>.md and clippings.md (combined). */
export function markdownZip(clippings: Clipping[]): Uint8Array {
  const files: Record<string, Uint8Array> = { 'clippings.md': strToU8(combinedMarkdown(clippings)) };
  for (const c of clippings) files[`clippings/${fileName(c)}`] = strToU8(clippingMarkdown(c));
  return zipSync(files, { level: 6 });
}
