import { describe, expect, it } from 'vitest';
import { builtByOtherCode, type BuildInfo } from './liveBuild';

const build = (codeHash?: string): BuildInfo => ({ commit: null, contentHash: 'c', codeHash, secretFingerprint: null, builtAt: '2026-11-30T00:00:00Z' });

describe('builtByOtherCode (after a deploy the server rebuilds the live site with its own code)', () => {
  it('is true when the live build was made by other code, or before code was recorded', () => {
    expect(builtByOtherCode(build('old'), build('new'))).toBe(true);
    expect(builtByOtherCode(build(undefined), build('new'))).toBe(true);
  });
  it('is false for the same code, without a live build, or when the server\'s own build does not say', () => {
    expect(builtByOtherCode(build('same'), build('same'))).toBe(false);
    expect(builtByOtherCode(undefined, build('new'))).toBe(false);
    expect(builtByOtherCode(build('old'), build(undefined))).toBe(false);
    expect(builtByOtherCode(build('old'), undefined)).toBe(false);
  });
});
