/**
 * Writes a placeholder illustration for every landmark that has none yet: content/images/<id>.svg.
 * Replace any of them with a real photo or drawing and point the story's `image` at it.
 *
 * Usage: npx tsx scripts/generate-illustrations.ts [community folder]
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { illustrationSvg } from '../src/core/illustrations/illustrationSvg';
import { COMMUNITY_FILES } from '../src/community/communityDir';
import { readFeatureFile } from '../src/community/readCommunity';
import { landmarkSchema } from '../src/schemas/landmark';

const dir = resolve(process.argv[2] ?? process.env.COMMUNITY_DIR ?? '.');
const out = join(dir, 'content/images');
mkdirSync(out, { recursive: true });
// Only the landmarks are read (not every rule): stories whose picture is still missing are why this runs.
const { features } = readFeatureFile(dir, COMMUNITY_FILES.landmarks, landmarkSchema);
let written = 0;
for (const f of features) {
  const file = join(out, `${f.id}.svg`);
  if (existsSync(file)) continue;
  writeFileSync(file, illustrationSvg(f));
  written += 1;
}
console.log(`wrote ${written} illustration(s) to ${out}`);
