import { useEffect, useRef } from 'preact/hooks';
import { t } from './i18n';

interface Props {
  text: string;
  confirm: string;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * Asks before a big or lasting change. A modal alert dialog: focus moves to "cancel" (the safe
 * choice), Tab stays inside, Escape cancels, and focus returns to where it was.
 */
export function ConfirmDialog({ text, confirm, onConfirm, onCancel }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    cancel.current?.focus();
    return () => before?.focus?.();
  }, []);
  const onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') { e.preventDefault(); onCancel(); return; }
    if (e.key !== 'Tab') return;
    const buttons = [...(box.current?.querySelectorAll('button') ?? [])];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    e.preventDefault();
    buttons[(i + (e.shiftKey ? -1 : 1) + buttons.length) % buttons.length]?.focus();
  };
  return (
    <div class="confirm-backdrop">
      <div ref={box} class="confirm" role="alertdialog" aria-modal="true" aria-labelledby="confirm-text" onKeyDown={onKey}>
        <p id="confirm-text">{text}</p>
        <div class="confirm-actions">
          <button type="button" class="confirm-yes" onClick={onConfirm}>{confirm}</button>
          <button type="button" class="confirm-no" ref={cancel} onClick={onCancel}>{t('cancel')}</button>
        </div>
      </div>
    </div>
  );
}
