import type { Span } from '../../lib/arabic/types';
import { t, uiLang } from '../i18n';
import { KIND_LABEL } from './ControlPanel';

/** A date value in both calendars, the calendar it was written in first (lib/arabic/dates/format.ts). */
export type DateFormatter = (value: string, calendar: 'gregorian' | 'hijri', locale: 'ar' | 'en') => string;

/** A box in viewport coordinates (a DOMRect will do). */
export interface Box { left: number; top: number; right: number; bottom: number }

export interface HoverCardProps {
  span: Span;
  /** The pointer: the card goes just below it (above it near the bottom of the window). */
  x: number;
  y: number;
  /** Or the highlight's own box, when the card was opened from the keyboard: below or above that box. */
  anchor?: Box;
  /** Opened from the keyboard: which highlight this is of how many (shown, and read with the card). */
  step?: { index: number; total: number };
  format: DateFormatter;
  onSave(span: Span): void;
  onLeave(): void;
  /** Escape inside the card (the page does not see that Escape). */
  onClose?(): void;
}

/**
 * What a highlight is: its kind, a date's value in both calendars, a quote's speaker, and a save
 * button. Page text is shown as text nodes only (JSX text), never parsed as HTML.
 */
export function HoverCard({ span, x, y, anchor, step, format, onSave, onLeave, onClose }: HoverCardProps) {
  const locale = uiLang().startsWith('en') ? 'en' : 'ar';
  const box = anchor ?? { left: x, right: x, top: y, bottom: y };
  const left = Math.max(8, Math.min((box.left + box.right) / 2 - 140, window.innerWidth - 296));
  const top = box.bottom + 18 + 160 > window.innerHeight ? Math.max(8, box.top - 170) : box.bottom + 18;
  const kind = t(KIND_LABEL[span.kind]);
  const text = span.text.length > 160 ? `${span.text.slice(0, 160)}…` : span.text;
  // Read after the card's name ("kind: text"): a date's values, a quote's speaker, where this one is.
  const described = [span.kind === 'date' && span.value ? 'qs-card-values' : '', span.kind === 'quote' ? 'qs-card-speaker' : '', step ? 'qs-card-step' : ''].filter(Boolean).join(' ');
  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !onClose) return;
    e.stopPropagation();
    e.preventDefault();
    onClose();
  };
  return (
    <div class={`card card-${span.kind}${step ? ' stepped' : ''}`} dir="rtl" role="dialog" aria-label={t('cardLabel', kind, text)} aria-describedby={described || undefined}
      style={{ left: `${left}px`, top: `${top}px` }} onMouseLeave={onLeave} onKeyDown={onKeyDown}>
      <div class="kind">{kind}</div>
      <div class="text">{text}</div>
      {span.kind === 'date' && span.value && (
        <div class="values" id="qs-card-values">
          <div class="value">{format(span.value, span.calendar ?? 'gregorian', locale)}</div>
          <div class="raw" dir="ltr">{span.value}</div>
        </div>
      )}
      {span.kind === 'quote' && <div class="speaker" id="qs-card-speaker">{span.speaker ? t('cardSpeaker', span.speaker) : t('cardSpeakerUnknown')}</div>}
      <button type="button" class="save" onClick={() => onSave(span)}>{t('cardSave')}</button>
      {step && <div class="step" id="qs-card-step">{t('cardStep', step.index, step.total)}</div>}
    </div>
  );
}
