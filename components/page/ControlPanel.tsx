import { useRef, useState } from 'preact/hooks';
import { KINDS, type Kind } from '../../lib/arabic/types';
import { t, uiDir, type MessageKey } from '../i18n';

export const KIND_LABEL: Record<Kind, MessageKey> = { person: 'kindPerson', place: 'kindPlace', org: 'kindOrg', date: 'kindDate', quote: 'kindQuote' };

export interface ControlPanelProps {
  counts: Record<Kind, number>;
  hidden: ReadonlySet<Kind>;
  off: boolean;
  onToggle(kind: Kind, visible: boolean): void;
  onSiteOff(off: boolean): void;
  /** The page was beyond what is analyzed (lib/page/caps.ts): only its beginning is painted. */
  capped?: boolean;
}

/** The small in-page control: one button, opening a panel of kind switches and the per-site switch. */
export function ControlPanel(props: ControlPanelProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = (): void => { setOpen(false); button.current?.focus(); };
  return (
    <div class="qs" dir={uiDir()} onKeyDown={(e) => { if (e.key === 'Escape' && open) { e.stopPropagation(); close(); } }}>
      <button ref={button} type="button" class="fab" aria-expanded={open} aria-controls="qs-panel" aria-label={t('panelOpen')} title={t('panelOpen')} onClick={() => setOpen(!open)}>
        ق
      </button>
      {open && (
        <div id="qs-panel" class="panel" role="group" aria-label={t('panelTitle')}>
          <h2 class="title">{t('panelTitle')}</h2>
          {props.capped && <p class="note" role="status">{t('panelPageTooBig')}</p>}
          {!props.off && KINDS.map((kind) => (
            <label class="row" key={kind}>
              <input type="checkbox" name={kind} checked={!props.hidden.has(kind)} onChange={(e) => props.onToggle(kind, (e.currentTarget as HTMLInputElement).checked)} />
              <span class={`swatch swatch-${kind}`} aria-hidden="true" />
              <span class="label">{t(KIND_LABEL[kind])}</span>
              <span class="count">{props.counts[kind]}</span>
            </label>
          ))}
          <button type="button" class="site" onClick={() => props.onSiteOff(!props.off)}>{props.off ? t('panelSiteOn') : t('panelSiteOff')}</button>
          <button type="button" class="close" onClick={close}>{t('panelClose')}</button>
        </div>
      )}
    </div>
  );
}
