/** Document-level rules applied to the model's tags. */
import type { NerModel } from './model';

export function postprocess(_model: NerModel, _sentences: readonly (readonly string[])[], tags: string[][]): string[][] {
  return tags;
}
