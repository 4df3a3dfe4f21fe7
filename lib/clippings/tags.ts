/** Tags as a person means them, and the tags to suggest while one is typed. */
import { normalize } from '../arabic/normalize';

/** A typed «#سوريا» is the tag «سوريا»: no leading hash marks, no outer or doubled spaces. */
export function normalizeTag(raw: string): string {
  return raw.replace(/^[#＃\s]+/u, '').trim().replace(/\s+/g, ' ');
}

/** Tags as a person means them: trimmed, no hash mark, no empties, no repeats, order kept. */
export function cleanTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map(normalizeTag).filter(Boolean))];
}

/** Tags typed as "a, b، c" or "#a #b": Latin and Arabic commas separate, as does a hash after a space. */
export function parseTags(s: string): string[] {
  return cleanTags(s.split(/[,،]|\s+(?=[#＃])/u));
}

/** The tag being typed: what follows the last separator. */
export function typedTag(s: string): string {
  const parts = s.split(/[,،]|\s+(?=[#＃])/u);
  return normalizeTag(parts[parts.length - 1] ?? '');
}

/**
 * Known tags that begin with (then contain) what is typed, matched in normalized text (hamza forms,
 * diacritics), most used first; none already chosen.
 */
export function suggestTags(known: ReadonlyMap<string, number>, typed: string, chosen: readonly string[] = [], limit = 6): string[] {
  const q = normalize(normalizeTag(typed)).toLowerCase();
  if (!q) return [];
  const starts: Array<[string, number]> = [];
  const contains: Array<[string, number]> = [];
  for (const [tag, n] of known) {
    if (chosen.includes(tag)) continue;
    const k = normalize(tag).toLowerCase();
    if (k.startsWith(q)) starts.push([tag, n]);
    else if (k.includes(q)) contains.push([tag, n]);
  }
  const byUse = (a: [string, number], b: [string, number]): number => b[1] - a[1] || (a[0] < b[0] ? -1 : 1);
  return [...starts.sort(byUse), ...contains.sort(byUse)].slice(0, limit).map(([t]) => t);
}

/** How often each tag is used across clippings. */
export function tagCounts(clippings: ReadonlyArray<{ tags: readonly string[] }>): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of clippings) for (const t of c.tags) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}
