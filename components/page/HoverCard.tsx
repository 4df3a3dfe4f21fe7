import type { Span } from '../../lib/arabic/types';
import { t, uiDir, uiLang } from '../i18n';
import { KIND_LABEL } from './ControlPanel';
import { displayValue, isoRangeLine } from './date-lines';

/** A date value in both calendars, the calendar it was written in first (lib/arabic/dates/format.ts). */
export type DateFormatter = (value: string, calendar: 'gregorian' | 'hijri', locale: 'ar' | 'en') => string;

/** A box in viewport coordinates (a DOMRect will do). */
export interface Box { left: number; top: number; right: number; bottom: number }

/** Space between the highlight and the card; the card's transparent bridge covers it (ui-css.ts). */
export const CARD_GAP = 6;
/** Room the card needs below its highlight before it opens above it instead. */
const CARD_ROOM = 170;

export interface HoverCardProps {
  span: Span;
  /** The pointer: the card goes just below it (above it near the bottom of the window). */
  x: number;
  y: number;
  /** Or the highlight's own box (the line under the pointer, or the keyboard's highlight): below or above that box. */
  anchor?: Box;
  /** Opened from the keyboard: which highlight this is of how many (shown, and read with the card). */
  step?: { index: number; total: number };
  /** The page gave no publication date: relative dates were resolved against today (said on date cards). */
  undated?: boolean;
  format: DateFormatter;
  onSave(span: Span): void;
  /** The reader corrects a name: not a name ('none'), or another kind. Absent: no correction row. */
  onCorrect?(span: Span, kind: 'person' | 'place' | 'org' | 'none'): void;
  onLeave(): void;
  /** Escape inside the card (the page does not see that Escape). */
  onClose?(): void;
}

const CORRECT_TO = ['person', 'place', 'org'] as const;
const CORRECT_LABEL = { person: 'cardIsPerson', place: 'cardIsPlace', org: 'cardIsOrg' } as const;

/** A date written without its year (أمس، الخميس، 27 نوفمبر) was resolved against the reference day. */
const isRelative = (text: string): boolean => !/[0-9\u0660-\u0669\u06F0-\u06F9]{4}/.test(text);

/**
 * What a highlight is: its kind, a date's value in both calendars, a quote's speaker, and a save
 * button. Page text is shown as text nodes only (JSX text), never parsed as HTML. The card follows
 * the UI's language and direction; page text inside it takes its own (dir=auto).
 */
export function HoverCard({ span, x, y, anchor, step, undated, format, onSave, onCorrect, onLeave, onClose }: HoverCardProps) {
  const locale = uiLang().startsWith('en') ? 'en' : 'ar';
  const box = anchor ?? { left: x, right: x, top: y, bottom: y };
  const left = Math.max(8, Math.min((box.left + box.right) / 2 - 140, window.innerWidth - 296));
  // Below the highlight, or above it near the bottom of the window (pinned by its bottom edge: no height guess).
  const above = box.bottom + CARD_GAP + CARD_ROOM > window.innerHeight && box.top > CARD_ROOM;
  const place = above ? { left: `${left}px`, bottom: `${window.innerHeight - box.top + CARD_GAP}px` } : { left: `${left}px`, top: `${box.bottom + CARD_GAP}px` };
  const kind = t(KIND_LABEL[span.kind]);
  const text = span.text.length > 160 ? `${span.text.slice(0, 160)}…` : span.text;
  const relativeNote = undated && span.kind === 'date' && span.value && isRelative(span.text);
  // Read after the card's name ("kind: text"): a date's values, a quote's speaker, where this one is.
  const described = [span.kind === 'date' && span.value ? 'qs-card-values' : '', span.kind === 'quote' ? 'qs-card-speaker' : '', step ? 'qs-card-step' : ''].filter(Boolean).join(' ');
  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !onClose) return;
    e.stopPropagation();
    e.preventDefault();
    onClose();
  };
  return (
    <div class={`card card-${span.kind}${step ? ' stepped' : ''}${above ? ' above' : ''}`} dir={uiDir()} lang={locale} role="dialog" aria-label={t('cardLabel', kind, text)} aria-describedby={described || undefined}
      style={place} onMouseLeave={onLeave} onKeyDown={onKeyDown}>
      <div class="kind">{kind}</div>
      <div class="text" dir="auto">{text}</div>
      {span.kind === 'date' && span.value && (
        <div class="values" id="qs-card-values">
          <div class="value">{displayValue(format(span.value, span.calendar ?? 'gregorian', locale)).map((part, i) => <>{i ? ' ' : ''}<span class="part">{part}</span></>)}</div>
          <div class="raw" dir="ltr">{isoRangeLine(span.value)}</div>
          {relativeNote && <div class="relative">{t('cardRelativeToday')}</div>}
        </div>
      )}
      {span.kind === 'quote' && <div class="speaker" id="qs-card-speaker">{span.speaker ? <>{t('cardSpeaker', '')}<bdi>{span.speaker}</bdi></> : t('cardSpeakerUnknown')}</div>}
      <button type="button" class="save" onClick={() => onSave(span)}>{t('cardSave')}</button>
      {onCorrect && span.kind !== 'date' && span.kind !== 'quote' && (
        <div class="correct" role="group" aria-label={t('cardCorrectLabel')}>
          <span class="correct-label">{t('cardCorrectLabel')}</span>
          <button type="button" data-kind="none" onClick={() => onCorrect(span, 'none')}>{t('cardNotName')}</button>
          {CORRECT_TO.filter((k) => k !== span.kind).map((k) => <button type="button" data-kind={k} key={k} onClick={() => onCorrect(span, k)}>{t(CORRECT_LABEL[k])}</button>)}
        </div>
      )}
      {step && <div class="step" id="qs-card-step">{t('cardStep', step.index, step.total)}</div>}
    </div>
  );
}
