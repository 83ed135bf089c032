import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../storage/dataDir';

/** File name of the server secret inside the data folder. */
export const SERVER_SECRET_FILE = 'server-secret.txt';

const cache = new Map<string, Uint8Array>();

/**
 * The server's own secret (32 random bytes) for signing what it hands out and checks later, such as the
 * submit form's token. Kept in `<data dir>/server-secret.txt`, made on first use with owner-only permissions
 * (mode 0600), read once per process. Losing it only invalidates forms that are open at the time.
 */
export function serverSecret(env: NodeJS.ProcessEnv = process.env): Uint8Array {
  const file = join(dataDir(env), SERVER_SECRET_FILE);
  let secret = cache.get(file);
  if (!secret) {
    secret = readOrCreate(file);
    cache.set(file, secret);
  }
  return secret;
}

function readOrCreate(file: string): Uint8Array {
  try {
    return parse(readFileSync(file, 'utf8'), file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  // Written whole to a private temp file, then linked into place: another process starting at the same
  // moment either wins the link (and we read its secret) or sees no file at all — never half a secret.
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const fd = openSync(temp, 'wx', 0o600);
  try {
    writeSync(fd, `${randomBytes(32).toString('hex')}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(temp);
  }
  return parse(readFileSync(file, 'utf8'), file);
}

function parse(text: string, file: string): Uint8Array {
  const hex = text.trim();
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new Error(`${file}: the server secret must be 64 hex digits`);
  return Uint8Array.from(Buffer.from(hex, 'hex'));
}
