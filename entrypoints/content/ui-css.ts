/** Styles of the in-page control and hover card (adopted into their shadow roots, see shadow-ui.ts). */
const FONT = 'font: 14px/1.5 "Noto Naskh Arabic", "Noto Sans Arabic", Tahoma, sans-serif;';
const SWATCH = `.swatch-person { background: rgb(255, 183, 0); } .swatch-place { background: rgb(0, 168, 120); }
.swatch-org { background: rgb(90, 120, 255); } .swatch-date { background: rgb(220, 60, 160); } .swatch-quote { background: #999; }`;

export const PANEL_CSS = `
/* Corner and visibility from the reader's options (custom properties set on the page root, see lib/clippings/prefs.ts). */
.qs { ${FONT} position: fixed; z-index: 2147483647; color: #1d1d1f; display: var(--qusasat-fab-display, block);
  top: var(--qusasat-fab-top, auto); bottom: var(--qusasat-fab-bottom, 16px); left: var(--qusasat-fab-left, 16px); right: var(--qusasat-fab-right, auto); }
.fab { width: 40px; height: 40px; border-radius: 50%; border: 0; background: #1d1d1f; color: #fff; font: bold 18px/1 Tahoma, sans-serif;
  cursor: pointer; box-shadow: 0 2px 10px rgba(0,0,0,.3); }
.fab:focus-visible, button:focus-visible, input:focus-visible { outline: 3px solid #3b82f6; outline-offset: 2px; }
.panel { position: absolute; top: var(--qusasat-panel-top, auto); bottom: var(--qusasat-panel-bottom, 48px); left: var(--qusasat-panel-left, 0); right: var(--qusasat-panel-right, auto); min-width: 220px; background: #fff; border-radius: 10px; padding: 10px 12px;
  box-shadow: 0 4px 18px rgba(0,0,0,.25); display: flex; flex-direction: column; gap: 6px; }
.title { font-size: 14px; margin: 0 0 4px; }
.note { font-size: 12px; margin: 0 0 6px; max-width: 240px; }
.row { display: flex; align-items: center; gap: 8px; cursor: pointer; }
.swatch { width: 12px; height: 12px; border-radius: 3px; display: inline-block; }
.label { flex: 1; } .count { color: #666; font-size: 12px; }
.site, .close { ${FONT} border: 1px solid #ccc; background: #f6f6f6; border-radius: 6px; padding: 4px 8px; cursor: pointer; text-align: start; }
${SWATCH}
@media (prefers-color-scheme: dark) { .panel { background: #2a2a2c; color: #f2f2f2; } .site, .close { background: #3a3a3c; color: #f2f2f2; border-color: #555; } }`;

export const CARD_CSS = `
.card { ${FONT} position: fixed; width: 280px; background: #fff; color: #1d1d1f; border-radius: 10px; padding: 10px 12px;
  box-shadow: 0 4px 18px rgba(0,0,0,.25); z-index: 2147483647; text-align: start; }
.card::before { content: ''; position: absolute; left: 0; right: 0; top: -12px; height: 12px; } /* the bridge from the word: no gap to fall into */
.card.above::before { top: auto; bottom: -12px; }
.kind { font-weight: bold; font-size: 12px; color: #555; }
.value .part { white-space: nowrap; display: inline-block; }
.relative { font-size: 12px; color: #8a4b00; margin-top: 2px; }
.text { margin: 4px 0; }
.values, .speaker { font-size: 13px; }
.raw { font: 11px monospace; color: #777; }
.save { ${FONT} margin-top: 6px; border: 0; background: #1d1d1f; color: #fff; border-radius: 6px; padding: 4px 10px; cursor: pointer; }
/* Opened from the keyboard: the focus ring shows even where the browser guesses a pointer user. */
.save:focus-visible, .stepped .save:focus { outline: 3px solid #3b82f6; outline-offset: 2px; }
.step { font-size: 12px; color: #555; margin-top: 6px; }
.correct { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 6px; margin-top: 8px; font-size: 12px; color: #555; }
.correct button { font: 12px/1.4 "Noto Naskh Arabic", Tahoma, sans-serif; background: none; border: 1px solid #bbb; color: inherit; border-radius: 5px; padding: 1px 6px; cursor: pointer; }
.correct button:hover { background: rgba(0,0,0,.06); }
.correct button:focus-visible { outline: 3px solid #3b82f6; outline-offset: 1px; }
@media (prefers-color-scheme: dark) { .card { background: #2a2a2c; color: #f2f2f2; } .kind, .raw, .step, .correct { color: #bbb; } .correct button { border-color: #666; } .relative { color: #ffb86b; } }`;
