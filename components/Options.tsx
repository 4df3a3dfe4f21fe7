import { useEffect, useState } from 'preact/hooks';
import type { ClippingsDb } from '../lib/clippings/db';
import { CORNERS, HIGHLIGHT_KINDS, loadDisplayPrefs, PRESETS, saveDisplayPrefs, type Corner, type DisplayPrefs, type HighlightKind } from '../lib/clippings/prefs';
import type { SiteChoice } from '../lib/clippings/site-settings-db';
import { t, type MessageKey } from './i18n';
import { CorrectionsList } from './CorrectionsList';
import { BackupSection } from './BackupSection';
import type { BackupIo } from './backup-run';
import './views.css';

export interface Shortcut { name: string; description: string; shortcut: string }

interface Props {
  db: ClippingsDb;
  sites: { list(): Promise<SiteChoice[]>; turnOn(site: string): Promise<void> };
  shortcuts(): Promise<Shortcut[]>;
  openShortcuts(): void;
  /** Tell open pages the colours changed (they repaint). */
  announce(): Promise<void>;
  libraryHref: string;
  /** The browser's downloads, for the reader's own backup. */
  backup: BackupIo;
}

const KIND_LABEL: Record<HighlightKind, MessageKey> = { person: 'kindPerson', place: 'kindPlace', org: 'kindOrg', date: 'kindDate', quote: 'kindQuote' };
const CORNER_LABEL: Record<Corner, MessageKey> = { 'bottom-left': 'cornerBottomLeft', 'bottom-right': 'cornerBottomRight', 'top-left': 'cornerTopLeft', 'top-right': 'cornerTopRight' };
const PRESET_LABEL: Record<keyof typeof PRESETS, MessageKey> = { classic: 'presetClassic', contrast: 'presetContrast', soft: 'presetSoft' };

/** The options page: highlight colours, the «ق» button, sites turned off, shortcuts, the reader's backup, and the way to the library. */
export function Options({ db, sites, shortcuts, openShortcuts, announce, libraryHref, backup }: Props) {
  const [prefs, setPrefs] = useState<DisplayPrefs | null>(null);
  const [siteList, setSiteList] = useState<SiteChoice[] | null>(null);
  const [keys, setKeys] = useState<Shortcut[]>([]);
  const [status, setStatus] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);

  useEffect(() => {
    void loadDisplayPrefs(db).then(setPrefs, (e: Error) => setStatus({ kind: 'error', text: t('loadError', e.message) }));
    void sites.list().then(setSiteList, () => setSiteList([]));
    void shortcuts().then(setKeys, () => setKeys([]));
  }, [db]);

  const save = async (next: DisplayPrefs): Promise<void> => {
    setPrefs(next);
    try {
      await saveDisplayPrefs(db, next);
      await announce().catch(() => undefined);
      setStatus({ kind: 'info', text: t('optSaved') });
    } catch (e) {
      setStatus({ kind: 'error', text: t('writeError', (e as Error).message) });
    }
  };
  const turnOn = async (site: string): Promise<void> => {
    await sites.turnOn(site);
    setSiteList(await sites.list());
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <div class="notice-slot" role="status" aria-live="polite">
        {status && <p class={`notice notice-${status.kind}`} role={status.kind === 'error' ? 'alert' : undefined}>{status.text}</p>}
      </div>
      {prefs && (
        <>
          <section class="opt-colors" aria-labelledby="opt-colors">
            <h2 id="opt-colors">{t('optColors')}</h2>
            <p class="opt-help">{t('optColorsHelp')}</p>
            <div class="opt-presets" role="group" aria-label={t('optPresets')}>
              {(Object.keys(PRESETS) as Array<keyof typeof PRESETS>).map((name) => (
                <button type="button" key={name} class={`opt-preset preset-${name}`} onClick={() => void save({ ...prefs, ...PRESETS[name] })}>{t(PRESET_LABEL[name])}</button>
              ))}
            </div>
            {(['light', 'dark'] as const).map((scheme) => (
              <fieldset key={scheme} class={`opt-palette opt-${scheme}`}>
                <legend>{t(scheme === 'light' ? 'optLightPages' : 'optDarkPages')}</legend>
                {HIGHLIGHT_KINDS.map((kind) => (
                  <label key={kind} class="opt-color">
                    <input type="color" class={`color-${scheme}-${kind}`} value={prefs[scheme][kind]}
                      onChange={(e) => void save({ ...prefs, [scheme]: { ...prefs[scheme], [kind]: e.currentTarget.value } })} />
                    {' '}{t(KIND_LABEL[kind])}
                  </label>
                ))}
                <p class="opt-sample" dir="rtl">
                  {HIGHLIGHT_KINDS.map((kind) => (
                    <span key={kind} style={{ backgroundColor: `${prefs[scheme][kind]}52`, textDecoration: `underline 1.5px ${prefs[scheme][kind]}` }}>{t(KIND_LABEL[kind])}</span>
                  ))}
                </p>
              </fieldset>
            ))}
          </section>
          <section class="opt-button" aria-labelledby="opt-button">
            <h2 id="opt-button">{t('optButton')}</h2>
            <label><input type="checkbox" class="opt-button-show" checked={prefs.button.show} onChange={(e) => void save({ ...prefs, button: { ...prefs.button, show: e.currentTarget.checked } })} /> {t('optButtonShow')}</label>
            <fieldset class="opt-corners">
              <legend>{t('optCorner')}</legend>
              {CORNERS.map((corner) => (
                <label key={corner}>
                  <input type="radio" name="corner" value={corner} checked={prefs.button.corner === corner} onChange={() => void save({ ...prefs, button: { ...prefs.button, corner } })} /> {t(CORNER_LABEL[corner])}
                </label>
              ))}
            </fieldset>
          </section>
        </>
      )}
      <section class="opt-sites" aria-labelledby="opt-sites">
        <h2 id="opt-sites">{t('optSites')}</h2>
        {siteList && siteList.length === 0 && <p>{t('optSitesNone')}</p>}
        <ul>
          {(siteList ?? []).map(({ site, settings }) => (
            <li key={site} class="opt-site">
              <span dir="ltr">{site}</span>
              {settings.hidden.length > 0 && <span class="opt-site-hidden"> — {t('optSiteHidden', settings.hidden.map((k) => t(KIND_LABEL[k])).join('، '))}</span>}
              {' '}<button type="button" class="opt-site-on" aria-label={t('optSiteOnLabel', site)} onClick={() => void turnOn(site)}>{t('optSiteOn')}</button>
            </li>
          ))}
        </ul>
      </section>
      <CorrectionsList db={db} />
      <section class="opt-shortcuts" aria-labelledby="opt-shortcuts">
        <h2 id="opt-shortcuts">{t('optShortcuts')}</h2>
        <ul>{keys.map((k) => <li key={k.name}><kbd dir="ltr">{k.shortcut || t('optShortcutUnset')}</kbd> {k.description}</li>)}</ul>
        <button type="button" class="opt-shortcuts-open" onClick={openShortcuts}>{t('optShortcutsOpen')}</button>
      </section>
      <BackupSection db={db} io={backup} />
      <section class="opt-library" aria-labelledby="opt-library">
        <h2 id="opt-library">{t('optLibrary')}</h2>
        <p>{t('optLibraryHelp')} <a href={libraryHref} target="_blank" rel="noreferrer">{t('optLibraryOpen')}</a></p>
      </section>
    </main>
  );
}
