/**
 * Untrusted text (clipped words, titles, notes) made safe to put in Markdown: a Markdown viewer
 * must show it as the words it is, never run it as HTML (`<img onerror>`, `<script>`, `<iframe>`),
 * never make a link or an image of it, never a heading or a list.
 */

/** Characters Markdown (CommonMark, GFM, Obsidian) gives a meaning to inside a line. */
const INLINE = /[\\`*_[\]|~#$!]/g;
const HTML = /[&<>]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** One line or paragraph of text, shown as it is. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(HTML, (c) => ENTITY[c]!)
    .replace(INLINE, (c) => `\\${c}`)
    // At a line's start: a list item, a setext underline, a numbered list.
    .replace(/^(\s*)([-+=])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/** The text on one line (a heading, a link label). */
export function escapeInline(text: string): string {
  return escapeMarkdown(text.replace(/[\r\n\u2028\u2029]+/g, ' ').trim());
}

/**
 * A web address a reader may follow: http(s) only (never javascript:, data:, file:), in a form
 * a Markdown link destination cannot break out of. Null for anything else.
 */
export function safeHref(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  return u.href.replace(/[()<>\s"'`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** An Obsidian wikilink to a name, showing `shown` when it differs; null when no name is left. */
export function wikilink(name: string, shown: string): string | null {
  const clean = (s: string): string => s.replace(/[[\]|#^<>&`\\\r\n\u2028\u2029]/g, ' ').replace(/\s+/g, ' ').trim();
  const target = clean(name);
  const label = clean(shown);
  if (!target || !label) return null;
  return target === label ? `[[${target}]]` : `[[${target}|${label}]]`;
}

/** An Obsidian tag from a reader's tag: letters, digits, _ - / only; null when none is left or it is all digits. */
export function hashtag(tag: string): string | null {
  const t = tag.trim().replace(/\s+/g, '_').replace(/[^\p{L}\p{M}\p{N}_\-/]/gu, '');
  return t && !/^\d+$/.test(t) ? `#${t}` : null;
}

/**
 * A YAML double-quoted scalar: JSON's quoting, plus escapes for the characters YAML would read as
 * breaks or reject, and for < > & (the same value to YAML, no tag to a tool that pastes it raw).
 */
export function yamlString(s: string): string {
  return JSON.stringify(s).replace(/[<>&\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
