import { describe, expect, it } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/preact';
import { loadBackupState } from '../lib/clippings/backup';
import { ClippingsDb } from '../lib/clippings/db';
import { dbName } from '../tests/unit/clip';
import { BackupSection } from './BackupSection';
import type { BackupIo } from './backup-run';

const refusing: BackupIo = { hasPermission: async () => false, requestPermission: async () => false, write: async () => { throw new Error('no'); } };

describe('BackupSection', () => {
  it('when the reader refuses the downloads permission, says so and leaves backups off', async () => {
    const db = new ClippingsDb(dbName());
    const { container, findByRole } = render(<BackupSection db={db} io={refusing} />);
    await waitFor(() => expect(container.querySelector('input[value="daily"]')).toBeTruthy());
    fireEvent.click(container.querySelector('input[value="daily"]')!);
    expect((await findByRole('alert')).textContent).toBe('لم يُمنح إذن التنزيلات، فبقي النسخ الاحتياطي متوقفاً.');
    expect((container.querySelector('input[value="off"]') as HTMLInputElement).checked).toBe(true);
    expect((await loadBackupState(db)).schedule).toBe('off');
  });
});
