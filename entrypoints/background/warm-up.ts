import { analyze } from '../../lib/arabic/analyze';
import { ensureNerModel } from './model';

/** Written for the project: a person, a place, an organization, a Gregorian and a Hijri date, a quotation. */
const PARAGRAPH = 'قال وزير الخارجية العراقي فؤاد حسين في بغداد يوم الأحد 12 مارس 2023، الموافق 20 شعبان 1444 هـ، '
  + 'إن «الحوار مع دول الجوار هو الطريق الوحيد إلى الاستقرار»، وذلك خلال لقائه وفد الأمم المتحدة في مقر الوزارة.';

let started = false;

/**
 * A worker that has just started runs its first analysis cold: the model read, every function of the
 * recognizers compiled on first call, about 100 ms over a warm one (npm run bench -- page-extension
 * --part=load). The gate asks for its site's settings as soon as a page may be an article, while the
 * page still loads the article module and reads its text: load the model and analyse a short
 * paragraph then, once per worker life, so the page's own request finds both ready. Only pages
 * that passed the gate ask, so no other page makes the model load.
 */
export function warmUp(): void {
  if (started) return;
  started = true;
  void ensureNerModel().then(() => { analyze(PARAGRAPH); }).catch(() => undefined);
}

/** For tests: a worker that starts again. */
export function resetWarmUp(): void {
  started = false;
}
