/** Pack a model's JSON and prove the packed model tags as the JSON one does (scripts/pack-model.ts). */
import { NER_CHECK_TEXT } from '../../tests/fixtures/ner-check';
import { parseNerModel, type NerModel } from '../../lib/arabic/entities/model';
import { nerModelFromPacked } from '../../lib/arabic/entities/model-packed';
import { recognizeEntities } from '../../lib/arabic/entities/recognize';
import { pack } from './model-pack';

/** A fresh ArrayBuffer holding exactly these bytes (a Node Buffer may sit inside a shared pool). */
export function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const out = new ArrayBuffer(bytes.length);
  new Uint8Array(out).set(bytes);
  return out;
}

/** The first text on which two models disagree, as a message; null when they agree on all. */
export function compareModels(a: NerModel, b: NerModel, texts: Iterable<string>): { differs: string | null; spans: number } {
  let spans = 0;
  for (const text of texts) {
    const x = JSON.stringify(recognizeEntities(text, a));
    const y = JSON.stringify(recognizeEntities(text, b));
    if (x !== y) return { differs: `spans differ on «${text.slice(0, 60)}…»`, spans };
    spans += recognizeEntities(text, a).length;
  }
  return { differs: null, spans };
}

export function packModelFile(json: string): { bytes: Uint8Array; jsonBytes: number; spans: number } {
  const value = JSON.parse(json) as unknown;
  const bytes = pack(value);
  const r = compareModels(parseNerModel(value), nerModelFromPacked(toArrayBuffer(bytes)), [NER_CHECK_TEXT]);
  if (r.differs) throw new Error(`the packed model does not tag as the JSON one: ${r.differs}`);
  return { bytes, jsonBytes: Buffer.byteLength(json), spans: r.spans };
}
