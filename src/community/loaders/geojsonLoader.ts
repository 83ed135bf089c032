import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';

/**
 * Content Layer loader for one GeoJSON FeatureCollection: every Feature becomes an entry whose id is the
 * feature's `id` and whose data is the whole Feature, validated by the collection's schema.
 * A feature without an id, or an id used twice, stops the build naming the file and the id.
 */
export function geojsonLoader({ dir, file }: { dir: string; file: string }): Loader {
  const path = join(dir, file);
  return {
    name: 'geojson-loader',
    load: async ({ store, parseData, watcher, logger }) => {
      const load = async () => {
        const json = JSON.parse(await readFile(path, 'utf8')) as { features?: { id?: unknown }[] };
        if (!Array.isArray(json.features)) throw new Error(`${file}: -: must be a GeoJSON FeatureCollection with a "features" array`);
        store.clear();
        const seen = new Set<string>();
        for (const [index, feature] of json.features.entries()) {
          const id = feature.id;
          if (typeof id !== 'string' || !id) throw new Error(`${file}: #${index}: needs a string "id"`);
          if (seen.has(id)) throw new Error(`${file}: ${id}: duplicate id`);
          seen.add(id);
          store.set({ id, data: await parseData({ id, data: feature as Record<string, unknown> }) });
        }
        logger.info(`${file}: ${seen.size} features`);
      };
      await load();
      watcher?.add(path);
      watcher?.on('change', (changed) => { if (changed === path) void load(); });
    },
  };
}
