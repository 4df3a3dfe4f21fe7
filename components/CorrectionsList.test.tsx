import { describe, expect, it } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/preact';
import { ClippingsDb } from '../lib/clippings/db';
import { setCorrection } from '../lib/clippings/corrections';
import { dbName } from '../tests/unit/clip';
import { CorrectionsList } from './CorrectionsList';

describe('CorrectionsList', () => {
  it('lists the corrections with what each name is now, and undoes one', async () => {
    const db = new ClippingsDb(dbName());
    await setCorrection(db, 'الأردن', 'place', new Date('2026-01-01'));
    await setCorrection(db, 'المرصد', 'none', new Date('2026-01-02'));
    const { container, findAllByRole } = render(<CorrectionsList db={db} />);
    const buttons = await findAllByRole('button');
    expect([...container.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['المرصد — ليس اسماً ألغِ التصحيح', 'الأردن — مكان ألغِ التصحيح']);
    fireEvent.click(buttons[0]!);
    await waitFor(() => expect(container.querySelectorAll('li')).toHaveLength(1));
    expect(await db.corrections.count()).toBe(1);
  });

  it('says how to make one when there is none', async () => {
    const { findByText } = render(<CorrectionsList db={new ClippingsDb(dbName())} />);
    expect(await findByText(/صحّح اسماً من بطاقته/)).toBeTruthy();
  });
});
