import { join } from 'node:path';
import type { z } from 'astro/zod';
import type { Loader } from 'astro/loaders';
import { formatProblem } from '../../core/checks/problem';
import { readFeatureFile } from '../readCommunity';

/**
 * Content Layer loader for one GeoJSON FeatureCollection: every Feature becomes an entry whose id is the
 * feature's `id` and whose data is the whole Feature, read and validated by `schema` once, through the
 * community reader (`readFeatureFile`). A feature without an id, an id used twice or a feature the schema
 * refuses stops the build naming the file and the id.
 */
export function geojsonLoader<S extends z.ZodTypeAny>({ dir, file, schema }: { dir: string; file: string; schema: S }): Loader {
  const path = join(dir, file);
  return {
    name: 'geojson-loader',
    load: async ({ store, watcher, logger }) => {
      const load = () => {
        const { problems, features } = readFeatureFile(dir, file, schema);
        if (problems.length) throw new Error(problems.map(formatProblem).join('\n'));
        store.clear();
        for (const feature of features as { id: string }[]) store.set({ id: feature.id, data: feature });
        logger.info(`${file}: ${features.length} features`);
      };
      load();
      watcher?.add(path);
      watcher?.on('change', (changed) => {
        if (changed !== path) return;
        try { load(); } catch (error) { logger.error((error as Error).message); }
      });
    },
  };
}
