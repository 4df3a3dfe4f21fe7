import { useState } from 'preact/hooks';
import type { Clipping } from '../lib/clippings/model';
import type { ClippingPatch } from '../lib/clippings/store';
import { entitiesOf } from '../lib/clippings/view';
import { Highlighted } from './Highlighted';
import { sourceLink } from './open-source';
import { t } from './i18n';

interface Props {
  clipping: Clipping;
  query: string;
  onSave(patch: ClippingPatch): Promise<boolean>;
  onDelete(): void;
  /** "Everything I saved about X": filter the library by this entity key. */
  onEntity(key: string, label: string): void;
}

/** Tags typed as "a, b، c": Latin and Arabic commas both separate. */
export function parseTags(s: string): string[] {
  return s.split(/[,،]/).map((x) => x.trim()).filter(Boolean);
}

/** One clipping in full, with its note and tags editable. Render the key on clipping.id to reset. */
export function ClippingEditor({ clipping, query, onSave, onDelete, onEntity }: Props) {
  const [note, setNote] = useState(clipping.note);
  const [tags, setTags] = useState(clipping.tags.join('، '));
  const dirty = note !== clipping.note || parseTags(tags).join('\u0000') !== clipping.tags.join('\u0000');
  return (
    <form class="editor" onSubmit={(e) => { e.preventDefault(); void onSave({ note, tags: parseTags(tags) }); }}>
      <blockquote class="editor-text" dir="auto"><Highlighted text={clipping.text} query={query} /></blockquote>
      {clipping.speaker && <p class="clipping-speaker">— {clipping.speaker}</p>}
      <p class="editor-source">
        <a {...sourceLink(clipping)} target="_blank" rel="noreferrer">{clipping.title ?? clipping.url}</a>
        {' · '}<span>{clipping.site}</span>
      </p>
      {entitiesOf(clipping).length > 0 && (
        <div class="editor-entities" aria-label={t('entitiesLabel')} role="group">
          {entitiesOf(clipping).map((e) => (
            <button type="button" key={e.key} class={`entity entity-${e.key.slice(0, e.key.indexOf(':'))}`} title={t('aboutEntity', e.label)} onClick={() => onEntity(e.key, e.label)}>
              {e.label}
            </button>
          ))}
        </div>
      )}
      <label class="editor-field">{t('note')}
        <textarea class="editor-note" dir="auto" rows={4} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <label class="editor-field">{t('tags')}
        <input class="editor-tags" dir="auto" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      </label>
      <div class="editor-actions">
        <button type="submit" class="editor-save" disabled={!dirty}>{t('saveEdit')}</button>
        <button type="button" class="editor-delete" onClick={onDelete}>{t('delete')}</button>
      </div>
    </form>
  );
}
