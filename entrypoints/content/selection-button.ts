import type { ContentScriptContext } from '#imports';
import type { ClippingDraft } from '../../lib/clippings/model';
import { t, uiDir } from '../../components/i18n';
import { saveDraft } from './save';
import { mountShadowUi } from './shadow-ui';

const CSS = `
.save { position: fixed; z-index: 2147483646; font: 600 14px/1.4 "Noto Naskh Arabic", Tahoma, sans-serif;
  background: #0b6e4f; color: #fff; border: none; border-radius: 8px; padding: 4px 12px; cursor: pointer; box-shadow: 0 2px 10px rgba(0,0,0,.25); }
.save:focus-visible { outline: 3px solid #ffb700; outline-offset: 2px; }
.save[hidden] { display: none; }`;

/** Shortest selection worth offering to save (a stray click selects a letter or two). */
const MIN_CHARS = 3;

/**
 * A small "save" button by the current selection, in a shadow root. It does not take the selection
 * away (pointerdown is cancelled); it is a real, labelled button in the tab order (the last stop of the
 * page) that Enter and Space press; Escape hides it. The keyboard shortcut saves without it.
 * Nothing is added to the page until the reader first selects some text.
 */
export function setupSelectionButton(ctx: ContentScriptContext, capture: () => ClippingDraft | null): void {
  let button: HTMLButtonElement | null = null;
  let host: HTMLElement | null = null;
  let mounting: Promise<void> | null = null;

  const mount = (): Promise<void> => (mounting ??= mountShadowUi(ctx, 'qusasat-save-button', CSS, (container) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'save';
    b.dir = uiDir(); // the UI's language, not the page's
    b.hidden = true;
    b.textContent = t('saveButton');
    b.setAttribute('aria-label', t('saveButtonLabel'));
    // The keyboard way to the same action, for those who select with the keyboard.
    b.title = `${t('saveButtonLabel')} (Alt+Shift+S)`;
    b.addEventListener('pointerdown', (e) => e.preventDefault());
    b.addEventListener('mousedown', (e) => e.preventDefault());
    b.addEventListener('click', (e) => {
      if (!e.isTrusted) return; // a page's script clicking for the reader saves nothing
      const draft = capture();
      b.hidden = true;
      if (draft) void saveDraft(ctx, draft);
    });
    b.addEventListener('keydown', (e) => { if (e.key === 'Escape') b.hidden = true; });
    container.append(b);
    button = b;
    return b;
  }).then((ui) => { host = ui.host; }));

  let timer = 0;
  /** The reader reached the button by keyboard: it stays, whatever the selection does meanwhile. */
  const hasFocus = (): boolean => host !== null && document.activeElement === host;
  const update = (): void => {
    const sel = window.getSelection();
    const text = sel && !sel.isCollapsed && sel.rangeCount ? sel.toString().trim() : '';
    const inField = document.activeElement instanceof HTMLInputElement || document.activeElement instanceof HTMLTextAreaElement || (document.activeElement as HTMLElement | null)?.isContentEditable;
    const focused = hasFocus();
    if (text.length < MIN_CHARS || inField || focused) {
      if (button && !focused) button.hidden = true;
      return;
    }
    const b = button;
    if (!b) {
      void mount().then(update); // first selection on this page: add the button, then place it
      return;
    }
    const rects = sel!.getRangeAt(0).getClientRects();
    const last = rects[rects.length - 1];
    if (!last) return;
    b.hidden = false;
    // Below the selection's end, kept inside the viewport.
    const top = Math.min(window.innerHeight - 40, last.bottom + 6);
    const left = Math.max(4, Math.min(window.innerWidth - 90, last.left));
    b.style.top = `${top}px`;
    b.style.left = `${left}px`;
  };
  ctx.addEventListener(document, 'selectionchange', () => {
    clearTimeout(timer);
    // The button belongs to the selection it was placed by: while a new one is being made it is
    // gone, not left by the old one (where a hand aiming at it found it jump once the drag ended).
    if (button && !button.hidden && !hasFocus()) button.hidden = true;
    timer = window.setTimeout(update, 150);
  });
  ctx.addEventListener(document, 'keydown', (e) => {
    if (e.key === 'Escape' && button) button.hidden = true;
  });
  ctx.addEventListener(window, 'scroll', () => { if (button && !button.hidden) update(); }, { passive: true });
}
