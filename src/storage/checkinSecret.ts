import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { secretFingerprint } from '../core/passport/secretFingerprint';
import { dataDir } from './dataDir';
import { writeFileDurably } from './writeFileDurably';

/** File name of the check-in secret inside the data folder. */
export const SECRET_FILE = 'checkin-secret.txt';
/** What `npm run posters` records in the data folder: which secret the printed posters carry, and when. */
export const POSTERS_RECORD = 'posters/posters.json';

/** The record of printed posters, if any. */
export type PostersRecord = { fingerprint: string; madeAt: string; points: number };

/**
 * The community's check-in secret (32 bytes), from which every point's QR code and proof keys derive. It
 * lives in one place, `<data dir>/checkin-secret.txt`, for the build, the server and `npm run posters` alike,
 * and never goes into the built site (only hashes and location keys do). It is made on first use, but never
 * while posters exist for another one: then this throws a message saying how to put the right one back, so
 * printed posters never stop working without a word.
 */
export function checkinSecret(env: NodeJS.ProcessEnv = process.env): Uint8Array {
  const dir = dataDir(env);
  const file = join(dir, SECRET_FILE);
  const posters = postersRecord(env);
  if (!existsSync(file)) {
    if (posters) {
      throw new Error(`The check-in secret ${file} is missing, but posters were printed on ${posters.madeAt} for the secret with fingerprint ${posters.fingerprint}. `
        + `Copy checkin-secret.txt back from a backup (npm run backup keeps it) or point DATA_DIR at the server's data folder. `
        + `Only if all posters are to be replaced: delete ${join(dir, POSTERS_RECORD)}, build, and print new posters.`);
    }
    writeFileDurably(file, `${randomBytes(32).toString('hex')}\n`, 0o600);
  }
  const secret = parseSecret(readFileSync(file, 'utf8').trim(), file);
  if (posters && secretFingerprint(secret) !== posters.fingerprint) {
    throw new Error(`The check-in secret in ${file} (fingerprint ${secretFingerprint(secret)}) is not the one the posters printed on ${posters.madeAt} carry (${posters.fingerprint}). `
      + `Put the right checkin-secret.txt back, or delete ${join(dir, POSTERS_RECORD)} and print new posters.`);
  }
  return secret;
}

/** The secret's fingerprint, if the data folder has one (never creates it). */
export function existingSecretFingerprint(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const file = join(dataDir(env), SECRET_FILE);
  if (!existsSync(file)) return undefined;
  try {
    return secretFingerprint(parseSecret(readFileSync(file, 'utf8').trim(), file));
  } catch {
    return undefined;
  }
}

/** The secret as 64 hex digits, if the data folder has a valid one (never creates it): for the admin page's check-key QR code. */
export function existingSecretHex(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const file = join(dataDir(env), SECRET_FILE);
  if (!existsSync(file)) return undefined;
  const hex = readFileSync(file, 'utf8').trim().toLowerCase();
  return /^[0-9a-f]{64}$/.test(hex) ? hex : undefined;
}

/** Which secret the printed posters carry, and when they were made; `undefined` before the first print. */
export function postersRecord(env: NodeJS.ProcessEnv = process.env): PostersRecord | undefined {
  const file = join(dataDir(env), POSTERS_RECORD);
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as PostersRecord;
}

/** Notes that posters were printed now for `secret` (`npm run posters`). */
export function recordPosters(secret: Uint8Array, points: number, env: NodeJS.ProcessEnv = process.env): void {
  const record: PostersRecord = { fingerprint: secretFingerprint(secret), madeAt: new Date().toISOString(), points };
  writeFileDurably(join(dataDir(env), POSTERS_RECORD), `${JSON.stringify(record, null, 2)}\n`);
}

function parseSecret(hex: string, where: string): Uint8Array {
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new Error(`${where}: the check-in secret must be 64 hex digits`);
  return Uint8Array.from(Buffer.from(hex, 'hex'));
}
