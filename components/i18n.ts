import { browser } from 'wxt/browser';
import ar from '../public/_locales/ar/messages.json';

export type MessageKey = keyof typeof ar;
/** A counted message: one key per plural category, `<base>_zero` … `<base>_other`. */
export type PluralBase = MessageKey extends infer K ? (K extends `${infer B}_other` ? B : never) : never;

/** Put substitutions into a message template, in order of its $NAME$ placeholders. */
export function fill(template: string, subs: ReadonlyArray<string | number>): string {
  let s = template;
  for (const v of subs) s = s.replace(/\$[A-Z]+\$/, String(v));
  return s;
}

/** browser.i18n with the Arabic text as fallback (tests, or a context without i18n). */
export function t(key: MessageKey, ...subs: Array<string | number>): string {
  let msg = '';
  try {
    msg = browser.i18n.getMessage(key, subs.map(String));
  } catch {
    // no i18n in this context
  }
  return msg || fill(ar[key].message, subs);
}

/**
 * The key of a counted message for n in language lang. browser.i18n has no plurals: the language's
 * own rules (Intl.PluralRules) pick the category, and a locale lists only the categories it has
 * (English: one, other), so a category missing from the messages falls back to `other`.
 */
export function pluralKey(base: PluralBase, n: number, lang: string, has: (key: string) => boolean = (k) => k in ar): MessageKey {
  const key = `${base}_${new Intl.PluralRules(lang).select(n)}`;
  return (has(key) ? key : `${base}_other`) as MessageKey;
}

/**
 * "قصاصتان", "3 قصاصات", "11 قصاصة" / "1 clipping", "2 clippings": a count in the language of the
 * messages shown. Each locale holds every category its language's rules give (a unit test checks).
 */
export function tn(base: PluralBase, n: number, ...subs: Array<string | number>): string {
  return t(pluralKey(base, n, messagesLang()), n, ...subs);
}

/** The language the messages come from (not the browser's: a French browser is shown the Arabic default). */
export function messagesLang(): string {
  return t('messagesLang') || 'ar';
}

/** Text direction of the UI locale. */
export function uiDir(): 'rtl' | 'ltr' {
  try {
    const d = browser.i18n.getMessage('@@bidi_dir');
    if (d === 'ltr' || d === 'rtl') return d;
  } catch {
    // fall through
  }
  return 'rtl';
}

export function uiLang(): string {
  try {
    return browser.i18n.getUILanguage() || 'ar';
  } catch {
    return 'ar';
  }
}
