/**
 * npm run eval:dates [-- --verbose]: the date analyzer against Recognizers-Text's Arabic cases,
 * dateparser's Arabic tests and the project's own annotated news cases (tests/dates/cases.ts, heldout*.ts),
 * beside chrono-node's Arabic parser on the same texts with the same scoring.
 *
 * Scoring (printed with the figures):
 *  - found: an expected date overlaps a span the parser returned;
 *  - right: that span's value equals the expected value AT THE SAME GRAIN: every value is turned into
 *    the interval of days it covers ("2016-11" = 2016-11-01/2016-12-01, a day = [d, d+1)), or into a
 *    minute for day-with-time values. A day never counts for a month, a month never for a day.
 *    Where the source gives a past and a future reading (undated "2 أكتوبر"), either counts; a range's
 *    end may be inclusive or exclusive;
 *  - precision: share of returned spans that overlap an expected expression of the case.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { DATA } from './bench/_util';
import { recognizeDates } from '../lib/arabic/dates/recognize';
import { canon, dayAfter } from '../lib/arabic/dates/grain';
import { DATE_CASES, REF, type DateCase } from '../tests/dates/cases';
import { HELDOUT5_CASES, HELDOUT5_REF } from '../tests/dates/heldout-5';
import { HELDOUT6_CASES, HELDOUT6_REF } from '../tests/dates/heldout-6';
import { HELDOUT7_CASES, HELDOUT7_REF } from '../tests/dates/heldout-7';
import { HELDOUT2_CASES, HELDOUT2_REF, HELDOUT3_CASES, HELDOUT3_REF, HELDOUT4_CASES, HELDOUT4_REF, HELDOUT_CASES, HELDOUT_REF } from '../tests/dates/heldout';

process.env.TZ = 'UTC'; // chrono computes in local time: make local = UTC so its days are calendar days
const verbose = process.argv.includes('--verbose');

interface Expected { start: number; end: number; values: string[] | null }
interface Case { text: string; ref: string; expected: Expected[]; /** other annotated spans: not false positives */ other: Array<[number, number]> }
interface Got { start: number; end: number; value: string }
type Parser = (text: string, ref: string) => Got[];

// ---------- values at their grain: lib/arabic/dates/grain.ts ----------

// ---------- sources ----------
function readJson<T>(rel: string): T {
  return JSON.parse(readFileSync(join(DATA, rel), 'utf8')) as T;
}

interface RtEntry { Text: string; Start: number; Length?: number; End?: number; Type?: string; TypeName?: string; Value?: RtValue; Resolution?: { values?: Array<Record<string, string>> } }
interface RtValue { Timex?: string; FutureResolution?: Record<string, string>; PastResolution?: Record<string, string> }
interface RtCase { spec: string; text: string; reference_time: string | null; expected: RtEntry[] }

/** Specs and types the product targets: dates, date periods, dates with a time. */
const RT_PARSERS = new Set(['DateParser', 'DatePeriodParser', 'DateTimeParser', 'DateTimeModel', 'MergedParser']);
const RT_EXTRACTORS = new Set(['DateExtractor', 'DatePeriodExtractor', 'DateTimeExtractor', 'MergedExtractor']);
const RT_TYPES = new Set(['date', 'daterange', 'datetime', 'datetimeV2.date', 'datetimeV2.daterange', 'datetimeV2.datetime']);
const RT_SKIPPED = 'Duration*, Time*, TimePeriod*, DateTimePeriod*, Set*, Holiday*; in Merged/Model specs the duration, time, timerange, datetimerange and set types';

function rtValues(e: RtEntry): string[] | null {
  const out: string[] = [];
  const fromRes = (r: Record<string, string> | undefined): void => {
    if (!r) return;
    if (r.date) out.push(r.date);
    if (r.dateTime) out.push(r.dateTime.replace(' ', 'T'));
    if (r.startDate && r.endDate) out.push(`${r.startDate}/${r.endDate}`, `${r.startDate}/${dayAfter(r.endDate)}`);
  };
  fromRes(e.Value?.FutureResolution);
  fromRes(e.Value?.PastResolution);
  for (const v of e.Resolution?.values ?? []) {
    if (v.value) out.push(v.value.replace(' ', 'T'));
    if (v.start && v.end) out.push(`${v.start}/${v.end}`, `${v.start}/${dayAfter(v.end)}`);
  }
  const c = out.map(canon).filter((x): x is string => x !== null && !x.includes('0001-01-01'));
  return c.length ? [...new Set(c)] : null;
}

function recognizersCases(): { withValues: Case[]; spansOnly: Case[] } {
  const data = readJson<{ cases: RtCase[] }>('dates/recognizers_ar_datetime.json');
  const withValues: Case[] = [];
  const spansOnly: Case[] = [];
  for (const c of data.cases) {
    const parser = RT_PARSERS.has(c.spec);
    if (!parser && !RT_EXTRACTORS.has(c.spec)) continue;
    const ref = (c.reference_time ?? '2016-11-07').slice(0, 10);
    const expected: Expected[] = [];
    const other: Array<[number, number]> = [];
    for (const e of c.expected) {
      const text = e.Text.trim();
      let start = e.Start >= 0 && c.text.slice(e.Start).trimStart().startsWith(text) ? c.text.indexOf(text, e.Start) : c.text.indexOf(text);
      if (start < 0) continue; // the spec's span is not in its text (a known defect of a few cases)
      const span: [number, number] = [start, start + text.length];
      const type = e.TypeName ?? e.Type ?? '';
      if (!RT_TYPES.has(type)) { other.push(span); continue; }
      const values = parser ? rtValues(e) : null;
      if (parser && !values) { other.push(span); continue; } // unresolved (seasons, holidays): not scored
      expected.push({ start: span[0], end: span[1], values });
      start = 0;
    }
    if (!expected.length) continue;
    (parser ? withValues : spansOnly).push({ text: c.text, ref, expected, other });
  }
  return { withValues, spansOnly };
}

interface DpCase { suite: string; text: string; expected: Record<string, unknown>; settings: Record<string, string> | null }
const DP_REF = '2023-03-15';
function isoParts(p: number[]): string {
  const [y, m, d, hh, mi] = p;
  const day = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return hh !== undefined ? `${day}T${String(hh).padStart(2, '0')}:${String(mi ?? 0).padStart(2, '0')}` : day;
}
function minusDays(n: number): string {
  return new Date(Date.parse(DP_REF + 'T00:00:00Z') - n * 86400000).toISOString().slice(0, 10);
}
const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function dateparserCases(): { cases: Case[]; skipped: number } {
  const data = readJson<{ cases: DpCase[] }>('dates/dateparser_ar_tests.json');
  const cases: Case[] = [];
  let skipped = 0;
  for (const c of data.cases) {
    const text = c.text;
    const whole = (v: string): Expected => {
      const t = text.trim();
      const s = text.indexOf(t);
      return { start: s, end: s + t.length, values: [canon(v)!] };
    };
    const x = c.expected;
    if (Array.isArray(x.gregorian)) { cases.push({ text, ref: DP_REF, expected: [whole(isoParts(x.gregorian as number[]))], other: [] }); continue; }
    if (x.ago && x.period === 'day') {
      const ago = x.ago as Record<string, number>;
      if (Object.keys(ago).length === 1 && 'days' in ago) { cases.push({ text, ref: DP_REF, expected: [whole(minusDays(ago.days!))], other: [] }); continue; }
    }
    if (typeof x.translation === 'string') {
      const tr = x.translation;
      const m = /^(\d+) (\w+) (\d{4})(?: (\d\d):(\d\d) (am|pm))?$/.exec(tr);
      if (m && MONTHS_EN.includes(m[2]!)) {
        let h = m[4] ? Number(m[4]) % 12 + (m[6] === 'pm' ? 12 : 0) : undefined;
        const parts = [Number(m[3]), MONTHS_EN.indexOf(m[2]!) + 1, Number(m[1])];
        if (h !== undefined) parts.push(h, Number(m[5]));
        h = undefined;
        cases.push({ text, ref: DP_REF, expected: [whole(isoParts(parts))], other: [] });
        continue;
      }
      const ago = /^(\d+) day ago$/.exec(tr);
      if (ago && !/السابق/.test(text)) { cases.push({ text, ref: DP_REF, expected: [whole(minusDays(Number(ago[1])))], other: [] }); continue; }
    }
    if (Array.isArray(x.matches)) {
      const ref = (c.settings?.RELATIVE_BASE ?? DP_REF).slice(0, 10);
      const expected = (x.matches as Array<[string, string]>).map(([t, v]) => {
        const s = text.indexOf(t);
        return { start: s, end: s + t.length, values: [canon(v.slice(0, 10))!] };
      });
      cases.push({ text, ref, expected, other: [] });
      continue;
    }
    skipped++; // durations ("4 عام", "منذ ساعتين"), language checks, "the previous day" relative to an event
  }
  return { cases, skipped };
}

function ownCases(list: DateCase[] = DATE_CASES, ref = REF): Case[] {
  return list.map((c) => {
    const expected: Expected[] = [];
    let from = 0;
    for (const e of c.expect) {
      const s = c.text.indexOf(e.text, from);
      from = s + e.text.length;
      expected.push({ start: s, end: s + e.text.length, values: [canon(e.value)!] });
    }
    return { text: c.text, ref: c.ref ?? ref, expected, other: [] };
  });
}

// ---------- parsers ----------
const ours: Parser = (text, ref) => recognizeDates(text, ref).map((s) => ({ start: s.start, end: s.end, value: s.value ?? '' }));

type ChronoComponents = { get(c: string): number | null; isCertain(c: string): boolean };
function chronoValue(c: ChronoComponents): string {
  const p = (n: number | null, w = 2): string => String(n ?? 0).padStart(w, '0');
  const day = `${p(c.get('year'), 4)}-${p(c.get('month'))}-${p(c.get('day'))}`;
  if (c.isCertain('hour')) return `${day}T${p(c.get('hour'))}:${p(c.get('minute'))}`;
  if (c.isCertain('day') || c.isCertain('weekday')) return day;
  if (c.isCertain('month')) return day.slice(0, 7);
  if (c.isCertain('year')) return day.slice(0, 4);
  return day;
}
const chronoAr = (chrono as unknown as { ar: { parse(t: string, ref: Date): Array<{ index: number; text: string; start: ChronoComponents; end?: ChronoComponents }> } }).ar;
const chronoParser: Parser = (text, ref) =>
  chronoAr.parse(text, new Date(`${ref}T00:00:00Z`)).map((r) => {
    let value = chronoValue(r.start);
    if (r.end) {
      const a = chronoValue(r.end);
      const b = canon(a);
      if (b?.startsWith('I:')) value = `${value}/${b.slice(2).split('/')[1]}`;
    }
    return { start: r.index, end: r.index + r.text.length, value };
  });

// ---------- scoring ----------
interface Score { expected: number; found: number; right: number; valued: number; returned: number; relevant: number; misses: string[] }

function score(cases: Case[], parse: Parser): Score {
  const s: Score = { expected: 0, found: 0, right: 0, valued: 0, returned: 0, relevant: 0, misses: [] };
  for (const c of cases) {
    let got: Got[];
    try { got = parse(c.text, c.ref); } catch { got = []; }
    for (const e of c.expected) {
      s.expected++;
      if (e.values) s.valued++;
      const hits = got.filter((g) => g.start < e.end && g.end > e.start);
      if (hits.length) s.found++;
      const ok = e.values && hits.some((g) => { const v = canon(g.value); return v !== null && e.values!.includes(v); });
      if (ok) s.right++;
      if (!hits.length || (e.values && !ok)) {
        s.misses.push(`${c.text.slice(e.start, e.end)} [${c.ref}] want ${e.values?.join(' | ') ?? '(span)'} got ${hits.map((g) => `${c.text.slice(g.start, g.end)}=${g.value}`).join(', ') || '—'}`);
      }
    }
    for (const g of got) {
      s.returned++;
      const spans: Array<[number, number]> = [...c.expected.map((e) => [e.start, e.end] as [number, number]), ...c.other];
      if (spans.some(([a, b]) => g.start < b && g.end > a)) s.relevant++;
      else if (verbose) s.misses.push(`FALSE POSITIVE ${c.text.slice(g.start, g.end)}=${g.value} in: ${c.text}`);
    }
  }
  return s;
}

const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}%` : '—').padStart(6);

function row(name: string, cases: Case[], withPrecision = true): void {
  const a = score(cases, ours);
  const b = score(cases, chronoParser);
  const right = (s: Score): string => (s.valued ? pct(s.right, s.valued) : '     —');
  console.log(
    `${name.padEnd(34)} ${String(cases.length).padStart(5)} ${String(a.expected).padStart(5)} | ` +
      `${pct(a.found, a.expected)} ${right(a)} ${withPrecision ? pct(a.relevant, a.returned) : '     —'} | ` +
      `${pct(b.found, b.expected)} ${right(b)} ${withPrecision ? pct(b.relevant, b.returned) : '     —'}`,
  );
  if (verbose) for (const m of a.misses) console.log(`    ours miss: ${m}`);
}

if (!existsSync(DATA)) {
  console.error(`missing data: ${DATA}\n(the shared data folder is expected at ../shared/data; set QUSASAT_DATA to point elsewhere)`);
  process.exit(2);
}
for (const f of ['dates/recognizers_ar_datetime.json', 'dates/dateparser_ar_tests.json']) {
  if (!existsSync(join(DATA, f))) {
    console.error(`missing data: ${join(DATA, f)}`);
    process.exit(2);
  }
}

const rt = recognizersCases();
const dp = dateparserCases();
const own = ownCases();
console.log('eval:dates — ours = lib/arabic/dates recognizeDates; chrono = chrono-node 2.10.3 `ar` locale, same texts, same scoring');
console.log('found = expected date overlapped by a returned span; right = value equal at the same grain (day/month/year/interval/minute);');
console.log('precision = returned spans that overlap an annotated expression. Relative values resolve against each case\'s reference date.\n');
console.log(`${'source'.padEnd(34)} cases  dates |  ours: found  right   prec |  chrono: found right  prec`);
row('Recognizers-Text (parser specs)', rt.withValues);
row('Recognizers-Text (extractor specs)', rt.spansOnly, true);
row('dateparser tests', dp.cases);
row('Qusasat news cases (cases.ts)', own);
row('Qusasat held-out 1 (heldout.ts)', ownCases(HELDOUT_CASES, HELDOUT_REF));
row('Qusasat held-out 2 (heldout.ts)', ownCases(HELDOUT2_CASES, HELDOUT2_REF));
row('Qusasat held-out 3 (heldout.ts)', ownCases(HELDOUT3_CASES, HELDOUT3_REF));
row('Qusasat held-out 4 (heldout.ts)', ownCases(HELDOUT4_CASES, HELDOUT4_REF));
row('Qusasat held-out 5 (issue 15)', ownCases(HELDOUT5_CASES, HELDOUT5_REF));
row('Qusasat held-out 6 (issue 15, round 2)', ownCases(HELDOUT6_CASES, HELDOUT6_REF));
row('Qusasat held-out 7 (issue 15, round 3)', ownCases(HELDOUT7_CASES, HELDOUT7_REF));
console.log(`\nSkipped (not product targets): Recognizers ${RT_SKIPPED}; seasons/holidays without a resolved value;`);
console.log(`dateparser: ${dp.skipped} cases (durations such as "4 عام"/"منذ ساعتين", language checks, "اليوم السابق").`);
console.log('Recognizers values: either its past or future reading counts; a range end may be inclusive or exclusive.');
console.log('Extractor specs have no values: only found and precision. Run with --verbose to list every miss.');
