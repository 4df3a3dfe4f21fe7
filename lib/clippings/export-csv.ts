import type { Clipping } from './model';
import { entityNames } from './entities';

/** The date columns say their time zone: every date-time is written in UTC. */
export const CSV_COLUMNS = ['id', 'created (UTC)', 'updated (UTC)', 'site', 'url', 'title', 'byline', 'published (UTC)', 'kind', 'text', 'speaker', 'note', 'tags', 'people', 'places', 'organizations', 'dates'] as const;

/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Arabic), CRLF rows, RFC 4180
 * quoting. Lists are joined with "; ". Cells that a spreadsheet would run as a formula get a leading
 * apostrophe. Dates are ISO 8601 in UTC, "YYYY-MM-DD HH:MM:SS" (the form spreadsheets read as a
 * date-time); a date given without a time stays a day. One-way: import reads JSON only.
 */
export function toCsv(clippings: Clipping[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const c of clippings) {
    const cells: string[] = [
      c.id, utc(c.createdAt), utc(c.updatedAt), c.site, c.url, c.title ?? '', c.byline ?? '', utc(c.published ?? ''), c.kind, c.text,
      c.speaker ?? '', c.note, c.tags.join('; '), entityNames(c, 'person').join('; '), entityNames(c, 'place').join('; '),
      entityNames(c, 'org').join('; '), entityNames(c, 'date').join('; '),
    ];
    rows.push(cells.map(cell).join(','));
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/** A date-time in UTC as "YYYY-MM-DD HH:MM:SS"; a day alone, or text that is no date, as it is. */
export function utc(v: string): string {
  if (!v || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) return v;
  const t = Date.parse(v);
  return Number.isNaN(t) ? v : new Date(t).toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * A spreadsheet runs a cell that starts with = + - @ (or their full-width forms, or a tab or line
 * break) as a formula, also after spaces or invisible marks: such a cell gets a leading apostrophe.
 */
const FORMULA = /^[\s\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\t\r\n]/u;

function cell(value: string): string {
  const safe = FORMULA.test(value) ? `'${value}` : value;
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
