import type { Row } from '../lib/clippings/view';
import { dayDate } from '../lib/clippings/view';
import { Highlighted } from './Highlighted';
import { relativeTime } from './format';
import { t } from './i18n';

interface Props {
  row: Row;
  active: boolean;
  setSize: number;
  query: string;
  lang: string;
  fmtDay: Intl.DateTimeFormat;
  onPick(id: string): void;
}

/** One row of the library list: a site-and-day heading, or a clipping as a listbox option. */
export function LibraryRow({ row, active, setSize, query, lang, fmtDay, onPick }: Props) {
  if (row.type === 'group') {
    return <h2 class="lib-group" aria-hidden="true"><span dir="auto">{row.site}</span> · <span>{fmtDay.format(dayDate(row.day))}</span> <span class="lib-group-count">({row.count})</span></h2>;
  }
  const c = row.clipping;
  return (
    <div role="option" id={`opt-${c.id}`} aria-selected={active} aria-posinset={row.n} aria-setsize={setSize} class={`lib-item${active ? ' is-active' : ''}`} data-id={c.id}
      onClick={() => onPick(c.id)}>
      <p class="lib-text" dir="auto"><Highlighted text={c.text} query={query} /></p>
      {/* The group heading is hidden from screen readers: each option says its own site and day. */}
      <span class="sr-only">{c.site} · {fmtDay.format(new Date(c.createdAt))}</span>
      <div class="lib-meta">
        <span class="lib-kind">{t(c.kind === 'quote' ? 'kindQuote' : c.kind === 'article' ? 'kindArticle' : 'kindSelection')}</span>
        {c.speaker && <span class="lib-speaker">— {c.speaker}</span>}
        {c.title && <span class="lib-title" dir="auto">{c.title}</span>}
        <time dateTime={c.createdAt}>{relativeTime(c.createdAt, lang)}</time>
        {c.tags.map((tag) => <span key={tag} class="lib-tag">#{tag}</span>)}
      </div>
    </div>
  );
}
