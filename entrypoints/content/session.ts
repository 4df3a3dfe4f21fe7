import type { ContentScriptContext } from '#imports';
import { KINDS, type Kind, type Span } from '../../lib/arabic/types';
import { detectSteps } from '../../lib/page/detect';
import { mightBeArabic } from '../../lib/page/gate';
import { runSliced } from '../../lib/page/slices';
import { finishArticle } from '../../lib/page/article';
import { referenceDate, type Analyzer, type PageAnalysis } from '../../lib/page/analysis';
import { paintSpans, paintSteps, type Painted } from '../../lib/page/paint';
import { TextMap } from '../../lib/page/textmap';
import { isBoilerplate } from '../../lib/page/boilerplate';
import { DEFAULT_SITE_SETTINGS, siteKey, type SiteSettings } from '../../lib/page/site-settings';
import { mergeChange } from '../../lib/page/incremental';
import { addsText, TEXT_ENOUGH, watchChanges, type ChangeWatch, type DomChange } from './observe';
import { retryOnce } from './retry';
import { analyzedPart, firstPartEnd } from '../../lib/page/caps';
import { mountControlPanel, type PanelHandle } from './control-panel';
import { installHoverCard, type HoverCardHandle } from './hover-card';
import { correctHighlight } from './corrections';
import type { DateFormatter } from '../../components/page/HoverCard';

export interface SessionDeps {
  analyze: Analyzer;
  getSettings(site: string): Promise<SiteSettings>;
  setSettings(site: string, settings: SiteSettings): Promise<void>;
  saveSpan(span: Span, analysis: PageAnalysis): void;
  format: DateFormatter;
}

export interface Session {
  current(): PageAnalysis | null;
  /**
   * Called after every paint (the first analysis, a re-analysis, a new article in a single-page
   * site) with the analysis, and with null when the reader turns the site off.
   */
  onAnalysis(listener: (analysis: PageAnalysis | null) => void): void;
  /** Keyboard: move to the next (1) or previous (-1) highlight and open its card (nothing before the first paint). */
  stepHighlight(direction: 1 | -1): void;
}

const yieldToPage = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

/** Re-tries of the decision while a page that passed the gate grows (a body that arrives late). */
const MAX_LATE_TRIES = 20;

/**
 * A page that keeps changing is analysed again at most every MIN_GAP_MS, and never more than a
 * GAP_FACTOR-th of the time (a re-analysis that took 2 s waits 10 s): one busy tab cannot keep the
 * background's worker to itself.
 */
const MIN_GAP_MS = 2000;
const GAP_FACTOR = 5;

/** A change to read in full (after a wait, what changed meanwhile is no longer known in detail). */
const ANY_CHANGE: DomChange = { text: TEXT_ENOUGH, removed: true, touches: () => true };

/**
 * One page's life: decide, extract, analyze (in the background), paint; then follow the page as it
 * changes (late body, appended content, single-page navigation) and clean up with the context.
 */
export function startSession(ctx: ContentScriptContext, deps: SessionDeps): Session {
  let analysis: PageAnalysis | null = null;
  const listeners = new Set<(a: PageAnalysis | null) => void>();
  let rangeOf = new Map<Span, Range>();
  let settings: SiteSettings | null = null;
  let panel: PanelHandle | null = null;
  let hoverInstalled = false;
  let hover: HoverCardHandle | null = null;
  let generation = 0;
  let lateTries = 0;
  let capped = false; // the body was beyond lib/page/caps.ts: the control says so
  let site = siteKey(location.href);
  /** Not before this time may the page be analysed again (see MIN_GAP_MS). */
  let nextAnalysisAt = 0;
  let deferred: number | undefined;
  /** An analysis is under way; `dirty`: the body changed meanwhile (read it once the gap has passed). */
  let analysing = false;
  let dirty = false;
  const analyze = retryOnce(deps.analyze, () => !ctx.isInvalid);
  const later = (wait: number): void => {
    deferred ??= ctx.setTimeout(() => { deferred = undefined; onDom(ANY_CHANGE).catch(fail); }, wait);
  };
  /** Analyse and note how long it took, for the gap before the next one. */
  const timed = async (text: string, ref: string): Promise<Span[]> => {
    const started = Date.now();
    analysing = true;
    try {
      return await analyze(text, ref);
    } finally {
      analysing = false;
      const gap = Math.max(MIN_GAP_MS, GAP_FACTOR * (Date.now() - started));
      nextAnalysisAt = Date.now() + gap;
      if (dirty) { dirty = false; later(gap); }
    }
  };

  const hidden = (): Set<Kind> => new Set(settings?.hidden ?? []);

  const paint = (spans: Span[], map: TextMap, base: PageAnalysis['article'], made?: Painted): void => {
    analysis?.painted.clear();
    const painted = made ?? paintSpans(spans, map, window, hidden());
    rangeOf = new Map();
    for (const list of painted.ranges.values()) for (const { span, range } of list) rangeOf.set(span, range);
    analysis = { article: { ...base, map }, spans, painted };
    for (const l of listeners) l(analysis);
  };

  /** Paint in batches (thousands of ranges on a long page); false when the run was replaced meanwhile. */
  const paintSliced = async (spans: Span[], article: PageAnalysis['article'], mine: number): Promise<boolean> => {
    if (mine !== generation || ctx.isInvalid) return false;
    const made = await runSliced(paintSteps(spans, article.map!, window, hidden()));
    if (mine !== generation || ctx.isInvalid) { made.clear(); return false; }
    paint(spans, article.map!, article, made);
    return true;
  };

  const panelProps = () => {
    const counts = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
    for (const s of analysis?.spans ?? []) counts[s.kind]++;
    return {
      counts,
      hidden: hidden(),
      off: settings?.off ?? false,
      capped,
      onToggle: (kind: Kind, visible: boolean) => {
        const next = new Set(hidden());
        if (visible) next.delete(kind); else next.add(kind);
        settings = { off: settings?.off ?? false, hidden: KINDS.filter((k) => next.has(k)) };
        analysis?.painted.setVisible(kind, visible);
        void deps.setSettings(site, settings).catch(() => undefined);
        panel?.update(panelProps());
      },
      onSiteOff: (off: boolean) => {
        settings = { off, hidden: settings?.hidden ?? [] };
        void deps.setSettings(site, settings).catch(() => undefined);
        if (off) {
          analysis?.painted.clear();
          analysis = null;
          hover?.close();
          for (const l of listeners) l(null);
          panel?.update(panelProps());
        }
        else void run();
      },
    };
  };

  const showPanel = async (): Promise<void> => {
    if (panel) panel.update(panelProps());
    else panel = await mountControlPanel(ctx, panelProps());
  };

  const installHover = async (): Promise<void> => {
    if (hoverInstalled) return;
    hoverInstalled = true;
    hover = await installHoverCard(ctx, () => (analysis?.article.map ? { map: analysis.article.map, spans: analysis.spans, rangeOf: (s) => rangeOf.get(s) ?? null, hidden: hidden(), undated: !analysis.article.published } : null),
      deps.format, (span) => { if (analysis) deps.saveSpan(span, analysis); },
      (span, kind) => {
        const a = analysis;
        if (!a?.article.map) return;
        correctHighlight(ctx, span, kind, a.spans, (spans) => {
          if (analysis?.article.map !== a.article.map) return; // the page moved on meanwhile
          paint(spans, a.article.map!, a.article);
          panel?.update(panelProps());
        });
      });
  };

  /** The whole pipeline, from the decision. Stale runs (the page moved on meanwhile) drop their result. */
  async function run(): Promise<void> {
    const mine = ++generation;
    analysis?.painted.clear();
    analysis = null;
    if (!mightBeArabic(document)) { panel?.remove(); panel = null; return; }
    startWatching(); // only pages that pass the gate are observed: the others pay for no observer
    // Asked now, not after extraction: the request also wakes a stopped worker while the page is read.
    const settingsAsked = settings ? Promise.resolve(settings) : deps.getSettings(site).catch(() => DEFAULT_SITE_SETTINGS);
    await yieldToPage(); // the module's own evaluation and the decision as two tasks
    if (mine !== generation) return;
    const detection = await runSliced(detectSteps(document)); // a huge DOM: many short tasks
    if (mine !== generation) return;
    if (!detection.isArticle) { panel?.remove(); panel = null; return; }
    await yieldToPage(); // decision and extraction as two tasks: no long task on a long page
    if (mine !== generation) return;
    const article = finishArticle(document, detection);
    if (!article.map) return;
    settings ??= await settingsAsked;
    if (mine !== generation) return;
    if (settings.off) { await showPanel(); return; }
    const part = analyzedPart(article.map.text);
    capped = part.capped;
    const ref = referenceDate(article.published);
    // A long body: its first screenful is analysed and painted first (lib/page/caps.ts), and the
    // whole is asked for before that paint, so the worker reads on while the page paints.
    const firstEnd = firstPartEnd(part.text);
    const first = firstEnd < part.text.length ? await timed(part.text.slice(0, firstEnd), ref) : null;
    if (mine !== generation || ctx.isInvalid) return;
    const whole = timed(part.text, ref);
    if (first) {
      whole.catch(() => undefined); // this run may be replaced before it is read
      if (!(await paintSliced(first, article, mine))) return;
    }
    if (!(await paintSliced(await whole, article, mine))) return;
    await showPanel();
    await installHover();
  }

  /**
   * The page changed: re-read the body; re-analyze only the paragraphs that changed, and not sooner
   * than the gap after the last analysis (changes meanwhile are read together once it has passed).
   */
  async function onDom(change: DomChange): Promise<void> {
    if (settings?.off) return;
    if (!analysis) {
      if (lateTries >= MAX_LATE_TRIES) { stopWatching(); return; } // a page that never became an article: stop paying for it
      if (addsText(change)) { lateTries++; await run(); }
      return;
    }
    const body = analysis.article.body;
    if (!body || !body.isConnected) { await run(); return; }
    if (!change.touches(body)) return;
    if (analysing) { dirty = true; return; }
    const wait = nextAnalysisAt - Date.now();
    if (wait > 0) { later(wait); return; }
    const old = analysis.article.map!;
    const map = TextMap.fromElement(body, isBoilerplate);
    if (map.text === old.text) { paint(analysis.spans, map, analysis.article); return; } // same words, new nodes: re-anchor
    const mine = ++generation;
    const base = analysis.article;
    const capping = analyzedPart(map.text);
    capped = capping.capped;
    const part = capping.capped ? null : mergeChange(old.text, map.text, analysis.spans);
    const spans = part
      ? [...part.kept, ...(await timed(map.text.slice(part.from, part.to), referenceDate(base.published))).map((s) => ({ ...s, start: s.start + part.from, end: s.end + part.from }))]
        .sort((a, b) => a.start - b.start || b.end - a.end)
      : await timed(capping.text, referenceDate(base.published));
    if (mine !== generation || ctx.isInvalid) return;
    paint(spans, map, base);
    panel?.update(panelProps());
  }

  const fail = (e: unknown): void => console.debug('[qusasat] analysis failed', e); // never throw into the page
  const onUrl = (): void => {
    site = siteKey(location.href);
    lateTries = 0;
    run().catch(fail);
  };
  let watching: ChangeWatch | null = null;
  function startWatching(): void {
    watching ??= watchChanges(ctx, (r) => { onDom(r).catch(fail); }, onUrl, undefined, undefined, () => analysis?.article.body ?? null);
  }
  function stopWatching(): void {
    watching?.stop();
    watching = null;
  }
  // A page the gate closed is only re-checked when a single-page site changes its URL.
  ctx.addEventListener(window, 'wxt:locationchange', () => { if (!watching) onUrl(); });
  ctx.onInvalidated(() => { analysis?.painted.clear(); analysis = null; });
  run().catch(fail);
  return {
    current: () => analysis,
    onAnalysis: (l) => void listeners.add(l),
    stepHighlight: (direction) => { hover?.step(direction).catch(fail); },
  };
}
