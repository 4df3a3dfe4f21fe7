import { recognizeEntities, setDefaultNerModel } from '../lib/arabic/entities/recognize';
import { loadNerModel } from './lib/load-ner-model';
import { corpusTexts } from './bench/_util';
setDefaultNerModel(loadNerModel());
const texts = corpusTexts(300);
for (let r = 0; r < 3; r++) for (const t of texts) recognizeEntities(t);
const t0 = performance.now();
for (let r = 0; r < 5; r++) for (const t of texts) recognizeEntities(t);
console.log('ms per pass', (performance.now() - t0) / 5);
