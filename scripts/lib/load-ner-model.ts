/** Node-only loader for the committed model file (scripts and tests). */
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseNerModel, type NerModel } from '../../lib/arabic/entities/model';

export const NER_MODEL_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public', 'models', 'ner.json');

export function loadNerModel(path = NER_MODEL_PATH): NerModel {
  return parseNerModel(JSON.parse(readFileSync(path, 'utf8')) as unknown);
}
