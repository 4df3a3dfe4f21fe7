/**
 * The reader's corrections of highlights: «this is not a name», «this is a place, not a person». One
 * row per name, keyed by its spelling-insensitive key (entityKey), applied to every later analysis.
 */
import type { Span } from '../arabic/types';
import type { ClippingsDb, CorrectionRow } from './db';
import { entityKey } from './keys';

export type CorrectedKind = CorrectionRow['kind'];
const ENTITY_KINDS = new Set(['person', 'place', 'org']);

export const isCorrectedKind = (v: unknown): v is CorrectedKind => v === 'person' || v === 'place' || v === 'org' || v === 'none';

/** Keep (or replace) the correction of the name written `text`. */
export async function setCorrection(db: ClippingsDb, text: string, kind: CorrectedKind, now = new Date()): Promise<CorrectionRow> {
  const row: CorrectionRow = { key: entityKey(text), text: text.trim(), kind, at: now.toISOString() };
  await db.corrections.put(row);
  return row;
}

/** Every correction, newest first (the library's settings list them, each undoable). */
export async function listCorrections(db: ClippingsDb): Promise<CorrectionRow[]> {
  return (await db.corrections.toArray()).sort((a, b) => b.at.localeCompare(a.at));
}

/** Undo a correction: the name is highlighted as the analyzer sees it again. */
export async function removeCorrection(db: ClippingsDb, key: string): Promise<void> {
  await db.corrections.delete(key);
}

/**
 * Spans with the reader's corrections applied: a name corrected to 'none' is dropped, one corrected
 * to another kind takes it. Dates and quotes are never touched.
 */
export function applyCorrections(spans: Span[], corrections: ReadonlyMap<string, CorrectedKind>): Span[] {
  if (!corrections.size) return spans;
  const out: Span[] = [];
  for (const s of spans) {
    const kind = ENTITY_KINDS.has(s.kind) ? corrections.get(entityKey(s.text)) : undefined;
    if (kind === undefined) out.push(s);
    else if (kind !== 'none') out.push(kind === s.kind ? s : { ...s, kind });
  }
  return out;
}

/** The corrections as the analysis applies them (key → kind). */
export async function correctionMap(db: ClippingsDb): Promise<Map<string, CorrectedKind>> {
  return new Map((await db.corrections.toArray()).map((r) => [r.key, r.kind]));
}
