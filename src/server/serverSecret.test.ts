import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVER_SECRET_FILE, serverSecret } from './serverSecret';

describe('serverSecret', () => {
  it('makes 32 random bytes on first use, readable only by the owner, and gives the same bytes after', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cailing-secret-'));
    const secret = serverSecret({ DATA_DIR: dir });
    expect(secret).toHaveLength(32);
    const file = join(dir, SERVER_SECRET_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toBe(Buffer.from(secret).toString('hex'));
    expect(serverSecret({ DATA_DIR: dir })).toEqual(secret);
    expect(serverSecret({ DATA_DIR: mkdtempSync(join(tmpdir(), 'cailing-secret-')) })).not.toEqual(secret);
  });
});
