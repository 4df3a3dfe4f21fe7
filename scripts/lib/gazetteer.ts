/**
 * Builds the gazetteer compiled into the model from ../shared/data/gazetteers:
 * AKhateeb/arabic-names (MIT) and world-cities-translations (Wikidata, CC BY 4.0).
 */
import { normalize } from '../../lib/arabic/normalize';
import { PLACES } from '../../lib/arabic/entities/lexicon';
import { dataFile } from '../bench/_util';

export interface GazetteerLists { first: string[]; last: string[]; place: string[] }

const words = (text: string): string[] => text.split(/\r?\n/).map((l) => normalize(l.replace(/^\uFEFF/, '').trim())).filter(Boolean);

// Administrative words the city list prefixes to some names ("ولاية قندهار").
const ADMIN = /^(ولايه|محافظه|مقاطعه|منطقه|مدينه|اقليم|بلديه)\s+/;

export function buildGazetteer(): GazetteerLists {
  const first = new Set([
    ...words(dataFile('gazetteers/akhateeb_arabic-names/male-first--names-in-arabic.txt')),
    ...words(dataFile('gazetteers/akhateeb_arabic-names/female-first-names-in-arabic.txt')),
  ]);
  const last = new Set(words(dataFile('gazetteers/akhateeb_arabic-names/last-names-in-arabic.txt')));
  const place = new Set<string>();
  for (const p of PLACES) if (!p.includes(' ')) place.add(p);
  for (const line of dataFile('gazetteers/world-cities-translations/world-cities.jsonl').split('\n')) {
    const l = line.replace(/^\uFEFF/, '').trim();
    if (!l) continue;
    const o = JSON.parse(l) as { CityNameAr?: string; CountryAr?: string };
    for (const name of [o.CityNameAr, o.CountryAr]) {
      if (!name) continue;
      const n = normalize(name).replace(ADMIN, '').trim();
      // Only one-word names: the model's gazetteer features look at single words.
      if (n && !/\s/.test(n) && /^[\u0621-\u064A]+$/.test(n) && n.length > 2) place.add(n);
    }
  }
  const sorted = (s: Set<string>): string[] => [...s].sort();
  return { first: sorted(first), last: sorted(last), place: sorted(place) };
}
