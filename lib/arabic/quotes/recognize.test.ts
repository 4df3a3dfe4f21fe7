import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize';
import { recognizeEntities } from '../entities/recognize';
import { recognizeQuotes } from './recognize';
import { words } from './words';
import { QUOTE_EXAMPLES } from '../../../tests/fixtures/quotes';

const DATA = process.env.QUSASAT_DATA ?? join(__dirname, '..', '..', '..', '..', 'shared', 'data');
const SEED = join(DATA, 'seed', '000_a50affca2d2a37bf.txt');

describe('recognizeQuotes', () => {
  it('returns quote spans whose text is the slice they cover, without marks', () => {
    const t = 'وقال الوزير سامر النعيمي: «الاقتصاد يتعافى ببطء».';
    const [q, ...rest] = recognizeQuotes(t, []);
    expect(rest).toEqual([]);
    expect(q).toEqual({ kind: 'quote', start: t.indexOf('الاقتصاد'), end: t.indexOf('»'), text: 'الاقتصاد يتعافى ببطء', speaker: 'سامر النعيمي' });
  });
  it('returns nothing for text without marks', () => {
    expect(recognizeQuotes('قال الوزير إن الاقتصاد يتعافى.', [])).toEqual([]);
  });
  it('every annotated example locates its gold quotes in its text', () => {
    for (const ex of QUOTE_EXAMPLES) for (const g of ex.quotes) expect(ex.text.includes(g.text), `${ex.id}: ${g.text}`).toBe(true);
    expect(QUOTE_EXAMPLES.length).toBeGreaterThanOrEqual(40);
  });
});

describe('words', () => {
  it('normalizes words exactly as normalize() does', () => {
    const t = 'أكّدَ وزيرُ الخارجيّة إبراهيم الجعفريّ أنَّ «البيشمرگة» والمُدُن العراقـيَّة ٢٠١٧ مؤتمرٌ';
    for (const w of words(t)) expect(w.norm).toBe(normalize(w.text));
    expect(words('الجعفريّ')[0]!.norm).toBe('الجعفري');
  });
});

// The seed article is shared data, not part of the project: read it when present.
describe.skipIf(!existsSync(SEED))(`the seed article (${existsSync(SEED) ? 'present' : 'ABSENT: seed test skipped, ../shared/data not found'})`, () => {
  const text = existsSync(SEED) ? readFileSync(SEED, 'utf8') : '';
  for (const [label, entities] of [['with the entity recognizer', () => recognizeEntities(text)], ['with no entity spans', () => []]] as const) {
    it(`finds all seven quotes by إبراهيم الجعفري ${label}`, () => {
      const qs = recognizeQuotes(text, entities());
      expect(qs).toHaveLength(7);
      for (const q of qs) expect(normalize(q.speaker ?? '')).toBe(normalize('إبراهيم الجعفري'));
      // The misused opening mark ("…التحتيّة, “داعياً") ends the sixth quote before the participle.
      expect(qs[5]!.text.endsWith('التحتيّة')).toBe(true);
      expect(qs[6]!.text.startsWith('أهمّـيّة زيادة')).toBe(true);
      for (const q of qs) expect(/[“”«»"]/.test(q.text)).toBe(false);
    });
  }
});
