import { useEffect, useRef, useState } from 'preact/hooks';
import type { Clipping } from '../lib/clippings/model';
import type { ClippingPatch } from '../lib/clippings/store';
import { entitiesOf } from '../lib/clippings/view';
import { Highlighted } from './Highlighted';
import { t, type MessageKey } from './i18n';
import { sourceLink } from './open-source';
import { cleanTags, parseTags } from '../lib/clippings/tags';
import { TagInput } from './TagInput';

interface Props {
  clipping: Clipping;
  query: string;
  /** Store the patch; the clipping as stored, or null when the write failed (the caller says why). */
  onSave(patch: ClippingPatch): Promise<Clipping | null>;
  onDelete(): void;
  /** "Everything I saved about X": filter the library by this entity key. */
  onEntity(key: string, label: string): void;
  /** Tags in the library with their use, to suggest while one is typed. */
  knownTags?: ReadonlyMap<string, number>;
}

const NO_TAGS: ReadonlyMap<string, number> = new Map();

/** Typing pause after which a note or tags are stored. */
export const AUTOSAVE_MS = 400;

interface Values { note: string; tags: string[] }
const same = (a: Values, b: Values): boolean => a.note === b.note && a.tags.join('\u0000') === b.tags.join('\u0000');
type Status = 'idle' | 'saving' | 'saved' | 'error' | 'remote' | 'kept';
const STATUS: Record<Exclude<Status, 'idle'>, MessageKey> = { saving: 'noteSaving', saved: 'noteSaved', error: 'noteNotSaved', remote: 'noteChangedElsewhere', kept: 'noteKeptOverElsewhere' };

/**
 * One clipping in full, its note and tags saved as the reader types (after a short pause), when a
 * field is left, and when the clipping is left (another one picked, the tab closed): nothing typed
 * is dropped. An edit of the same clipping in another tab shows here with a word, unless the reader
 * is typing here, in which case the later edit (this one) is kept. Key it on clipping.id.
 */
export function ClippingEditor({ clipping, query, onSave, onDelete, onEntity, knownTags = NO_TAGS }: Props) {
  const [note, setNote] = useState(clipping.note);
  const [tags, setTags] = useState(clipping.tags.join('، '));
  const [status, setStatus] = useState<Status>('idle');
  const typed = useRef({ note: clipping.note, tags: clipping.tags.join('، ') });
  /** What the database holds, as far as this editor knows. */
  const stored = useRef<Values>({ note: clipping.note, tags: clipping.tags });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const mounted = useRef(true);
  const save = useRef(onSave);
  save.current = onSave;

  const current = (): Values => ({ note: typed.current.note, tags: cleanTags(parseTags(typed.current.tags)) });
  const flush = (): void => {
    if (timer.current !== null) { clearTimeout(timer.current); timer.current = null; }
    const next = current();
    if (same(next, stored.current)) return;
    const before = stored.current;
    stored.current = next;
    if (mounted.current) setStatus('saving');
    void save.current({ note: next.note, tags: next.tags }).then((r) => {
      if (!r && same(stored.current, next)) stored.current = before; // not stored: a later flush tries again
      if (mounted.current) setStatus(r ? 'saved' : 'error');
    });
  };
  const edit = (field: 'note' | 'tags', value: string): void => {
    typed.current = { ...typed.current, [field]: value };
    if (field === 'note') setNote(value);
    else setTags(value);
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(flush, AUTOSAVE_MS);
  };

  // Leaving the clipping (another picked, the library closed) stores what was typed.
  useEffect(() => {
    mounted.current = true;
    const onHide = (): void => flush();
    addEventListener('pagehide', onHide);
    const onVisibility = (): void => { if (document.visibilityState === 'hidden') flush(); };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
      mounted.current = false;
    };
  }, []);

  // The stored clipping changed: our own save coming back, or an edit in another tab.
  useEffect(() => {
    const incoming: Values = { note: clipping.note, tags: clipping.tags };
    if (same(incoming, stored.current)) return;
    stored.current = incoming;
    if (same(incoming, current())) return;
    if (timer.current !== null) { setStatus('kept'); return; } // typing here is the later edit: it will be stored
    typed.current = { note: incoming.note, tags: incoming.tags.join('، ') };
    setNote(incoming.note);
    setTags(typed.current.tags);
    setStatus('remote');
  }, [clipping.updatedAt, clipping.note, clipping.tags.join('\u0000')]);

  return (
    <form class="editor" onSubmit={(e) => { e.preventDefault(); flush(); }}>
      <blockquote class="editor-text" dir="auto"><Highlighted text={clipping.text} query={query} /></blockquote>
      {clipping.speaker && <p class="clipping-speaker">— {clipping.speaker}</p>}
      <p class="editor-source">
        <a {...sourceLink(clipping)} target="_blank" rel="noreferrer" dir="auto">{clipping.title ?? clipping.url}</a>
        {' · '}<span dir="auto">{clipping.site}</span>
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
        <textarea class="editor-note" dir="auto" rows={4} value={note} onInput={(e) => edit('note', e.currentTarget.value)} onBlur={flush} />
      </label>
      <label class="editor-field">{t('tags')}
        <TagInput class="editor-tags" value={tags} onInput={(v) => edit('tags', v)} onBlur={flush} known={knownTags} />
      </label>
      <p class={`editor-status editor-status-${status}`} role="status" aria-live="polite">{status === 'idle' ? '' : t(STATUS[status])}</p>
      <div class="editor-actions">
        <button type="submit" class="editor-save">{t('saveEdit')}</button>
        <button type="button" class="editor-delete" onClick={onDelete}>{t('delete')}</button>
      </div>
    </form>
  );
}
