/**
 * The address that brings a reader back to a clipping: the article's URL with a text fragment
 * (#:~:text=) on the passage, so the browser itself scrolls to it where the extension cannot run
 * there (the site turned off, the page no longer an article). The extension re-anchors on its own
 * where it runs (entrypoints/content/reveal.ts).
 */
import type { Clipping } from './model';

/** Words kept at each end of a long passage (textStart,textEnd): enough to be unique, short enough to survive edits. */
const END_WORDS = 5;
const LONG = 80;

/** Percent-encode for a text directive: its own syntax characters (- , &) too. */
const enc = (s: string): string => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');

export function sourceUrl(clipping: Pick<Clipping, 'url' | 'text' | 'kind'>): string {
  const words = clipping.text.replace(/\s+/g, ' ').trim().split(' ');
  if (clipping.kind === 'article' || !words[0]) return clipping.url;
  const directive = clipping.text.length <= LONG || words.length <= END_WORDS * 2
    ? enc(words.join(' '))
    : `${enc(words.slice(0, END_WORDS).join(' '))},${enc(words.slice(-END_WORDS).join(' '))}`;
  const hash = clipping.url.indexOf('#');
  // An address that already has a fragment keeps it; the directive follows it.
  return `${hash < 0 ? `${clipping.url}#` : clipping.url}:~:text=${directive}`;
}
