import { useEffect, useMemo } from 'preact/hooks';
import type { ClippingsDb } from '../lib/clippings/db';
import { stripDerived } from '../lib/clippings/derive';
import type { Clipping } from '../lib/clippings/model';
import { entitiesOf } from '../lib/clippings/view';
import { safeHref } from './format';
import { t, tn, type MessageKey } from './i18n';
import { toHash } from './route';
import { useLive } from './useLive';
import './views.css';

interface Props {
  db: ClippingsDb;
  /** The article's URL without its fragment (the database's `page` key). */
  page: string;
  /** The clipping the reader came from: marked and scrolled to. */
  clipping?: string;
  lang: string;
}

/** Reading order: by place in the article body; clippings from outside the body last, oldest first. */
export function inReadingOrder(cs: readonly Clipping[]): Clipping[] {
  return [...cs].sort((a, b) => {
    if (a.position && b.position) return a.position.start - b.position.start || a.position.end - b.position.end;
    if (a.position || b.position) return a.position ? -1 : 1;
    return a.createdAt < b.createdAt ? -1 : 1;
  });
}

const KINDS: Array<{ kind: 'person' | 'place' | 'org'; title: MessageKey }> = [
  { kind: 'person', title: 'facetPerson' }, { kind: 'place', title: 'facetPlace' }, { kind: 'org', title: 'facetOrg' },
];

/** One article with all its clippings in reading order: its title, site, date, and the names in them. */
export function ArticleView({ db, page, clipping, lang }: Props) {
  const live = useLive(async () => (await db.clippings.where('page').equals(page).toArray()).map(stripDerived), [db, page]);
  const list = useMemo(() => inReadingOrder(live.value ?? []), [live.value]);
  const names = useMemo(() => {
    const byKind = { person: new Map<string, string>(), place: new Map<string, string>(), org: new Map<string, string>() };
    for (const c of list) for (const e of entitiesOf(c)) {
      const kind = e.key.slice(0, e.key.indexOf(':')) as keyof typeof byKind;
      if (!byKind[kind].has(e.key)) byKind[kind].set(e.key, e.label);
    }
    return byKind;
  }, [list]);
  useEffect(() => {
    if (clipping) document.querySelector(`.article-clip[data-id="${CSS.escape(clipping)}"]`)?.scrollIntoView({ block: 'center' });
  }, [clipping, list.length]);

  if (live.error) return <p role="alert" class="popup-error">{t('loadError', live.error.message)}</p>;
  if (!live.value) return <p class="lib-count">{t('loading')}</p>;
  if (list.length === 0) return <p class="article-none">{t('articleNone')}</p>;
  const head = list.find((c) => c.title) ?? list[0]!;
  const published = list.find((c) => c.published)?.published;
  const byline = list.find((c) => c.byline)?.byline;
  return (
    <article class="article-view" aria-labelledby="article-title">
      <header class="article-header">
        <h2 id="article-title" dir="auto"><a href={safeHref(head.url)} target="_blank" rel="noreferrer">{head.title ?? head.url}</a></h2>
        <p class="article-meta">
          <span dir="auto">{head.site}</span>
          {byline && <> · <span dir="auto">{byline}</span></>}
          {published && <> · <time dateTime={published}>{t('articlePublished', formatDay(published, lang))}</time></>}
          {' · '}<span class="article-count">{t('articleSavedFrom', tn('clippings', list.length))}</span>
        </p>
        {KINDS.some(({ kind }) => names[kind].size > 0) && (
          <section class="article-names" aria-label={t('articleNames')}>
            {KINDS.filter(({ kind }) => names[kind].size > 0).map(({ kind, title }) => (
              <p key={kind} class={`article-names-${kind}`}>
                <strong>{t(title)}:</strong>{' '}
                {[...names[kind]].map(([key, label]) => (
                  <a key={key} class={`entity entity-${kind}`} dir="auto" href={toHash({ view: 'library', query: '', filters: { entities: [key] } })}>{label}</a>
                ))}
              </p>
            ))}
          </section>
        )}
      </header>
      <ol class="article-clips">
        {list.map((c) => (
          <li key={c.id} class={`article-clip${c.id === clipping ? ' is-current' : ''}`} data-id={c.id}>
            <blockquote dir="auto">{c.text}</blockquote>
            {c.speaker && <p class="clipping-speaker" dir="auto">— {c.speaker}</p>}
            {c.note && <p class="article-note" dir="auto">{c.note}</p>}
            <p class="article-clip-meta">
              {c.tags.map((tag) => <span key={tag} class="lib-tag" dir="auto">#{tag} </span>)}
              <a href={toHash({ view: 'library', query: '', filters: {}, clipping: c.id })}>{t('inLibrary')}</a>
            </p>
          </li>
        ))}
      </ol>
    </article>
  );
}

/** A publication date at its own grain ("2023", "2023-03", "2023-03-14…") in the UI language. */
function formatDay(iso: string, lang: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const date = new Date(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1);
  const opts: Intl.DateTimeFormatOptions = d ? { dateStyle: 'long' } : mo ? { year: 'numeric', month: 'long' } : { year: 'numeric' };
  return new Intl.DateTimeFormat(lang, opts).format(date);
}
