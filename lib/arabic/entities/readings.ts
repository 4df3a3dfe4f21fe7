/** Memoized clitic readings: the same words recur on a page, and every rule asks about them. */
import { cliticReadings, type CliticSplit } from '../tokenize';

const LIMIT = 100_000;
const memo = new Map<string, { readings: CliticSplit[]; stems: string[]; key: string }>();

function info(norm: string): { readings: CliticSplit[]; stems: string[]; key: string } {
  let v = memo.get(norm);
  if (!v) {
    const readings = cliticReadings(norm);
    v = { readings, stems: readings.map((r) => r.stem), key: readings[readings.length - 1]!.stem };
    if (memo.size >= LIMIT) memo.clear();
    memo.set(norm, v);
  }
  return v;
}

/** Every stem of a word (the bare word first). */
export function stemsOf(norm: string): readonly string[] {
  return info(norm).stems;
}

/** The word without all its proclitics: the same name matches with or without و/ب/ل. */
export function keyOf(norm: string): string {
  return info(norm).key;
}
