import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';

beforeAll(() => { process.env.DATA_DIR = mkdtempSync(join(tmpdir(), 'cailing-first-run-')); });

describe('a first run with no moderator settings', () => {
  it('generates a strong password for "admin", prints it once and stores it only hashed', async () => {
    const { ensureAdminPassword, signIn } = await import('./adminAuth');
    const { listModerators } = await import('./moderators');
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    ensureAdminPassword({});
    ensureAdminPassword({}); // the next start: nothing new
    expect(log).toHaveBeenCalledTimes(1);
    const password = /password[^:]*: (\S+)/.exec(String(log.mock.calls[0]![0]))?.[1] ?? '';
    expect(password).toMatch(/^[\w-]{24}$/);
    expect(listModerators()).toMatchObject([{ name: 'admin', admin: true }]);
    expect(listModerators()[0]!.passwordHash).not.toContain(password);
    expect(signIn('admin', password, 'first').ok).toBe(true);
    log.mockRestore();
  });
});
