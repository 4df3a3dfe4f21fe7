import { parseExport, type ParseResult } from './export-json';

/** How much of a file is read to decide whether it can be an export at all. */
export const SNIFF_BYTES = 64 * 1024;

/** The part of a file that is read; a File or Blob has it. */
export interface Sliceable {
  size: number;
  slice(start?: number, end?: number): { text(): Promise<string> };
}

/**
 * Read an import file: its first 64 KiB first, and the rest only if that start is an export's
 * (a JSON object naming `version` or `clippings`, as every export this extension writes begins).
 * A 50 MB video or log is refused after one small read, never loaded whole into the page's memory.
 */
export async function readExportFile(file: Sliceable): Promise<ParseResult> {
  const head = await file.slice(0, SNIFF_BYTES).text();
  if (!looksLikeExport(head)) return { ok: false, problem: { code: 'not-export' } };
  return parseExport(file.size <= SNIFF_BYTES ? head : await file.slice(0).text());
}

/** The start of a file (any length) could be an export's. */
export function looksLikeExport(head: string): boolean {
  return /^\uFEFF?\s*\{/.test(head) && /"(?:version|clippings)"\s*:/.test(head);
}
