import { join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { formatProblem } from '../../core/checks/problem';
import { landmarkSchema } from '../../schemas/landmark';
import { COMMUNITY_FILES } from '../communityDir';
import { readFeatureFile } from '../readCommunity';

/**
 * Content Layer loader for the landmarks' galleries: one entry per landmark that has `gallery` pictures in
 * `data/landmarks.geojson` (entry id = landmark id), with each picture's file handed to the collection's
 * `image()` so the build sizes and hashes it like a story's picture. Pictures are named by file in
 * `content/images/`; `check:data` has already made sure each exists.
 */
export function galleryLoader({ dir }: { dir: string }): Loader {
  const path = join(dir, COMMUNITY_FILES.landmarks);
  return {
    name: 'gallery-loader',
    load: async ({ store, watcher, parseData, config, logger }) => {
      const root = fileURLToPath(config.root);
      const fromLandmarks = posix.join('..', COMMUNITY_FILES.images);
      const load = async () => {
        const { problems, features } = readFeatureFile(dir, COMMUNITY_FILES.landmarks, landmarkSchema);
        if (problems.length) throw new Error(problems.map(formatProblem).join('\n'));
        store.clear();
        let pictures = 0;
        for (const l of features) {
          const gallery = l.properties.gallery ?? [];
          if (!gallery.length) continue;
          const raw = { pictures: gallery.map(({ file, ...rest }) => ({ ...rest, image: `${fromLandmarks}/${file}` })) };
          const data = await parseData({ id: l.id, data: raw, filePath: path });
          store.set({ id: l.id, data, filePath: relative(root, path).split(sep).join('/') });
          pictures += gallery.length;
        }
        logger.info(`${COMMUNITY_FILES.landmarks}: ${pictures} gallery pictures`);
      };
      await load();
      watcher?.add(path);
      watcher?.on('change', (changed) => {
        if (changed !== path) return;
        load().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
