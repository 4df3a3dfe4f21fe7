export type { Span, Kind, EntityKind, AnalyzeOptions } from './types';
export { KINDS } from './types';
export { analyze, today } from './analyze';
export { normalize, normalizeWithMap, foldDigits } from './normalize';
export { tokenize, cliticReadings } from './tokenize';
export { parseNerModel, recognizeEntities, setDefaultNerModel, type NerModel } from './entities/recognize';
