import { browser } from 'wxt/browser';
import ar from '../public/_locales/ar/messages.json';

export type MessageKey = keyof typeof ar;

/** browser.i18n with the Arabic text as fallback (tests, or a context without i18n). */
export function t(key: MessageKey, ...subs: Array<string | number>): string {
  let msg = '';
  try {
    msg = browser.i18n.getMessage(key, subs.map(String));
  } catch {
    // no i18n in this context
  }
  if (msg) return msg;
  let s: string = ar[key].message;
  subs.forEach((v, i) => { s = s.replace(/\$[A-Z]+\$/, String(v)); void i; });
  return s;
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
