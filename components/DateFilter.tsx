import { useEffect, useState } from 'preact/hooks';
import type { DateOf, Filters } from '../lib/clippings/view';
import { t } from './i18n';

/**
 * A typed day as YYYY-MM-DD: Arabic-Indic or Latin digits, "-", "/" or "." between, year first or
 * last ("2026-3-1", "١/٣/٢٠٢٦" day first). Null when it is not a real day.
 */
export function parseDay(raw: string): string | null {
  const s = raw.trim().replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0));
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s) ?? /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (!m) return null;
  const [y, mo, d] = m[1]!.length === 4 ? [m[1]!, m[2]!, m[3]!] : [m[3]!, m[2]!, m[1]!];
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) return null;
  return `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

function DayInput({ label, value, onChange, cls }: { label: string; value?: string; onChange(v?: string): void; cls: string }) {
  const [text, setText] = useState(value ?? '');
  const bad = text.trim() !== '' && parseDay(text) === null;
  // Filters cleared elsewhere clear the box too.
  useEffect(() => { if (value === undefined && parseDay(text) !== null) setText(''); }, [value]);
  return (
    <label class={`date-field ${cls}`}>{label}
      {/* Typed digits read left to right in every UI language; the browser's date box laid its
          placeholder out reversed in the Arabic UI. */}
      <input type="text" inputMode="numeric" dir="ltr" lang="en" autoComplete="off" class="date-input" placeholder="2026-12-31" aria-invalid={bad}
        aria-description={t('dateFormatHelp')} value={text}
        onInput={(e) => { const v = e.currentTarget.value; setText(v); const day = parseDay(v); if (day || !v.trim()) onChange(day ?? undefined); }} />
    </label>
  );
}

const KINDS: Array<{ value: DateOf; key: 'dateOfSaved' | 'dateOfPublished' | 'dateOfMentioned' }> = [
  { value: 'saved', key: 'dateOfSaved' },
  { value: 'published', key: 'dateOfPublished' },
  { value: 'mentioned', key: 'dateOfMentioned' },
];

/** From / to days, and which date they filter: saved, published, or mentioned in the text. */
export function DateFilter({ filters, onChange }: { filters: Filters; onChange(next: Filters): void }) {
  return (
    <fieldset class="facet-dates">
      <legend>{t('dateFilter')}</legend>
      <label class="date-of">{t('dateOf')}
        <select class="date-of-select" value={filters.dateOf ?? 'saved'} onChange={(e) => onChange({ ...filters, dateOf: e.currentTarget.value as DateOf })}>
          {KINDS.map((k) => <option key={k.value} value={k.value}>{t(k.key)}</option>)}
        </select>
      </label>
      <DayInput cls="date-from" label={t('dateFrom')} value={filters.from} onChange={(from) => onChange({ ...filters, from })} />
      <DayInput cls="date-to" label={t('dateTo')} value={filters.to} onChange={(to) => onChange({ ...filters, to })} />
      <p class="date-help">{t('dateFormatHelp')}</p>
    </fieldset>
  );
}
