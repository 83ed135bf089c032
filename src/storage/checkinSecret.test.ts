import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { secretFingerprint } from '../core/passport/secretFingerprint';
import { checkinSecret, existingSecretFingerprint, postersRecord, recordPosters, SECRET_FILE } from './checkinSecret';

const env = () => ({ DATA_DIR: mkdtempSync(join(tmpdir(), 'secret-')) });

describe('the check-in secret', () => {
  it('is made once in the data folder, readable by its owner only, and the same on every later call', () => {
    const e = env();
    expect(existingSecretFingerprint(e)).toBeUndefined();
    const a = checkinSecret(e);
    expect(a).toHaveLength(32);
    expect(statSync(join(e.DATA_DIR, SECRET_FILE)).mode & 0o077).toBe(0);
    expect(checkinSecret(e)).toEqual(a);
    expect(existingSecretFingerprint(e)).toBe(secretFingerprint(a));
    expect(secretFingerprint(a)).toMatch(/^[0-9a-f]{4}-[0-9a-f]{4}$/);
  });

  it('is never made anew while printed posters exist for the old one: the build stops and says how to fix it', () => {
    const e = env();
    const a = checkinSecret(e);
    recordPosters(a, 12, e);
    expect(postersRecord(e)).toMatchObject({ fingerprint: secretFingerprint(a), points: 12 });
    rmSync(join(e.DATA_DIR, SECRET_FILE));
    expect(() => checkinSecret(e)).toThrow(/missing, but posters were printed .* fingerprint .*backup/);
    expect(existsSync(join(e.DATA_DIR, SECRET_FILE))).toBe(false);
  });

  it('refuses another secret than the posters carry', () => {
    const e = env();
    recordPosters(checkinSecret(e), 12, e);
    writeFileSync(join(e.DATA_DIR, SECRET_FILE), `${'ab'.repeat(32)}\n`);
    expect(() => checkinSecret(e)).toThrow(/is not the one the posters printed on .* carry/);
  });

  it('refuses a damaged secret file instead of replacing it', () => {
    const e = env();
    writeFileSync(join(e.DATA_DIR, SECRET_FILE), 'not hex');
    expect(() => checkinSecret(e)).toThrow(/64 hex digits/);
    expect(readFileSync(join(e.DATA_DIR, SECRET_FILE), 'utf8')).toBe('not hex');
  });
});
