import { join } from 'node:path';
import type { z } from 'astro/zod';
import type { Loader } from 'astro/loaders';
import { formatProblem } from '../../core/checks/problem';
import { readJsonFile } from '../readCommunity';

/**
 * Content Layer loader for a single JSON object (e.g. `data/community.json`), read and validated by
 * `schema` once through the community reader (`readJsonFile`), stored as the one entry `id`.
 */
export function jsonObjectLoader<S extends z.ZodTypeAny>({ dir, file, id, schema }: { dir: string; file: string; id: string; schema: S }): Loader {
  const path = join(dir, file);
  return {
    name: 'json-object-loader',
    load: async ({ store, watcher, logger }) => {
      const load = () => {
        const { problems, data } = readJsonFile(dir, file, schema);
        if (problems.length) throw new Error(problems.map(formatProblem).join('\n'));
        store.clear();
        store.set({ id, data: data as Record<string, unknown> });
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
