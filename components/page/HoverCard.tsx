import type { Span } from '../../lib/arabic/types';
import { t, uiLang } from '../i18n';
import { KIND_LABEL } from './ControlPanel';

/** A date value in both calendars, the calendar it was written in first (lib/arabic/dates/format.ts). */
export type DateFormatter = (value: string, calendar: 'gregorian' | 'hijri', locale: 'ar' | 'en') => string;

export interface HoverCardProps {
  span: Span;
  x: number;
  y: number;
  format: DateFormatter;
  onSave(span: Span): void;
  onLeave(): void;
}

/**
 * What a highlight is: its kind, a date's value in both calendars, a quote's speaker, and a save
 * button. Page text is shown as text nodes only (JSX text), never parsed as HTML.
 */
export function HoverCard({ span, x, y, format, onSave, onLeave }: HoverCardProps) {
  const locale = uiLang().startsWith('en') ? 'en' : 'ar';
  const left = Math.max(8, Math.min(x - 140, window.innerWidth - 296));
  const top = y + 18 + 160 > window.innerHeight ? Math.max(8, y - 170) : y + 18;
  return (
    <div class={`card card-${span.kind}`} dir="rtl" role="dialog" aria-label={t(KIND_LABEL[span.kind])} style={{ left: `${left}px`, top: `${top}px` }} onMouseLeave={onLeave}>
      <div class="kind">{t(KIND_LABEL[span.kind])}</div>
      <div class="text">{span.text.length > 160 ? `${span.text.slice(0, 160)}…` : span.text}</div>
      {span.kind === 'date' && span.value && (
        <div class="values">
          <div class="value">{format(span.value, span.calendar ?? 'gregorian', locale)}</div>
          <div class="raw" dir="ltr">{span.value}</div>
        </div>
      )}
      {span.kind === 'quote' && <div class="speaker">{span.speaker ? t('cardSpeaker', span.speaker) : t('cardSpeakerUnknown')}</div>}
      <button type="button" class="save" onClick={() => onSave(span)}>{t('cardSave')}</button>
    </div>
  );
}
