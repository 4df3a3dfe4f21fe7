/**
 * Clock times and parts of the day. join.ts attaches them to an adjacent date ("الخميس الساعة الثامنة
 * مساء", "14:30 بتوقيت مكة المكرمة"); a time that says its hour unambiguously (الساعة, a meridiem, a
 * zone, 24-hour digits) and has no date in its sentence is a time of the reference day (`alone`).
 * A written zone with a fixed offset is kept as an ISO offset; one with summer time (القاهرة, القدس) is kept
 * in the span only.
 */
import type { Cand, Ctx } from './candidate';
import { coreStart, scan, scanNear } from './candidate';
import { CLOCK_HOURS, key } from './months';
import { CLOCK, DAYPART, END, LETTER, MERIDIEM, PRE, TZ, WD, isPm } from './patterns';

const FRAC = 'والنصف|ونصف|والربع|وربع|والثلث|وثلث|الا\\s+ربعا|الا\\s+ربع|الا\\s+ثلثا|الا\\s+ثلث';
const AP = `(?:\\s*(?:من\\s+)?(?<ap>${MERIDIEM})(?![${LETTER}]))?`;
const ZONE = `(?:(?<tz>${TZ}))?`;
const DIGITAL = new RegExp(
  `(?<![\\d:.٫/\\-])(?:(?:(?:في\\s+)?تمام\\s+)?(?:ال)?ساعه\\s+)?(?<h>\\d{1,2})[:٫](?<mi>\\d{2})(?::\\d{2})?(?![\\d:/])${AP}${ZONE}`,
  'g',
);
const WORDED = new RegExp(
  PRE + `(?:(?:في\\s+)?تمام\\s+)?الساعه\\s+(?<h>\\d{1,2}|${CLOCK})(?:\\.(?<mi>\\d{2}))?(?:\\s+(?<frac>${FRAC}))?${AP}${ZONE}`,
  'g',
);
const HOUR_AP = new RegExp(`(?<![\\d:.٫/\\-])(?<h>\\d{1,2})\\s*(?<ap>صباحا|مساءا|مساء|ظهرا|عصرا|ليلا|فجرا)(?![${LETTER}])${ZONE}`, 'g');
const BARE_CLOCK = new RegExp(PRE + `(?<h>${CLOCK})(?:\\s+(?<frac>${FRAC}))?\\s+(?:من\\s+)?(?<ap>${MERIDIEM})(?![${LETTER}])${ZONE}`, 'g');
/** «عند منتصف الليل»: midnight, of the day the sentence speaks of. */
const MIDNIGHT = new RegExp(PRE + 'منتصف\\s+الليل' + END, 'g');
const PART_OF_DAY = new RegExp(
  PRE + `(?<pod>${DAYPART})(?=\\s+(?:من\\s+)?(?:يوم\\s+)?(?:${WD}|اليوم|امس|الامس|غد|اول|\\d))` + END,
  'g',
);

const CLOCK_GATE = new RegExp(`(?:${CLOCK})\\s+(?:(?:${FRAC})\\s+)?(?:من\\s+)?(?:${MERIDIEM})`);

/** ISO offset of a written zone, when it has one all year. */
function zoneOffset(tz: string | undefined): string | undefined {
  if (!tz) return undefined;
  const off = /(?:gmt|GMT|غرينتش|غرينيتش|جرينتش)\s*(?<sign>[+-])\s*(?<h>\d{1,2})/.exec(tz)?.groups;
  if (off) return `${off.sign}${off.h!.padStart(2, '0')}:00`;
  if (/غرينتش|غرينيتش|جرينتش|gmt|GMT|العالمي|ت\.غ/.test(tz)) return 'Z';
  // Summer time written out: its offset is known even where the zone's winter one differs.
  if (/الصيفي/.test(tz)) {
    if (/وسط\s+اوروبا/.test(tz)) return '+02:00';
    if (/غرب\s+اوروبا/.test(tz)) return '+01:00';
    if (/شرق\s+اوروبا|القاهره|مصر|القدس|بيروت|دمشق|عمان/.test(tz)) return '+03:00';
  }
  if (/وسط\s+اوروبا/.test(tz)) return '+01:00';
  if (/غرب\s+اوروبا/.test(tz)) return 'Z';
  if (/شرق\s+اوروبا/.test(tz)) return '+02:00';
  if (/مكه|الرياض|السعوديه|بغداد|الدوحه/.test(tz)) return '+03:00';
  if (/ابوظبي|دبي/.test(tz)) return '+04:00';
  if (/الجزائر|تونس/.test(tz)) return '+01:00';
  return undefined;
}

function minutesOf(frac: string | undefined): [number, number] {
  if (!frac) return [0, 0];
  if (/نصف/.test(frac)) return [0, 30];
  if (/الا\s+ربع/.test(frac)) return [-1, 45];
  if (/ربع/.test(frac)) return [0, 15];
  if (/الا\s+ثلث/.test(frac)) return [-1, 40];
  return [0, 20];
}

export function times(ctx: Ctx): Cand[] {
  const out: Cand[] = [];
  for (const [re, gate] of [[DIGITAL, /\d[:٫]\d/], [WORDED, /الساعه/], [BARE_CLOCK, CLOCK_GATE], [HOUR_AP, /\d\s*(?:صباح|مساء|ظهر|عصر|ليل|فجر)/]] as const) {
    for (const m of scan(ctx.s, re, gate)) {
      const g = m.groups!;
      let h = /^\d+$/.test(g.h!) ? Number(g.h) : CLOCK_HOURS[key(g.h!)]!;
      let mi = g.mi ? Number(g.mi) : 0;
      const [dh, fm] = minutesOf(g.frac);
      if (g.frac) [h, mi] = [h + dh, fm];
      if (h > 23 || mi > 59) continue;
      // م after a clock time is "p.m."; after a bare hour with no colon it may be the era: keep it.
      const pm = isPm(g.ap?.replace(/\s+/g, ' '), h);
      if (pm === true && h < 12) h += 12;
      if (pm === false && h === 12) h = 0;
      // The span starts at الساعة (or the number): "في تمام" is the sentence's, not the time's.
      const at = m[0].search(/(?:ال)?ساعه/);
      const s = at >= 0 ? m.index! + at : re === DIGITAL || re === HOUR_AP ? m.index! : coreStart(m);
      const hh = String(h).padStart(2, '0');
      const mm = String(mi).padStart(2, '0');
      // Unambiguous alone: a meridiem, a zone, or digits past noon / with minutes after الساعة.
      const labeled = at >= 0;
      const alone = pm !== null || Boolean(g.tz) || h > 12 || (labeled && re === DIGITAL);
      out.push({ s, e: m.index! + m[0].length, kind: 'time', value: `${hh}:${mm}`, cal: 'gregorian', hour: h, minute: mi, pm, zone: zoneOffset(g.tz), alone });
    }
  }
  for (const m of scanNear(ctx.s, MIDNIGHT, /منتصف/g, 2)) {
    out.push({ s: coreStart(m), e: m.index! + m[0].length, kind: 'time', value: '00:00', cal: 'gregorian', hour: 0, minute: 0, pm: false, alone: true, midnight: true });
  }
  for (const m of scan(ctx.s, PART_OF_DAY, /صباح|مساء|ظهر|عصر|ليل|فجر/)) {
    const pod = m.groups!.pod!;
    const pm = /^(?:صباح|فجر)$/.test(pod) ? false : /^(?:ظهر|ظهيره)$/.test(pod) ? null : true;
    out.push({ s: coreStart(m), e: m.index! + m[0].length, kind: 'part', value: '', cal: 'gregorian', pm });
  }
  return out;
}
