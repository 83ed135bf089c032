import { describe, expect, it } from 'vitest';
import { secretFingerprint } from './secretFingerprint';

describe('secretFingerprint', () => {
  it('is short, stable and differs for a secret one bit apart', () => {
    const a = new Uint8Array(32).fill(7);
    const b = a.slice();
    b[31] = 6;
    expect(secretFingerprint(a)).toMatch(/^[0-9a-f]{4}-[0-9a-f]{4}$/);
    expect(secretFingerprint(a)).toBe(secretFingerprint(new Uint8Array(32).fill(7)));
    expect(secretFingerprint(b)).not.toBe(secretFingerprint(a));
  });
  it('is not the secret\'s own hash prefix (a domain of its own)', () => {
    const a = new Uint8Array(32).fill(7);
    expect(secretFingerprint(a).replace('-', '')).not.toBe(Buffer.from(a).toString('hex').slice(0, 8));
  });
});
