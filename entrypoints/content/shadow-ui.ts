import { createShadowRootUi, type ContentScriptContext } from '#imports';

/**
 * In-page UI in a shadow root that works under a strict Content-Security-Policy and shifts no layout.
 * WXT puts its CSS in a <style> element, which `style-src 'self'` blocks (and the browser then logs
 * an error in the page's console): we take that element out before mounting and adopt a constructed
 * stylesheet instead, which CSP does not govern. The host is fixed and zero-sized, so the page never
 * reflows around it.
 *
 * The page must not reach in: the shadow root is closed (no `host.shadowRoot`), events the page's
 * script makes up are stopped at the root before any of our handlers, and the host's tag name has a
 * random part, so a page cannot define our elements before we create them.
 */
export interface ShadowUi<T> {
  readonly mounted: T | undefined;
  readonly host: HTMLElement;
  /** Our closed shadow root (never reachable from the page). */
  readonly shadow: ShadowRoot;
  remove(): void;
}

const RESET = ':host { all: initial !important; }';

/** One random part per page load: the page sees our tag names only once they are in its DOM. */
const TOKEN = randomToken();

function randomToken(): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  // 'x' marks where the random part starts (tests find our hosts by it).
  return `x${[...bytes].map((b) => b.toString(36).padStart(2, '0')).join('')}`;
}

/** The tag name of one of our hosts on this page: `qusasat-card` → `qusasat-card-x1a2b3…`. */
export const hostTag = (name: string): string => `${name}-${TOKEN}`;

const hosts = new WeakSet<Node>();

/** Is this node one of our UI hosts (its mutations are not the page changing)? */
export const isOwnHost = (node: Node): boolean => hosts.has(node);

/**
 * Events a person makes that our handlers act on. Untrusted ones (made by a script with
 * dispatchEvent or element.click()) stop at the root: no save, no switch, no checkbox flip.
 */
const ACTIVATING = ['click', 'auxclick', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress', 'input', 'change', 'submit', 'beforeinput'] as const;

export function refuseUntrusted(root: EventTarget, signal?: AbortSignal): void {
  const stop = (e: Event): void => {
    if (e.isTrusted) return;
    e.preventDefault(); // a synthetic click must not flip a checkbox either
    e.stopImmediatePropagation();
  };
  for (const type of ACTIVATING) root.addEventListener(type, stop, { capture: true, signal });
}

export async function mountShadowUi<T>(ctx: ContentScriptContext, name: string, css: string, build: (container: HTMLElement) => T, onRemove?: (mounted: T | undefined) => void): Promise<ShadowUi<T>> {
  const ui = await createShadowRootUi<T>(ctx, {
    name: hostTag(name),
    mode: 'closed',
    position: 'inline',
    anchor: () => document.body ?? document.documentElement,
    append: 'last',
    inheritStyles: true,
    onMount: (container) => build(container),
    onRemove,
  });
  refuseUntrusted(ui.shadow, ctx.signal);
  hosts.add(ui.shadowHost);
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
  return { get mounted() { return ui.mounted; }, host, shadow: ui.shadow, remove: () => ui.remove() };
}
