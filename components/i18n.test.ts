import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import ar from '../public/_locales/ar/messages.json';
import en from '../public/_locales/en/messages.json';
import { fill, pluralKey, tn, type PluralBase } from './i18n';
import { relativeTime } from './format';

type Messages = Record<string, { message: string }>;
const LOCALES: Record<string, Messages> = { ar, en };

/** browser.i18n as Chrome gives it for a locale: its message, else the default locale's (Arabic). */
function useLocale(lang: string): void {
  const own = LOCALES[lang]!;
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) => {
    const m = own[key] ?? (ar as Messages)[key];
    return m ? fill(m.message, subs ?? []) : '';
  }) as typeof browser.i18n.getMessage);
}
afterEach(() => vi.restoreAllMocks());

const bases = Object.keys(ar).filter((k) => k.endsWith('_other')).map((k) => k.slice(0, -'_other'.length) as PluralBase);

describe('counted messages follow the plural rules of the language shown', () => {
  it('Arabic: zero, one, two, few, many, other', () => {
    useLocale('ar');
    expect([0, 1, 2, 3, 10, 11, 99, 100, 102, 1000].map((n) => tn('clippings', n))).toEqual([
      'لا قصاصات', 'قصاصة واحدة', 'قصاصتان', '3 قصاصات', '10 قصاصات', '11 قصاصة', '99 قصاصة', '100 قصاصة', '102 قصاصة', '1000 قصاصة',
    ]);
    expect([0, 1, 2, 5, 25, 101].map((n) => tn('deleted', n))).toEqual([
      'لم تُحذف أي قصاصة.', 'حُذفت قصاصة واحدة.', 'حُذفت قصاصتان.', 'حُذفت 5 قصاصات.', 'حُذفت 25 قصاصة.', 'حُذفت 101 قصاصة.',
    ]);
  });

  it('English: one and other, never "1 clippings"', () => {
    useLocale('en');
    expect([0, 1, 2, 11, 100].map((n) => tn('clippings', n))).toEqual(['0 clippings', '1 clipping', '2 clippings', '11 clippings', '100 clippings']);
    expect([1, 3].map((n) => tn('deleted', n))).toEqual(['Deleted 1 clipping.', 'Deleted 3 clippings.']);
  });

  it('every locale holds each category its language has, for every counted message', () => {
    for (const [lang, messages] of Object.entries(LOCALES)) {
      const rules = new Intl.PluralRules(lang);
      for (const base of bases) {
        for (const cat of rules.resolvedOptions().pluralCategories) expect(messages, `${lang} ${base}_${cat}`).toHaveProperty(`${base}_${cat}`);
        // No category of another language slips in (Chrome would show it in place of nothing).
        for (const key of Object.keys(messages).filter((k) => k.startsWith(`${base}_`))) {
          expect(rules.resolvedOptions().pluralCategories).toContain(key.slice(base.length + 1));
        }
      }
      for (let n = 0; n <= 300; n++) for (const base of bases) expect(messages).toHaveProperty(pluralKey(base, n, lang));
    }
  });

  it('both locales have the same messages, but for the plural categories only Arabic has', () => {
    const plain = (m: Messages): string[] => Object.keys(m).filter((k) => !/_(zero|one|two|few|many|other)$/.test(k)).sort();
    expect(plain(en)).toEqual(plain(ar));
  });

  it('no message puts a bare number before a plural noun (a count goes through tn)', () => {
    const bare = /\$N\$ (clippings|قصاصة)|\$A\$ (clippings|قصاصة)/;
    for (const messages of Object.values(LOCALES)) {
      for (const [key, m] of Object.entries(messages)) if (!/_(few|many|other)$/.test(key)) expect(m.message, key).not.toMatch(bare);
    }
  });
});

describe('relative times in Arabic', () => {
  it('write «ثوانٍ» with tanween, not «ثوانِ»', () => {
    const now = new Date('2026-12-01T12:00:00Z');
    const s = relativeTime('2026-12-01T11:59:57Z', 'ar', now);
    expect(s).toContain('ثوانٍ');
    expect(s).not.toContain('ثوانِ');
    expect(relativeTime('2026-12-01T11:59:30Z', 'ar', now)).toContain('30 ثانية');
  });
});
