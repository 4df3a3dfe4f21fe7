/**
 * The reader's highlight colours and «ق» button placement, read from the background (validated) once
 * the page is painted, and again when the options page says they changed. One constructed sheet on
 * the document, after the extension's own CSS, so it wins; CSP does not govern adopted sheets.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from '#imports';
import { isDarkColor, isDisplayPrefs, pageCss } from '../../lib/clippings/prefs';
import { parseMessage, type Message, type Responses } from '../../lib/messaging/messages';
import type { Session } from './session';

export function setupDisplayPrefs(ctx: ContentScriptContext, session: Session): void {
  let sheet: CSSStyleSheet | null = null;
  let painted = false;
  const apply = async (): Promise<void> => {
    let r: Responses['content:get-prefs'] | null = null;
    try {
      r = (await browser.runtime.sendMessage({ type: 'content:get-prefs' } satisfies Message)) as Responses['content:get-prefs'] | null;
    } catch {
      return; // the extension was reloaded: keep the colours the page has
    }
    if (!r?.ok || !isDisplayPrefs(r.prefs) || ctx.isInvalid) return;
    const css = pageCss(r.prefs, pageIsDark());
    // highlights.css already draws the defaults: no sheet, so no restyle of the whole page.
    if (css === null && !sheet) return;
    try {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      }
      sheet.replaceSync(css ?? '');
    } catch {
      // No constructable sheets here: the default colours of highlights.css stay.
    }
  };
  session.onAnalysis((a) => {
    if (a && !painted) { painted = true; void apply(); }
  });
  browser.runtime.onMessage.addListener((raw, sender) => {
    if (sender.id !== browser.runtime.id) return;
    if (parseMessage(raw)?.type === 'background:prefs-changed' && painted) void apply();
  });
  ctx.onInvalidated(() => {
    if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  });
}

/** A dark page: its body's (else its root's) background is dark. */
function pageIsDark(): boolean {
  for (const el of [document.body, document.documentElement]) {
    if (!el) continue;
    const dark = isDarkColor(getComputedStyle(el).backgroundColor);
    if (dark !== null) return dark;
  }
  return false; // no background of its own: the browser's white canvas
}
