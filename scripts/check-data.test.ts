import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const checkData = (dir: string) => spawnSync('node_modules/.bin/tsx', ['scripts/check-data.ts', dir], { encoding: 'utf8' });

describe('npm run check:data', () => {
  it('exits 0 on good data', () => {
    const r = checkData('tests/fixtures/tiny');
    expect(r.stdout).toContain('OK');
    expect(r.status).toBe(0);
  });
  it('prints one line per problem and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-data-'));
    cpSync('tests/fixtures/tiny', dir, { recursive: true });
    const file = join(dir, 'data/buildings.geojson');
    const json = JSON.parse(readFileSync(file, 'utf8'));
    json.features[1].geometry.coordinates[0].pop();
    writeFileSync(file, JSON.stringify(json));
    const r = checkData(dir);
    expect(r.stdout.split('\n')[0]).toBe('data/buildings.geojson: b2: ring not closed');
    expect(r.status).toBe(1);
  });
});
