import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from './dataDir';

/** File name of the check-in secret inside the data folder. */
export const SECRET_FILE = 'checkin-secret.txt';

/**
 * The community's check-in secret (32 bytes), from which every point's QR code and proof keys derive.
 * `CHECKIN_SECRET` (64 hex digits) when set; else `<data dir>/checkin-secret.txt`, made on first use with
 * owner-only permissions. It never goes into the built site: only hashes and location keys do.
 */
export function checkinSecret(env: NodeJS.ProcessEnv = process.env): Uint8Array {
  const fromEnv = env.CHECKIN_SECRET?.trim();
  if (fromEnv) return parseSecret(fromEnv, 'CHECKIN_SECRET');
  const file = join(dataDir(env), SECRET_FILE);
  if (!existsSync(file)) writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600 });
  return parseSecret(readFileSync(file, 'utf8').trim(), file);
}

function parseSecret(hex: string, where: string): Uint8Array {
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new Error(`${where}: the check-in secret must be 64 hex digits`);
  return Uint8Array.from(Buffer.from(hex, 'hex'));
}
