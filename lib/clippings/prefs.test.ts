import { describe, expect, it } from 'vitest';
import { ClippingsDb } from './db';
import { buttonCss, DEFAULT_PREFS, highlightCss, isDarkColor, isDisplayPrefs, loadDisplayPrefs, pageCss, PRESETS, PREFS_KEY, saveDisplayPrefs } from './prefs';
import { dbName } from '../../tests/unit/clip';

/** WCAG relative luminance and contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string): number => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

describe('display preferences', () => {
  it('default to the classic preset and round-trip through the prefs table', async () => {
    const db = new ClippingsDb(dbName());
    expect(await loadDisplayPrefs(db)).toEqual(DEFAULT_PREFS);
    const next = { ...DEFAULT_PREFS, light: { ...DEFAULT_PREFS.light, person: '#AA0000' }, button: { show: false, corner: 'top-right' as const } };
    await saveDisplayPrefs(db, next);
    expect(await loadDisplayPrefs(db)).toEqual({ ...next, light: { ...next.light, person: '#aa0000' } });
  });

  it('refuse what is not a palette, and read an unreadable row as the defaults', async () => {
    expect(isDisplayPrefs({ ...DEFAULT_PREFS, light: { ...DEFAULT_PREFS.light, person: 'red; } body { display:none' } })).toBe(false);
    expect(isDisplayPrefs({ ...DEFAULT_PREFS, button: { show: true, corner: 'middle' } })).toBe(false);
    const db = new ClippingsDb(dbName());
    await expect(saveDisplayPrefs(db, { ...DEFAULT_PREFS, dark: {} } as never)).rejects.toThrow();
    await db.prefs.put({ key: PREFS_KEY, value: { light: 1 } });
    expect(await loadDisplayPrefs(db)).toEqual(DEFAULT_PREFS);
  });

  it('presets are legible: underlines against white (light) and black (dark) pages at 2.5:1 or more', () => {
    for (const [name, p] of Object.entries(PRESETS)) {
      for (const [k, c] of Object.entries(p.light)) expect(contrast(c, '#ffffff'), `${name} light ${k}`).toBeGreaterThanOrEqual(2.5);
      for (const [k, c] of Object.entries(p.dark)) expect(contrast(c, '#000000'), `${name} dark ${k}`).toBeGreaterThanOrEqual(2.5);
    }
  });

  it('paint each kind in its colour; page backgrounds read as dark or light', () => {
    expect(highlightCss(PRESETS.classic.light)).toContain('::highlight(qusasat-person) { background-color: #d68c0052; text-decoration: underline 1.5px #d68c00; text-underline-offset: 0.42em; }');
    expect(buttonCss({ show: false, corner: 'top-right' })).toMatch(/--qusasat-fab-display: none;.*--qusasat-fab-top: 16px;.*--qusasat-fab-right: 16px;/);
    expect(isDarkColor('rgb(18, 18, 18)')).toBe(true);
    expect(isDarkColor('rgb(255, 255, 255)')).toBe(false);
    expect(isDarkColor('rgba(0, 0, 0, 0)')).toBeNull();
  });
});

describe('the sheet a page needs beyond highlights.css', () => {
  it('is none for the default preset on a light page (adopting one restyles every element)', async () => {
    const { readFileSync } = await import('node:fs');
    const file = readFileSync('entrypoints/content/highlights.css', 'utf8');
    for (const line of highlightCss(DEFAULT_PREFS.light).split('\n')) expect(file).toContain(line);
    expect(pageCss(DEFAULT_PREFS, false)).toBeNull();
  });

  it('is the reader’s colours and corner otherwise', () => {
    expect(pageCss(DEFAULT_PREFS, true)).toContain(DEFAULT_PREFS.dark.person);
    expect(pageCss({ ...DEFAULT_PREFS, button: { show: true, corner: 'top-right' } }, false)).toMatch(/--qusasat-fab-top: 16px/);
    expect(pageCss({ ...DEFAULT_PREFS, light: PRESETS.contrast.light }, false)).toContain(PRESETS.contrast.light.place);
  });
});
