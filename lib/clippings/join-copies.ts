import type { Clipping } from './model';
import { cleanTags } from './tags';

/**
 * A trashed clipping coming back onto a live copy of the same passage (saved again after the
 * delete): the live copy stays, keeping its id, and takes what the reader wrote on the trashed one,
 * so neither note nor tag is lost. Notes that differ are both kept, the live one first.
 */
export function joinCopies(live: Clipping, trashed: Clipping, at: string): Clipping {
  const a = live.note.trim();
  const b = trashed.note.trim();
  const note = !b || a === b ? live.note : !a ? trashed.note : `${live.note}\n\n${trashed.note}`;
  const tags = cleanTags([...live.tags, ...trashed.tags]);
  const same = note === live.note && tags.length === live.tags.length && tags.every((t, i) => t === live.tags[i]);
  return same ? live : { ...live, note, tags, updatedAt: at };
}
