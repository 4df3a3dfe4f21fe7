import { useEffect, useMemo } from 'preact/hooks';
import type { ClippingsDb, ReviewRow } from '../lib/clippings/db';
import { stripDerived } from '../lib/clippings/derive';
import { indexedTagCounts, keepDaySet, todaysPicks, type DaySet } from '../lib/clippings/review-today';
import { aboutSubject, historyOf, ReviewLog, type Pick, type ReviewAction, type Subject } from '../lib/clippings/review';
import { ClippingStore } from '../lib/clippings/store';
import { tagCounts } from '../lib/clippings/tags';
import { entitiesOf, localDay } from '../lib/clippings/view';
import { t, tn } from './i18n';
import { ReviewCard } from './ReviewCard';
import { toHash } from './route';
import { useLive } from './useLive';
import './views.css';

interface Props {
  db: ClippingsDb;
  lang: string;
  /** "person:…", "tag:…", "site:…": review one subject, oldest first, instead of the day's set. */
  about?: string;
  now?: () => Date;
}

/** What the view shows, read in one live query. */
interface Shown { rows: ReviewRow[]; picks: Pick[]; total: number; label: string; knownTags?: Map<string, number>; fresh?: DaySet }

/** Which subject an `about` names. */
export function subjectOf(about: string): Subject {
  const i = about.indexOf(':');
  const kind = about.slice(0, i);
  const rest = about.slice(i + 1);
  return kind === 'tag' ? { kind: 'tag', tag: rest } : kind === 'site' ? { kind: 'site', site: rest } : { kind: 'entity', key: about };
}

/** The review tab: today's few clippings (or everything about one subject), each to keep, note, tag, open or archive. */
export function ReviewView({ db, lang, about, now = () => new Date() }: Props) {
  const store = useMemo(() => new ClippingStore(db, now), [db]);
  const log = useMemo(() => new ReviewLog(db, now), [db]);
  const fmtDate = useMemo(() => new Intl.DateTimeFormat(lang, { dateStyle: 'long' }), [lang]);
  const today = localDay(now().toISOString());
  // The day's set is chosen from the indexes once a day and kept (review-today.ts): only the few
  // cards are read whole.
  // A subject review reads every clipping (its entities decide), as the reader asked for all of them.
  const data = useLive(async (): Promise<Shown> => {
    if (about) {
      const rows = await db.reviews.toArray();
      const all = (await db.clippings.toArray()).map(stripDerived);
      const picks = aboutSubject(all, subjectOf(about)).map((clipping) => ({ clipping })) as Pick[];
      return { rows, picks, total: all.length, label: subjectLabel(about, all), knownTags: tagCounts(all) };
    }
    return { ...(await todaysPicks(db, today)), label: '' };
  }, [db, about, today]);
  const ready = !!data.value;
  const fresh = data.value?.fresh;
  useEffect(() => { if (fresh) void keepDaySet(db, fresh).catch(() => undefined); }, [fresh]);
  // The day's tag suggestions walk the whole tags index: read once the cards are there (beside
  // them, its cursor shared the database with the cards' reads).
  const dayTags = useLive(async () => (about || !ready ? null : indexedTagCounts(db)), [db, about, ready]);

  const rows = data.value?.rows;
  const history = useMemo(() => historyOf(rows ?? []), [rows]);
  const keptToday = useMemo(() => new Set((rows ?? []).filter((r) => r.action === 'keep' && localDay(r.at) === today).map((r) => r.clippingId)), [rows, today]);

  // For the benchmark: when the day's cards first reached the screen (npm run bench -- clippings).
  useEffect(() => { if (ready && !performance.getEntriesByName('qusasat-review-rendered').length) performance.mark('qusasat-review-rendered'); }, [ready]);

  if (data.error) return <p role="alert" class="popup-error">{t('loadError', data.error.message)}</p>;
  if (!data.value) return <p class="lib-count">{t('loading')}</p>;
  const { picks, total, label } = data.value;
  const knownTags = data.value.knownTags ?? dayTags.value ?? NO_TAGS;

  const act = async (id: string, action: ReviewAction, patch?: { note?: string; tags?: string[] }): Promise<void> => {
    if (patch) await store.update(id, patch);
    await log.record(id, action);
  };
  const done = !about && picks.length > 0 && picks.every((p) => keptToday.has(p.clipping.id));
  return (
    <section class="review" aria-labelledby="review-title">
      <header class="review-header">
        <h2 id="review-title" dir="auto">{about ? t('aboutEntity', label) : t('reviewTitle')}</h2>
        <p class="review-intro">{about ? t('subjectIntro', tn('clippings', picks.length)) : picks.length ? t('reviewIntro', tn('clippings', picks.length)) : ''}</p>
        {about && <a class="review-back" href={toHash({ view: 'review' })}>{t('subjectBack')}</a>}
      </header>
      {total === 0 || picks.length === 0 ? <p class="review-empty">{about || total === 0 ? t('reviewEmpty') : t('reviewDone')}</p> : null}
      {done && <p class="review-done" role="status">{t('reviewDone')}</p>}
      {picks.map((p) => (
        <ReviewCard key={`${p.clipping.id}:${p.clipping.updatedAt}`} clipping={p.clipping} reason={p.reason} archived={!!history.get(p.clipping.id)?.archived}
          kept={keptToday.has(p.clipping.id)} knownTags={knownTags} fmtDate={fmtDate} onAct={(action, patch) => act(p.clipping.id, action, patch)} />
      ))}
    </section>
  );
}

const NO_TAGS = new Map<string, number>();

/** The spelling to show for a subject: an entity's first spelling seen, else the tag or site itself. */
function subjectLabel(about: string, all: ReturnType<typeof stripDerived>[]): string {
  const s = subjectOf(about);
  if (s.kind === 'tag') return `#${s.tag}`;
  if (s.kind === 'site') return s.site;
  for (const c of all) for (const e of entitiesOf(c)) if (e.key === s.key) return e.label;
  return about.slice(about.indexOf(':') + 1);
}
