/**
 * The gate: the one check the manifest runs on every page (entrypoints/content/index.ts), kept in a
 * module with no imports so the script every page evaluates stays a few kB. Everything else (the
 * decision, extraction, painting, the UI) loads only for pages it lets through.
 */
const ARABIC_SCRIPT_LANGS = new Set(['fa', 'ur', 'ckb', 'ku', 'ps', 'sd', 'ug', 'prs', 'pes', 'bal', 'azb']);
const ARABIC_LETTERS = /[\u0621-\u064A]/g;

/**
 * The gate, run on every page: attributes and the title only (no text walk, no layout), so a page
 * that is not Arabic costs a few microseconds. Null means "might be Arabic": go on to the decision.
 */
export function gate(doc: Document): string | null {
  const html = doc.documentElement;
  const lang = (html.getAttribute('lang') ?? html.getAttribute('xml:lang') ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  if (lang === 'ar') return null;
  if (ARABIC_SCRIPT_LANGS.has(lang)) return lang;
  // Many Arabic sites keep a CMS default such as lang="en-US": trust the title's script and dir=rtl over it.
  const title = doc.title.slice(0, 200);
  ARABIC_LETTERS.lastIndex = 0;
  const arabicInTitle = (title.match(ARABIC_LETTERS) ?? []).length;
  if (arabicInTitle >= 8 || (arabicInTitle >= 3 && (html.dir === 'rtl' || doc.body?.dir === 'rtl'))) return null;
  return lang || 'unknown';
}
