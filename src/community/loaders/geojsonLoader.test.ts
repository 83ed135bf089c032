import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { landmarkSchema } from '../../schemas/landmark';
import { geojsonLoader } from './geojsonLoader';

/** The parts of Astro's loader context this loader uses, backed by a Map, validating with the real schema. */
function context() {
  const entries = new Map<string, unknown>();
  const ctx = {
    store: {
      set: ({ id, data }: { id: string; data: unknown }) => {
        entries.set(id, data);
        return true;
      },
      clear: () => entries.clear(),
    },
    parseData: async ({ data }: { data: unknown }) => landmarkSchema.parse(data),
    logger: { info: () => {} },
  };
  return { entries, ctx: ctx as unknown as Parameters<ReturnType<typeof geojsonLoader>['load']>[0] };
}
const write = (features: unknown[]) => {
  const dir = mkdtempSync(join(tmpdir(), 'loader-'));
  writeFileSync(join(dir, 'landmarks.geojson'), JSON.stringify({ type: 'FeatureCollection', features }));
  return dir;
};
const bench = (id: string) => ({ type: 'Feature', id, geometry: { type: 'Point', coordinates: [120, 31.79] }, properties: { kind: 'bench', name: { 'zh-CN': '椅', en: 'Bench' } } });

describe('geojsonLoader', () => {
  it('stores each feature under its id, validated by the schema', async () => {
    const { entries, ctx } = context();
    await geojsonLoader({ dir: write([bench('bench-1'), bench('bench-2')]), file: 'landmarks.geojson', schema: landmarkSchema }).load(ctx);
    expect([...entries.keys()]).toEqual(['bench-1', 'bench-2']);
    expect((entries.get('bench-1') as { properties: { kind: string } }).properties.kind).toBe('bench');
  });
  it('stops on a duplicate id, naming the file and the id', async () => {
    const { ctx } = context();
    await expect(geojsonLoader({ dir: write([bench('bench-1'), bench('bench-1')]), file: 'landmarks.geojson', schema: landmarkSchema }).load(ctx)).rejects.toThrow('landmarks.geojson: bench-1: duplicate id');
  });
  it('stops on a feature without an id', async () => {
    const { ctx } = context();
    const { id: _drop, ...anonymous } = bench('x');
    await expect(geojsonLoader({ dir: write([anonymous]), file: 'landmarks.geojson', schema: landmarkSchema }).load(ctx)).rejects.toThrow('landmarks.geojson: #0: needs a string "id"');
  });
  it('lets the schema refuse a bad feature', async () => {
    const { ctx } = context();
    await expect(geojsonLoader({ dir: write([{ ...bench('b'), properties: { kind: 'castle', name: {} } }]), file: 'landmarks.geojson', schema: landmarkSchema }).load(ctx)).rejects.toThrow();
  });
});
