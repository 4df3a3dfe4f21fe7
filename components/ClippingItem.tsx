import type { Clipping } from '../lib/clippings/model';
import { t } from './i18n';
import { relativeTime } from './format';
import { sourceLink } from './open-source';
import { Highlighted } from './Highlighted';
import { clippingHref } from './route';

interface Props {
  clipping: Clipping;
  lang: string;
  query?: string;
  onDelete(id: string): void;
  /** Saved from this page, but the page no longer has it. */
  missing?: boolean;
}

/** One clipping: its words, where it came from and when; text only, never HTML. */
export function ClippingItem({ clipping, lang, query = '', onDelete, missing = false }: Props) {
  const short = clipping.text.length > 40 ? `${clipping.text.slice(0, 40)}…` : clipping.text;
  return (
    <li class={`clipping${missing ? ' clipping-missing' : ''}`} data-id={clipping.id}>
      {missing && <p class="clipping-missing-note">{t('notFoundOne')}</p>}
      <blockquote class="clipping-text" dir="auto"><Highlighted text={clipping.text} query={query} /></blockquote>
      {clipping.speaker && <p class="clipping-speaker">— {clipping.speaker}</p>}
      <div class="clipping-meta">
        <a class="clipping-source" {...sourceLink(clipping)} target="_blank" rel="noreferrer" title={clipping.title ?? clipping.url}>
          <span class="clipping-site" dir="auto">{clipping.site}</span>
          {clipping.title && <span class="clipping-title" dir="auto">{clipping.title}</span>}
        </a>
        <time class="clipping-when" dateTime={clipping.createdAt}>{t('savedAt', relativeTime(clipping.createdAt, lang))}</time>
        {clipping.tags.map((tag) => <span key={tag} class="clipping-tag">#{tag}</span>)}
        <a class="clipping-in-library" href={clippingHref(clipping.id)} target="_blank" rel="noreferrer">{t('inLibrary')}</a>
        <button type="button" class="clipping-delete" aria-label={t('deleteLabel', short)} onClick={() => onDelete(clipping.id)}>
          {t('delete')}
        </button>
      </div>
    </li>
  );
}
