import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { SourceFile } from '../core/checks/checkFeatureCollection';
import type { CommunitySource } from '../core/checks/checkCommunity';
import type { StorySource } from '../core/checks/checkStories';
import { COMMUNITY_FILES } from './communityDir';
import { readStoryFrontmatter } from './storyFile';

/** One file of a community folder as text, named by its path in the folder; a missing file reads as empty. */
export function readSourceFile(dir: string, path: string): SourceFile {
  return { path, text: existsSync(join(dir, path)) ? readFileSync(join(dir, path), 'utf8') : '' };
}

/** Reads a community folder into the plain-text form `checkCommunity` checks. Missing files read as empty. */
export function readCommunitySource(dir: string): CommunitySource {
  const file = (path: string) => readSourceFile(dir, path);
  return {
    community: file(COMMUNITY_FILES.community),
    base: file(COMMUNITY_FILES.base),
    buildings: file(COMMUNITY_FILES.buildings),
    stairwells: file(COMMUNITY_FILES.stairwells),
    landmarks: file(COMMUNITY_FILES.landmarks),
    stories: readStories(dir),
    images: existsSync(join(dir, COMMUNITY_FILES.images)) ? readdirSync(join(dir, COMMUNITY_FILES.images)) : [],
  };
}

function readStories(dir: string): StorySource[] {
  const root = join(dir, COMMUNITY_FILES.stories);
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((lang) => statSync(join(root, lang)).isDirectory())
    .flatMap((lang) => readdirSync(join(root, lang)).filter((name) => name.endsWith('.md')).map((name) => {
      const path = `${COMMUNITY_FILES.stories}/${lang}/${name}`;
      const frontmatter = readFrontmatter(join(dir, path));
      const image = (frontmatter as { image?: unknown } | Error)?.constructor === Object ? (frontmatter as { image?: unknown }).image : undefined;
      const imageExists = typeof image === 'string' && existsSync(resolve(dirname(join(dir, path)), image));
      return { path, lang, stem: name.slice(0, -3), frontmatter, imageExists } satisfies StorySource;
    }));
}

/** The front matter of a story file, parsed as the build parses it; an Error when absent or malformed. */
function readFrontmatter(path: string): unknown {
  return readStoryFrontmatter(readFileSync(path, 'utf8'));
}
