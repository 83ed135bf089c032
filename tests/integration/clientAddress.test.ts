import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/lib/startServer';
import { signIn, signInAttempt } from '../support/signIn';

const PASSWORD = 'client-address-test-passphrase';
let server: RunningServer | undefined;
afterEach(async () => { await server?.stop(); server = undefined; });

/** Who the audit log says tried to sign in, oldest first. */
function signInActors(s: RunningServer): { actor: string; action: string }[] {
  const db = s.db();
  try {
    return db.prepare("SELECT actor, action FROM audit_log WHERE action LIKE 'sign-in-%' ORDER BY id").all() as { actor: string; action: string }[];
  } finally {
    db.close();
  }
}

describe('the client address, with no trusted proxy (the default)', () => {
  it('a forged X-Forwarded-For neither lifts the sign-in limit nor lands in the audit log', async () => {
    server = await startServer({ ADMIN_PASSWORD: PASSWORD });
    const statuses: number[] = [];
    for (let i = 1; i <= 6; i += 1) {
      statuses.push((await signInAttempt(server.url, { password: 'wrong' }, { 'x-forwarded-for': `203.0.113.${i}` })).status);
    }
    // Five attempts per client per 15 minutes: the sixth is refused, whatever address it claims.
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const actors = signInActors(server);
    expect(actors.map((a) => a.actor)).toEqual(Array(6).fill('127.0.0.1'));
    expect(actors.at(-1)?.action).toBe('sign-in-blocked');
  });

  it('a forged X-Forwarded-Proto does not make the session cookie Secure-only', async () => {
    server = await startServer({ ADMIN_PASSWORD: PASSWORD });
    const r = await signInAttempt(server.url, { password: PASSWORD }, { 'x-forwarded-proto': 'https' });
    expect(r.status).toBe(303);
    expect(r.headers.get('set-cookie')).not.toMatch(/;\s*secure/i);
  });
});

describe('the client address behind a proxy named in TRUSTED_PROXY', () => {
  it('tells clients apart by the hop the proxy appended, and logs that address', async () => {
    server = await startServer({ ADMIN_PASSWORD: PASSWORD, TRUSTED_PROXY: '127.0.0.1' });
    const statuses: number[] = [];
    for (let i = 1; i <= 6; i += 1) {
      // The client wrote 198.51.100.66 itself; our proxy appended the address it really saw.
      statuses.push((await signInAttempt(server.url, { password: 'wrong' }, { 'x-forwarded-for': `198.51.100.66, 203.0.113.${i}` })).status);
    }
    expect(statuses).toEqual(Array(6).fill(401));
    // A second proxy of ours in the chain is passed over; a malformed last hop means the proxy itself.
    await signInAttempt(server.url, { password: 'wrong' }, { 'x-forwarded-for': '203.0.113.1, 127.0.0.1' });
    await signInAttempt(server.url, { password: 'wrong' }, { 'x-forwarded-for': '203.0.113.2, not-an-address' });
    expect(signInActors(server).map((a) => a.actor)).toEqual([1, 2, 3, 4, 5, 6, 1].map((i) => `203.0.113.${i}`).concat('127.0.0.1'));
  });

  it('limits each client on its own: one client’s sixth attempt is refused, another’s first is not', async () => {
    server = await startServer({ ADMIN_PASSWORD: PASSWORD, TRUSTED_PROXY: '127.0.0.1' });
    const asClient = (address: string) => signInAttempt(server!.url, { password: 'wrong' }, { 'x-forwarded-for': address });
    for (let i = 0; i < 5; i += 1) expect((await asClient('203.0.113.50')).status).toBe(401);
    expect((await asClient('203.0.113.50')).status).toBe(429);
    expect((await asClient('203.0.113.51')).status).toBe(401);
  });

  it('believes the proxy about HTTPS: the session cookie is then Secure-only', async () => {
    server = await startServer({ ADMIN_PASSWORD: PASSWORD, TRUSTED_PROXY: '127.0.0.1' });
    const r = await signInAttempt(server.url, { password: PASSWORD }, { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.7' });
    expect(r.status).toBe(303);
    expect(r.headers.get('set-cookie')).toMatch(/;\s*secure/i);
    // The positive path still works through the shared helper (no forwarded headers: the proxy's own address).
    await expect(signIn(server.url, { password: PASSWORD })).resolves.toMatch(/=/);
  });
});

describe('a bad TRUSTED_PROXY', () => {
  it('stops the server at start, naming the setting and the entry', async () => {
    await expect(startServer({ ADMIN_PASSWORD: PASSWORD, TRUSTED_PROXY: '127.0.0.1, proxy.internal' }))
      .rejects.toThrow(/TRUSTED_PROXY: "proxy\.internal" is neither an IP address nor a CIDR range/);
  });
});
