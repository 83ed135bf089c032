import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';

/** Content Layer loader for a single JSON object (e.g. `data/community.json`), stored as the one entry `id`. */
export function jsonObjectLoader({ dir, file, id }: { dir: string; file: string; id: string }): Loader {
  const path = join(dir, file);
  return {
    name: 'json-object-loader',
    load: async ({ store, parseData, watcher }) => {
      const load = async () => {
        const data = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
        store.clear();
        store.set({ id, data: await parseData({ id, data }) });
      };
      await load();
      watcher?.add(path);
      watcher?.on('change', (changed) => { if (changed === path) void load(); });
    },
  };
}
