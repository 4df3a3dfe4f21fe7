import { dedupeKey, type Clipping } from './model';
import { entityKey, pageOf } from './keys';
import { entityName } from './entities';

/** Fields the database keeps beside a clipping for its indexes; recomputed, never exported. */
export interface Derived {
  dedupe: string;
  page: string;
  entityKeys: string[];
}

export function derive(c: Clipping): Derived {
  const entityKeys = new Set<string>();
  for (const s of c.entities) {
    if (s.kind === 'person' || s.kind === 'place' || s.kind === 'org') entityKeys.add(`${s.kind}:${entityKey(entityName(c, s))}`);
  }
  if (c.speaker) entityKeys.add(`person:${entityKey(c.speaker)}`);
  return { dedupe: dedupeKey(c), page: pageOf(c.url), entityKeys: [...entityKeys] };
}

/** The clipping alone, exactly as it was given (derived fields and nothing else removed). */
export function stripDerived(row: Clipping & Partial<Derived>): Clipping {
  const { dedupe: _d, page: _p, entityKeys: _e, ...clipping } = row;
  return clipping;
}
