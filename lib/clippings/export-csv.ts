import type { Clipping } from './model';
import { entityNames } from './entities';

export const CSV_COLUMNS = ['id', 'createdAt', 'updatedAt', 'site', 'url', 'title', 'byline', 'published', 'kind', 'text', 'speaker', 'note', 'tags', 'people', 'places', 'organizations', 'dates'] as const;

/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Arabic), CRLF rows, RFC 4180
 * quoting. Lists are joined with "; ". Cells that a spreadsheet would run as a formula get a leading
 * apostrophe. One-way: import reads JSON only.
 */
export function toCsv(clippings: Clipping[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const c of clippings) {
    const cells: string[] = [
      c.id, c.createdAt, c.updatedAt, c.site, c.url, c.title ?? '', c.byline ?? '', c.published ?? '', c.kind, c.text,
      c.speaker ?? '', c.note, c.tags.join('; '), entityNames(c, 'person').join('; '), entityNames(c, 'place').join('; '),
      entityNames(c, 'org').join('; '), entityNames(c, 'date').join('; '),
    ];
    rows.push(cells.map(cell).join(','));
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Parse CSV text (RFC 4180) into rows; used by the tests to check the export reads back. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; } else if (ch === '\r' && s[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; } else field += ch;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}
