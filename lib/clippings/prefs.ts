/**
 * The reader's display preferences (highlight colours, the «ق» button), one row of the `prefs`
 * table. Validated wherever they arrive: from the database, a message, or an import.
 */
import type { ClippingsDb } from './db';

export const HIGHLIGHT_KINDS = ['person', 'place', 'org', 'date', 'quote'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];
/** One colour per kind, #rrggbb: the underline; the background is the same colour, translucent. */
export type Palette = Record<HighlightKind, string>;
/** Corners of the window, as seen (a reader points at one; «start» would flip between Arabic and English pages). */
export type Corner = 'bottom-left' | 'bottom-right' | 'top-left' | 'top-right';
export const CORNERS: readonly Corner[] = ['bottom-left', 'bottom-right', 'top-left', 'top-right'];

export interface DisplayPrefs {
  /** Colours for pages with a light background, and for dark ones. */
  light: Palette;
  dark: Palette;
  button: { show: boolean; corner: Corner };
}

/**
 * Presets that stay legible: on light pages dark enough for a 2px underline to read against white,
 * on dark pages light enough against black, and the five kinds far apart in hue.
 */
export const PRESETS: Record<'classic' | 'contrast' | 'soft', { light: Palette; dark: Palette }> = {
  classic: {
    light: { person: '#d68c00', place: '#008c64', org: '#465fe6', date: '#c8288c', quote: '#808080' },
    dark: { person: '#ffc53d', place: '#3ddc97', org: '#8fa8ff', date: '#ff7ac6', quote: '#b4b4b4' },
  },
  contrast: {
    light: { person: '#a34e00', place: '#00664a', org: '#1f3bc7', date: '#9e0068', quote: '#4d4d4d' },
    dark: { person: '#ffd866', place: '#66ffbf', org: '#b3c4ff', date: '#ffa3d8', quote: '#e0e0e0' },
  },
  soft: {
    light: { person: '#a8841c', place: '#4f9d7e', org: '#6f7fcf', date: '#b9609a', quote: '#9a9a9a' },
    dark: { person: '#e6c766', place: '#7cc7a8', org: '#a3afe6', date: '#e09ac6', quote: '#a0a0a0' },
  },
};

export const DEFAULT_PREFS: DisplayPrefs = { ...PRESETS.classic, button: { show: true, corner: 'bottom-left' } };
export const PREFS_KEY = 'display';

const isColor = (v: unknown): v is string => typeof v === 'string' && /^#[0-9a-f]{6}$/i.test(v);
const isPalette = (v: unknown): v is Palette => typeof v === 'object' && v !== null && HIGHLIGHT_KINDS.every((k) => isColor((v as Record<string, unknown>)[k]));

export function isDisplayPrefs(v: unknown): v is DisplayPrefs {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  const b = o.button as Record<string, unknown> | undefined;
  return isPalette(o.light) && isPalette(o.dark) && typeof b === 'object' && b !== null
    && typeof b.show === 'boolean' && (CORNERS as readonly unknown[]).includes(b.corner);
}

/** Only the fields the preferences have (an object from elsewhere may carry more). */
function clean(p: DisplayPrefs): DisplayPrefs {
  const pal = (x: Palette): Palette => Object.fromEntries(HIGHLIGHT_KINDS.map((k) => [k, x[k].toLowerCase()])) as Palette;
  return { light: pal(p.light), dark: pal(p.dark), button: { show: p.button.show, corner: p.button.corner } };
}

/** The stored preferences, or the defaults when none (or something unreadable) is stored. */
export async function loadDisplayPrefs(db: ClippingsDb): Promise<DisplayPrefs> {
  const row = await db.prefs.get(PREFS_KEY);
  return isDisplayPrefs(row?.value) ? clean(row.value) : DEFAULT_PREFS;
}

export async function saveDisplayPrefs(db: ClippingsDb, prefs: DisplayPrefs): Promise<void> {
  if (!isDisplayPrefs(prefs)) throw new Error('invalid display preferences');
  await db.prefs.put({ key: PREFS_KEY, value: clean(prefs) });
}

/** The stylesheet that paints the highlights in a palette (translucent background, solid underline). */
export function highlightCss(p: Palette): string {
  const rule = (k: HighlightKind, alpha: string, line: string): string =>
    `::highlight(qusasat-${k}) { background-color: ${p[k]}${alpha}; text-decoration: ${line} ${line.includes('dotted') ? 2 : 1.5}px ${p[k]}; text-underline-offset: 0.42em; }`;
  return [
    rule('person', '52', 'underline'), rule('place', '45', 'underline'), rule('org', '45', 'underline'),
    rule('date', '3a', 'underline dotted'), `::highlight(qusasat-quote) { background-color: ${p.quote}26; }`,
  ].join('\n');
}

/**
 * The sheet a page needs beyond highlights.css, or null when that file already draws what the reader
 * chose (the default preset on a light page, the button in its default corner). Adopting a sheet
 * restyles every element of the page (a second over 200,000 elements), so the common case adopts none.
 */
export function pageCss(prefs: DisplayPrefs, dark: boolean): string | null {
  const palette = dark ? prefs.dark : prefs.light;
  const button = buttonCss(prefs.button);
  const colours = highlightCss(palette);
  if (colours === highlightCss(DEFAULT_PREFS.light) && button === buttonCss(DEFAULT_PREFS.button)) return null;
  return `${colours}\n${button}`;
}

/** Is a CSS colour (as getComputedStyle gives it) dark? Transparent counts as not known (null). */
export function isDarkColor(css: string): boolean | null {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)/.exec(css);
  if (!m) return null;
  if (m[4] !== undefined && Number(m[4]) < 0.5) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => Number(x) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.4;
}

/**
 * Where the «ق» button sits and whether it shows, as custom properties on the page's root: they
 * inherit into the button's shadow root (whatever its host is called) and its CSS reads them.
 */
export function buttonCss(b: DisplayPrefs['button']): string {
  const [v, h] = b.corner.split('-') as ['top' | 'bottom', 'left' | 'right'];
  const props: Record<string, string> = {
    '--qusasat-fab-display': b.show ? 'block' : 'none',
    '--qusasat-fab-top': v === 'top' ? '16px' : 'auto', '--qusasat-fab-bottom': v === 'bottom' ? '16px' : 'auto',
    '--qusasat-fab-left': h === 'left' ? '16px' : 'auto', '--qusasat-fab-right': h === 'right' ? '16px' : 'auto',
    // The panel opens towards the middle of the window.
    '--qusasat-panel-top': v === 'top' ? '48px' : 'auto', '--qusasat-panel-bottom': v === 'bottom' ? '48px' : 'auto',
    '--qusasat-panel-left': h === 'left' ? '0' : 'auto', '--qusasat-panel-right': h === 'right' ? '0' : 'auto',
  };
  return `:root { ${Object.entries(props).map(([k, val]) => `${k}: ${val};`).join(' ')} }`;
}
