import { useState } from 'preact/hooks';
import type { Clipping } from '../lib/clippings/model';
import type { Reason, ReviewAction } from '../lib/clippings/review';
import { pageOf } from '../lib/clippings/keys';
import { parseTags } from '../lib/clippings/tags';
import { entitiesOf } from '../lib/clippings/view';
import { safeHref } from './format';
import { t, type MessageKey } from './i18n';
import { toHash } from './route';
import { TagInput } from './TagInput';

interface Props {
  clipping: Clipping;
  reason?: Reason;
  archived: boolean;
  kept: boolean;
  knownTags: ReadonlyMap<string, number>;
  fmtDate: Intl.DateTimeFormat;
  onAct(action: ReviewAction, patch?: { note?: string; tags?: string[] }): Promise<void>;
}

const REASON: Record<Reason, MessageKey> = { 'month-ago': 'reasonMonth', 'year-ago': 'reasonYear', random: 'reasonRandom' };

/** One clipping come back: read it, then keep it, note it, tag it, open its source, or archive it. */
export function ReviewCard({ clipping: c, reason, archived, kept, knownTags, fmtDate, onAct }: Props) {
  const [note, setNote] = useState(c.note);
  const [tags, setTags] = useState(c.tags.join('، '));
  const tagsChanged = parseTags(tags).join('\u0000') !== c.tags.join('\u0000');
  return (
    <article class={`review-card${archived ? ' is-archived' : ''}`} data-id={c.id}>
      {reason && <p class={`review-reason reason-${reason}`}>{t(REASON[reason])}</p>}
      <blockquote class="review-text" dir="auto">{c.text}</blockquote>
      {c.speaker && <p class="clipping-speaker" dir="auto">— {c.speaker}</p>}
      <p class="review-source">
        <span class="review-title" dir="auto">{c.title ?? c.url}</span> · <span dir="auto">{c.site}</span> · <time dateTime={c.createdAt}>{fmtDate.format(new Date(c.createdAt))}</time>
      </p>
      {entitiesOf(c).length > 0 && (
        <p class="review-entities">
          {entitiesOf(c).map((e) => (
            <a key={e.key} class={`entity entity-${e.key.slice(0, e.key.indexOf(':'))}`} dir="auto" title={t('reviewSubject', e.label)}
              href={toHash({ view: 'review', about: e.key })}>{e.label}</a>
          ))}
        </p>
      )}
      <label class="editor-field">{t('note')}
        <textarea class="review-note" dir="auto" rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      {note !== c.note && <button type="button" class="review-save-note" onClick={() => void onAct('note', { note })}>{t('saveNote')}</button>}
      <label class="editor-field">{t('tags')}
        <TagInput value={tags} onInput={setTags} known={knownTags} class="review-tags" />
      </label>
      {tagsChanged && <button type="button" class="review-save-tags" onClick={() => void onAct('tag', { tags: parseTags(tags) })}>{t('saveTags')}</button>}
      <div class="review-actions">
        {archived
          ? <><span class="review-archived">{t('reviewArchived')}</span> <button type="button" class="review-unarchive" onClick={() => void onAct('unarchive')}>{t('reviewUnarchive')}</button></>
          : <>
              <button type="button" class="review-keep" aria-pressed={kept} onClick={() => void onAct('keep')}>{kept ? t('reviewKept') : t('reviewKeep')}</button>
              <button type="button" class="review-archive" onClick={() => void onAct('archive')}>{t('reviewArchive')}</button>
            </>}
        <a class="review-open" href={safeHref(c.url)} target="_blank" rel="noreferrer" onClick={() => void onAct('open')}>{t('openSource')}</a>
        <a class="review-article" href={toHash({ view: 'article', page: pageOf(c.url), clipping: c.id })}>{t('byArticle')}</a>
        <a class="review-in-library" href={toHash({ view: 'library', query: '', filters: {}, clipping: c.id })}>{t('inLibrary')}</a>
      </div>
    </article>
  );
}

