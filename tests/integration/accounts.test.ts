import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/lib/startServer';
import { signIn } from '../support/signIn';

let server: RunningServer;
let admin: string;
beforeAll(async () => {
  server = await startServer({ ADMIN_PASSWORD: 'accounts-admin-pass', ADMIN_SIGNIN_LIMIT: '1000/60' });
  admin = await signIn(server.url, { password: 'accounts-admin-pass' });
});
afterAll(async () => { await server?.stop(); });

/** `npm run moderator -- …` against the running server's data folder, as the person running the site would. */
const moderatorCli = (...args: string[]) => execFileSync('npm', ['run', '-s', 'moderator', '--', ...args], { env: { ...process.env, DATA_DIR: server.dataDir }, encoding: 'utf8' });

const get = (path: string, cookie?: string) => fetch(`${server.url}${path}`, { redirect: 'manual', headers: cookie ? { cookie } : {} });
const post = (path: string, form: Record<string, string>, cookie?: string) => fetch(`${server.url}${path}`, {
  method: 'POST', redirect: 'manual', body: new URLSearchParams(form),
  headers: { origin: server.url, 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) },
});
const cookieOf = (r: Response) => r.headers.get('set-cookie')!.split(';')[0]!;
const oneTimePassword = (html: string) => /class="one-time-password"[^>]*>([^<]+)</.exec(html)?.[1] ?? '';

/** Chooses a person's own password on the account page (as one must after a one-time password); gives the new session cookie. */
async function choosePassword(cookie: string, current: string, next: string) {
  const r = await post('/admin/account/', { current, next, again: next }, cookie);
  expect(r.status).toBe(303);
  return cookieOf(r);
}

describe('moderator accounts on the real server', () => {
  let wang = '';
  it('a person added on the command line signs in with the printed one-time password and must choose their own before anything else', async () => {
    const printed = moderatorCli('add', 'Wang');
    const otp = printed.trim().split('\n').at(-1)!;
    expect(otp).toMatch(/^[\w-]{24}$/);
    expect(() => moderatorCli('add', 'WANG')).toThrow(/taken/);

    const first = await signIn(server.url, { name: 'wang', password: otp });
    const queue = await get('/admin/', first);
    expect(queue.status).toBe(303);
    expect(queue.headers.get('location')).toBe('/admin/account/');
    expect((await get('/en/admin/audit/', first)).headers.get('location')).toBe('/en/admin/account/');
    expect((await post('/admin/submissions/1/', { action: 'approve' }, first)).status).toBe(403);
    const account = await get('/admin/account/', first);
    expect(account.status).toBe(200);
    expect(await account.text()).toContain('请先设置你自己的密码');

    const same = await post('/admin/account/', { current: otp, next: otp, again: otp }, first);
    expect(same.status).toBe(400);
    expect(await same.text()).toContain('新密码不能和现在的密码');
    const short = await post('/admin/account/', { current: otp, next: 'short', again: 'short' }, first);
    expect(short.status).toBe(400);
    wang = await choosePassword(first, otp, 'wang-chose-this');
    expect((await get('/admin/', first)).headers.get('location')).toBe('/admin/login/'); // the one-time session ended
    const page = await get('/admin/', wang);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('已登录：Wang');
  });

  it('a moderator who is not an admin gets 403 on the accounts page and its forms', async () => {
    expect((await get('/admin/moderators/', wang)).status).toBe(403);
    expect((await post('/admin/moderators/', { action: 'add', name: 'Sneaky' }, wang)).status).toBe(403);
    expect(moderatorCli('list')).not.toContain('Sneaky');
  });

  it('an admin adds a person on the page, then removes them: their open session gets the sign-in page', async () => {
    const added = await post('/admin/moderators/', { action: 'add', name: 'Zhang' }, admin);
    expect(added.status).toBe(200);
    const otp = oneTimePassword(await added.text());
    expect(otp).toMatch(/^[\w-]{24}$/);
    const zhang = await choosePassword(await signIn(server.url, { name: 'Zhang', password: otp }), otp, 'zhang-chose-this');
    expect((await get('/admin/', zhang)).status).toBe(200);

    const list = await (await get('/admin/moderators/', admin)).text();
    const id = /\?remove=(\d+)"[^>]*>[^<]*<\/a>\s*<\/form>\s*<\/td>\s*<\/tr>/.exec(list.slice(list.indexOf('Zhang')))?.[1];
    expect(id).toBeDefined();
    const confirm = await (await get(`/admin/moderators/?remove=${id}`, admin)).text();
    expect(confirm).toContain('确定删除 Zhang 的账号吗');
    const removed = await post('/admin/moderators/', { action: 'remove', id: id! }, admin);
    expect(await removed.text()).toContain('已删除 Zhang。');

    const after = await get('/admin/', zhang);
    expect(after.status).toBe(303);
    expect(after.headers.get('location')).toBe('/admin/login/');
    expect((await get('/en/admin/', zhang)).headers.get('location')).toBe('/en/admin/login/');
    expect((await post('/admin/submissions/1/', { action: 'approve' }, zhang)).status).toBe(401);
    expect((await get('/admin/photos/00000000000000000000000000000000.jpg', zhang)).status).toBe(303);
  });

  it('"sign out everywhere" ends every session of that person and leaves others signed in', async () => {
    const phone = await signIn(server.url, { name: 'Wang', password: 'wang-chose-this' });
    const out = await post('/admin/logout', { everywhere: 'yes' }, wang);
    expect(out.status).toBe(303);
    for (const cookie of [wang, phone]) expect((await get('/admin/', cookie)).status).toBe(303);
    expect((await get('/admin/', admin)).status).toBe(200);
  });

  it('the audit log names each person, in China time, with what they did in words', async () => {
    expect((await post('/admin/login/', { name: 'ghost', password: 'not-a-password' })).status).toBe(401);
    const zh = await (await get('/admin/audit/', admin)).text();
    const rows = zh.split('<tr>').slice(1);
    const row = (actor: string, action: string) => rows.find((r) => r.includes(`<td>${actor}</td>`) && r.includes(action));
    expect(row('Wang', '登录')).toBeDefined();
    expect(row('Wang', '修改了自己的密码')).toBeDefined();
    expect(row('admin', '删除了账号 · Zhang')).toBeDefined();
    expect(row('127.0.0.1', '登录失败 · ghost')).toBeDefined();
    expect(rows.some((r) => /<td>cli:[^<]+<\/td>/.test(r) && r.includes('添加了账号 · Wang'))).toBe(true);
    expect(zh).toMatch(/<time datetime="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00">\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d:\d\d GMT\+08:00<\/time>/);
    const en = await (await get('/en/admin/audit/', admin)).text();
    expect(en).toContain('Removed an account · Zhang');
    expect(en).toMatch(/GMT\+08:00<\/time>/);
    const accounts = await (await get('/admin/moderators/', admin)).text();
    expect(accounts).toMatch(/Wang<\/td>.*?<time datetime="[^"]+\+08:00">/s);
  });
});
