import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroCookies } from 'astro';
import { beforeAll, describe, expect, it } from 'vitest';

beforeAll(() => { process.env.DATA_DIR = mkdtempSync(join(tmpdir(), 'cailing-require-')); });

/** A request as a page would see it, carrying `token` in the session cookie. */
function request(path: string, method: string, token?: string, headers: Record<string, string> = {}) {
  const cookies = { get: (name: string) => (name === 'cl_admin' && token ? { value: token } : undefined) } as unknown as AstroCookies;
  return { request: new Request(`http://site.test${path}`, { method, headers }), url: new URL(`http://site.test${path}`), cookies, locals: {} as App.Locals };
}

describe('requireModerator: every moderation page checks for itself', () => {
  it('sends people who are not signed in to the sign-in page in the page’s language, and refuses other methods with 401', async () => {
    const { requireModerator } = await import('./requireModerator');
    const page = requireModerator(request('/en/admin/audit/', 'GET')) as Response;
    expect([page.status, page.headers.get('location')]).toEqual([303, '/en/admin/login/']);
    expect((requireModerator(request('/admin/', 'HEAD', 'made-up')) as Response).headers.get('location')).toBe('/admin/login/');
    expect((requireModerator(request('/admin/submissions/1/', 'POST')) as Response).status).toBe(401);
  });
  it('keeps a one-time password on the account page, and admin pages to admins', async () => {
    const { requireModerator } = await import('./requireModerator');
    const { ensureAdminPassword, signIn } = await import('./adminAuth');
    const { addModerator } = await import('./moderators');
    ensureAdminPassword({ ADMIN_PASSWORD: 'admin-password' });
    const added = addModerator('Ma', {}, { name: 'test' });
    if (!added.ok) throw new Error(added.error);
    const ma = signIn('Ma', added.password, 'x');
    const boss = signIn('admin', 'admin-password', 'x');
    if (!ma.ok || !boss.ok) throw new Error('sign-in failed');
    expect((requireModerator(request('/en/admin/', 'GET', ma.token)) as Response).headers.get('location')).toBe('/en/admin/account/');
    expect((requireModerator(request('/admin/', 'POST', ma.token)) as Response).status).toBe(403);
    expect(requireModerator(request('/admin/account/', 'POST', ma.token), { passwordChange: true })).toMatchObject({ name: 'Ma' });
    expect(requireModerator(request('/admin/moderators/', 'GET', boss.token), { admin: true })).toMatchObject({ name: 'admin', admin: true });
    const db = (await import('./database')).database();
    db.prepare('UPDATE moderators SET must_change_password = 0 WHERE name = ?').run('Ma');
    expect((requireModerator(request('/admin/moderators/', 'GET', ma.token), { admin: true }) as Response).status).toBe(403);
  });
  it('says a refused POST in the page’s language, as JSON to the map editor (its session ran out while it was open)', async () => {
    const { requireModerator } = await import('./requireModerator');
    const zh = requireModerator(request('/admin/api/map', 'POST')) as Response;
    expect([zh.status, await zh.text()]).toEqual([401, '请先登录，再试一次。']);
    const en = requireModerator(request('/en/admin/api/map', 'POST', undefined, { accept: 'application/json' })) as Response;
    expect(en.status).toBe(401);
    expect(await en.json()).toEqual({ ok: false, reason: 'error', error: 'Sign in first, then try again.' });
    const stranger = requireModerator(request('/en/admin/moderators/', 'POST', 'made-up'), { admin: true }) as Response;
    expect(await stranger.text()).toBe('Sign in first, then try again.');
  });
  it('is called by every page and route under admin/ except the sign-in page', () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const n of readdirSync(dir)) {
        if (statSync(join(dir, n)).isDirectory()) walk(join(dir, n));
        else files.push(join(dir, n));
      }
    };
    walk('src/pages');
    const admin = files.filter((f) => /[/\\]admin[/\\]/.test(f) && !/[/\\]admin[/\\]login\.astro$/.test(f));
    expect(admin.length).toBeGreaterThanOrEqual(7);
    const unguarded = admin.filter((f) => !/\b(adminContext|requireModerator)\(/.test(readFileSync(f, 'utf8')));
    expect(unguarded).toEqual([]);
  });
});
