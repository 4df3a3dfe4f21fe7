import { useMemo, useState } from 'preact/hooks';
import { parseTags, suggestTags, typedTag } from '../lib/clippings/tags';
import { t } from './i18n';

interface Props {
  value: string;
  onInput(value: string): void;
  /** Tags in the library and how often each is used. */
  known: ReadonlyMap<string, number>;
  class?: string;
  /** Leaving the field (the editor stores what was typed). */
  onBlur?(): void;
}

/** A comma-separated tags field that suggests known tags as one is typed (click, or ↓ and Enter). */
export function TagInput({ value, onInput, known, class: cls = 'tag-input', onBlur }: Props) {
  const [focus, setFocus] = useState(-1);
  const typed = typedTag(value);
  const chosen = parseTags(value);
  const suggestions = useMemo(() => (typed ? suggestTags(known, typed, chosen) : []), [known, value]);
  const take = (tag: string): void => {
    const done = chosen.slice(0, typed ? -1 : undefined);
    onInput(`${[...done, tag].join('، ')}، `);
    setFocus(-1);
  };
  return (
    <div class="tag-field">
      <input class={cls} dir="auto" value={value} autoComplete="off" aria-autocomplete="list" onBlur={onBlur}
        onInput={(e) => { onInput(e.currentTarget.value); setFocus(-1); }}
        onKeyDown={(e) => {
          if (!suggestions.length) return;
          if (e.key === 'ArrowDown') { e.preventDefault(); setFocus((i) => Math.min(suggestions.length - 1, i + 1)); }
          else if (e.key === 'ArrowUp') { e.preventDefault(); setFocus((i) => Math.max(0, i - 1)); }
          else if (e.key === 'Enter' && focus >= 0) { e.preventDefault(); take(suggestions[focus]!); }
        }} />
      {suggestions.length > 0 && (
        <ul class="tag-suggestions" aria-label={t('tagSuggestions')}>
          {suggestions.map((s, i) => (
            <li key={s}><button type="button" class={`tag-suggestion${i === focus ? ' is-focus' : ''}`} dir="auto" onClick={() => take(s)}>#{s}</button></li>
          ))}
        </ul>
      )}
    </div>
  );
}
