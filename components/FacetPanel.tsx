import { useState } from 'preact/hooks';
import { searchFacet, type Facet, type Facets, type Filters } from '../lib/clippings/view';
import { t, type MessageKey } from './i18n';
import { DateFilter } from './DateFilter';

interface Props {
  facets: Facets;
  filters: Filters;
  onChange(next: Filters): void;
}

const GROUPS: Array<{ facet: keyof Facets; title: MessageKey }> = [
  { facet: 'person', title: 'facetPerson' },
  { facet: 'place', title: 'facetPlace' },
  { facet: 'org', title: 'facetOrg' },
  { facet: 'site', title: 'facetSite' },
  { facet: 'tag', title: 'facetTag' },
];

/** The top of each facet shown at first; «more» shows the rest, and a search finds one among them. */
export const FACET_TOP = 10;

/** Is a value chosen, and the filters with it toggled: people, places, orgs and tags combine (all must match); a site is one. */
function isOn(f: Filters, facet: keyof Facets, value: string): boolean {
  return facet === 'site' ? f.site === value : facet === 'tag' ? !!f.tags?.includes(value) : !!f.entities?.includes(value);
}
export function toggled(f: Filters, facet: keyof Facets, value: string): Filters {
  const flip = (list: string[] | undefined): string[] | undefined => {
    const next = list?.includes(value) ? list.filter((v) => v !== value) : [...(list ?? []), value];
    return next.length ? next : undefined;
  };
  if (facet === 'site') return { ...f, site: f.site === value ? undefined : value };
  if (facet === 'tag') return { ...f, tags: flip(f.tags) };
  return { ...f, entities: flip(f.entities) };
}

/** Filters with counts over what is shown; each value is a toggle button (aria-pressed). */
export function FacetPanel({ facets, filters, onChange }: Props) {
  const any = Object.entries(filters).some(([k, v]) => k !== 'dateOf' && (Array.isArray(v) ? v.length > 0 : Boolean(v)));
  return (
    <div class="facets">
      {any && <button type="button" class="facet-clear" onClick={() => onChange({})}>{t('clearFilters')}</button>}
      <DateFilter filters={filters} onChange={onChange} />
      {GROUPS.map(({ facet, title }) => facets[facet].length > 0 && (
        <FacetGroup key={facet} facet={facet} title={t(title)} values={facets[facet]} filters={filters} onChange={onChange} />
      ))}
    </div>
  );
}

function FacetGroup({ facet, title, values, filters, onChange }: { facet: keyof Facets; title: string; values: Facet[]; filters: Filters; onChange(next: Filters): void }) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const found = typed ? searchFacet(values, typed) : values;
  // The chosen ones stay in sight even when they are not in the top ten.
  const top = open || typed ? found : found.filter((f, i) => i < FACET_TOP || isOn(filters, facet, f.value));
  return (
    <fieldset class={`facet facet-${facet}`}>
      <legend>{title}</legend>
      {values.length > FACET_TOP && (
        <input type="search" class="facet-search" dir="auto" aria-label={t('facetSearch', title)} placeholder={t('facetSearch', title)} value={typed}
          onInput={(e) => setTyped(e.currentTarget.value)} />
      )}
      <ul>
        {top.map((f) => (
          <li key={f.value}>
            <button type="button" class="facet-value" aria-pressed={isOn(filters, facet, f.value)} data-value={f.value} onClick={() => onChange(toggled(filters, facet, f.value))}>
              <span class="facet-label" dir="auto">{f.label}</span> <span class="facet-count">{f.count}</span>
            </button>
          </li>
        ))}
      </ul>
      {!typed && values.length > FACET_TOP && (
        <button type="button" class="facet-more" aria-expanded={open} onClick={() => setOpen(!open)}>{open ? t('facetLess') : t('facetMore', values.length - FACET_TOP)}</button>
      )}
    </fieldset>
  );
}
