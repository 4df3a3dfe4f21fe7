// Bundled by scripts/bench/ner-chromium.ts into a page: the recognizer as the background worker runs
// it, measured as in Node (the loop is here, not in page.evaluate: tsx would wrap named helpers in __name()).
import { measureNer } from '../_ner-measure';

(globalThis as unknown as { qusasatNerBench: typeof measureNer }).qusasatNerBench = measureNer;
