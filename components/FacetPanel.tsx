import type { Facet, Facets, Filters } from '../lib/clippings/view';
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

/** Which filter field a facet sets: people, places and organizations share the entity filter. */
function field(facet: keyof Facets): 'entity' | 'site' | 'tag' {
  return facet === 'site' ? 'site' : facet === 'tag' ? 'tag' : 'entity';
}

/** Filters with counts over what is shown; each value is a toggle button (aria-pressed). */
export function FacetPanel({ facets, filters, onChange }: Props) {
  const toggle = (facet: keyof Facets, f: Facet): void => {
    const k = field(facet);
    onChange({ ...filters, [k]: filters[k] === f.value ? undefined : f.value });
  };
  const any = Object.entries(filters).some(([k, v]) => k !== 'dateOf' && v);
  return (
    <div class="facets">
      {any && <button type="button" class="facet-clear" onClick={() => onChange({})}>{t('clearFilters')}</button>}
      <DateFilter filters={filters} onChange={onChange} />
      {GROUPS.map(({ facet, title }) => facets[facet].length > 0 && (
        <fieldset key={facet} class={`facet facet-${facet}`}>
          <legend>{t(title)}</legend>
          <ul>
            {facets[facet].map((f) => {
              const on = filters[field(facet)] === f.value;
              return (
                <li key={f.value}>
                  <button type="button" class="facet-value" aria-pressed={on} data-value={f.value} onClick={() => toggle(facet, f)}>
                    <span class="facet-label" dir="auto">{f.label}</span> <span class="facet-count">{f.count}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
    </div>
  );
}
