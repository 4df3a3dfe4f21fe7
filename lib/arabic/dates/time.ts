/**
 * Clock times and parts of the day. They are never dates on their own (the product shows dates);
 * join.ts attaches them to an adjacent date: "الخميس الساعة الثامنة مساء", "14:30 بتوقيت مكة المكرمة".
 */
import type { Cand, Ctx } from './candidate';
import { coreStart, scan } from './candidate';
import { CLOCK_HOURS, key } from './months';
import { CLOCK, DAYPART, END, LETTER, MERIDIEM, PRE, TZ, WD, isPm } from './patterns';

const FRAC = 'والنصف|ونصف|والربع|وربع|والثلث|وثلث|الا\\s+ربعا|الا\\s+ربع|الا\\s+ثلثا|الا\\s+ثلث';
const AP = `(?:\\s*(?:من\\s+)?(?<ap>${MERIDIEM})(?![${LETTER}]))?`;
const DIGITAL = new RegExp(
  `(?<![\\d:.٫/\\-])(?:(?:(?:في\\s+)?تمام\\s+)?(?:ال)?ساعه\\s+)?(?<h>\\d{1,2})[:٫](?<mi>\\d{2})(?::\\d{2})?(?![\\d:/])${AP}(?:${TZ})?`,
  'g',
);
const WORDED = new RegExp(
  PRE + `(?:(?:في\\s+)?تمام\\s+)?الساعه\\s+(?<h>\\d{1,2}|${CLOCK})(?:\\.(?<mi>\\d{2}))?(?:\\s+(?<frac>${FRAC}))?${AP}(?:${TZ})?`,
  'g',
);
const HOUR_AP = new RegExp(`(?<![\\d:.٫/\\-])(?<h>\\d{1,2})\\s*(?<ap>صباحا|مساءا|مساء|ظهرا|عصرا|ليلا|فجرا)(?![${LETTER}])(?:${TZ})?`, 'g');
const BARE_CLOCK = new RegExp(PRE + `(?<h>${CLOCK})(?:\\s+(?<frac>${FRAC}))?\\s+(?<ap>${MERIDIEM})(?![${LETTER}])(?:${TZ})?`, 'g');
const PART_OF_DAY = new RegExp(
  PRE + `(?<pod>${DAYPART})(?=\\s+(?:من\\s+)?(?:يوم\\s+)?(?:${WD}|اليوم|امس|الامس|غد|اول|\\d))` + END,
  'g',
);

const CLOCK_GATE = new RegExp(`(?:${CLOCK})\\s+(?:${MERIDIEM})`);

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
      out.push({ s, e: m.index! + m[0].length, kind: 'time', value: `${hh}:${mm}`, cal: 'gregorian', hour: h, minute: mi, pm });
    }
  }
  for (const m of scan(ctx.s, PART_OF_DAY, /صباح|مساء|ظهر|عصر|ليل|فجر/)) {
    const pod = m.groups!.pod!;
    const pm = /^(?:صباح|فجر)$/.test(pod) ? false : /^(?:ظهر|ظهيره)$/.test(pod) ? null : true;
    out.push({ s: coreStart(m), e: m.index! + m[0].length, kind: 'part', value: '', cal: 'gregorian', pm });
  }
  return out;
}
