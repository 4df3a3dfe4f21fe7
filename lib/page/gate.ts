/**
 * The gate: the one check the manifest runs on every page (entrypoints/content/index.ts), kept in a
 * module with no imports so the script every page evaluates stays a few kB. Everything else (the
 * decision, extraction, painting, the UI) loads only for pages it lets through.
 */
const ARABIC_SCRIPT_LANGS = ['fa', 'ur', 'ckb', 'ku', 'ps', 'sd', 'ug', 'prs', 'pes', 'bal', 'azb'];
const ARABIC_LETTERS = /[\u0621-\u064A]/g;

/** The root's lang (or, without one, xml:lang) is `l`, `l-…` or `l_…`, in any case. */
const rootLang = (l: string): string => `:root[lang|="${l}" i], :root[lang^="${l}_" i], :root:not([lang])[xml\\:lang|="${l}" i], :root:not([lang])[xml\\:lang^="${l}_" i]`;
const ARABIC_ROOT = rootLang('ar');
const OTHER_SCRIPT_ROOT = ARABIC_SCRIPT_LANGS.map(rootLang).join(', ');

/**
 * Might the page be Arabic? Attributes and the title only (no text walk, no layout). The root's
 * language is asked of a selector rather than read off the element: the first touch of an element
 * in a content script's world builds its bindings, about half of what the gate cost on a page that
 * is not Arabic (npm run bench -- page-extension --part=english); a selector gives back nothing there.
 */
export function mightBeArabic(doc: Document): boolean {
  if (doc.querySelector(ARABIC_ROOT)) return true;
  if (doc.querySelector(OTHER_SCRIPT_ROOT)) return false;
  // Many Arabic sites keep a CMS default such as lang="en-US": trust the title's script and dir=rtl over it.
  const title = doc.title.slice(0, 200);
  ARABIC_LETTERS.lastIndex = 0;
  const arabicInTitle = (title.match(ARABIC_LETTERS) ?? []).length;
  return arabicInTitle >= 8 || (arabicInTitle >= 3 && (doc.documentElement.dir === 'rtl' || doc.body?.dir === 'rtl'));
}

/** The gate with its reason: null means "might be Arabic" (go on to the decision), else the page's language tag or 'unknown'. */
export function gate(doc: Document): string | null {
  if (mightBeArabic(doc)) return null;
  const html = doc.documentElement;
  return (html.getAttribute('lang') ?? html.getAttribute('xml:lang') ?? '').toLowerCase().split(/[-_]/)[0] || 'unknown';
}
