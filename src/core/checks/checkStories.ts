import { storyFileSchema } from '../../schemas/story';
import type { Problem } from './problem';

/** A story file as read from `content/stories/<lang>/<id>.md`. */
export type StorySource = {
  /** Path relative to the community folder. */
  path: string;
  /** The language folder it sits in. */
  lang: string;
  /** The file name without `.md`. */
  stem: string;
  /** Parsed front matter, or an Error when it could not be read. */
  frontmatter: unknown;
  /** Whether the picture the front matter names exists. */
  imageExists: boolean;
};

/**
 * Every landmark has a story in every language of the community; every story names an existing landmark
 * (its file is named after it), sits in a language folder of the community, and has a picture that exists.
 */
export function checkStories(stories: StorySource[], landmarkIds: ReadonlySet<string>, languages: readonly string[], landmarksFile: string): Problem[] {
  const problems: Problem[] = [];
  const ids = landmarkIds;
  const have = new Set<string>();
  for (const s of stories) {
    const say = (message: string) => problems.push({ file: s.path, id: s.stem, message });
    if (!languages.includes(s.lang)) { say(`language folder "${s.lang}" is not one of the community's languages (${languages.join(', ')})`); continue; }
    if (s.frontmatter instanceof Error) { say(`front matter unreadable: ${s.frontmatter.message}`); continue; }
    const parsed = storyFileSchema.safeParse(s.frontmatter);
    if (!parsed.success) {
      for (const i of parsed.error.issues) say(`${i.path.join('.') || 'front matter'}: ${i.message}`);
      continue;
    }
    const { landmark } = parsed.data;
    if (landmark !== s.stem) say(`names landmark "${landmark}" but the file must be named after it (${landmark}.md)`);
    else if (!ids.has(landmark)) say(`landmark "${landmark}" not found in ${landmarksFile}`);
    else have.add(`${s.lang}/${landmark}`);
    if (!s.imageExists) say(`picture "${parsed.data.image}" not found`);
  }
  for (const id of landmarkIds) {
    for (const lang of languages) {
      if (!have.has(`${lang}/${id}`)) problems.push({ file: landmarksFile, id, message: `no story in ${lang} (add content/stories/${lang}/${id}.md)` });
    }
  }
  return problems;
}
