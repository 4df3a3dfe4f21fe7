import { synthesize } from './_clippings-data';
import { SearchIndex } from '../../lib/clippings/search';
const cs = synthesize(10000);
for (let r = 0; r < 3; r++) { const t = performance.now(); new SearchIndex(cs); console.log('index', (performance.now() - t).toFixed(0)); }
for (let r = 0; r < 2; r++) { const t = performance.now(); new SearchIndex(cs.map(c => ({...c, title: null, site: '', tags: [], note: ''}))); console.log('index text only', (performance.now() - t).toFixed(0)); }
