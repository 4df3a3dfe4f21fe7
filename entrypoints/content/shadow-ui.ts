import { createShadowRootUi, type ContentScriptContext } from '#imports';

/**
 * In-page UI in a shadow root that works under a strict Content-Security-Policy and shifts no layout.
 * WXT puts its CSS in a <style> element, which `style-src 'self'` blocks (and the browser then logs
 * an error in the page's console): we take that element out before mounting and adopt a constructed
 * stylesheet instead, which CSP does not govern. The host is fixed and zero-sized, so the page never
 * reflows around it.
 */
export interface ShadowUi<T> {
  readonly mounted: T | undefined;
  readonly host: HTMLElement;
  remove(): void;
}

const RESET = ':host { all: initial !important; }';

export async function mountShadowUi<T>(ctx: ContentScriptContext, name: string, css: string, build: (container: HTMLElement) => T, onRemove?: (mounted: T | undefined) => void): Promise<ShadowUi<T>> {
  const ui = await createShadowRootUi<T>(ctx, {
    name,
    position: 'inline',
    anchor: () => document.body ?? document.documentElement,
    append: 'last',
    inheritStyles: true,
    onMount: (container) => build(container),
    onRemove,
  });
  const style = ui.shadow.querySelector('style');
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`${RESET}\n${css}`);
    ui.shadow.adoptedStyleSheets = [sheet];
    style?.remove();
  } catch {
    // An engine without constructable sheets in content scripts: fall back to the <style> element.
    if (style) style.textContent = `${RESET}\n${css}`;
  }
  const host = ui.shadowHost;
  // CSSOM writes (not a style attribute): allowed under CSP, and out of the page's flow.
  Object.assign(host.style, { position: 'fixed', top: '0', left: '0', width: '0', height: '0', overflow: 'visible', zIndex: '2147483647' });
  ui.mount();
  return { get mounted() { return ui.mounted; }, host, remove: () => ui.remove() };
}
