import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { translator } from '../../i18n/translator';
import type { CommunitySource } from '../../core/checks/checkCommunity';
import type { StorySource } from '../../core/checks/checkStories';
import { featureCollectionText } from '../../core/geo/featureCollectionText';
import { illustrationSvg } from '../../core/illustrations/illustrationSvg';
import { excerptOf } from '../../core/text/excerptOf';
import { plainTextToMarkdown } from '../../core/text/plainTextToMarkdown';
import { COMMUNITY_FILES } from '../../community/communityDir';
import { readStoryFrontmatter, storyFileText } from '../../community/storyFile';
import type { Community } from '../../schemas/community';
import type { Landmark } from '../../schemas/landmark';
import type { Locale } from '../../schemas/locale';
import type { FileChange } from '../store/communityStore';
import type { SubmissionRow } from '../submissionsStore';

/** Text for the story files in languages other than the resident's: a moderator's translation, or the original. */
export type Translations = Partial<Record<Locale, { title?: string; body?: string }>>;

/** Where a landmark's picture lives in a community folder. */
export const imagePath = (file: string) => `content/images/${file}`;
/** Where a landmark's story in one language lives. */
export const storyPath = (lang: string, id: string) => `${COMMUNITY_FILES.stories}/${lang}/${id}.md`;

/**
 * The files an approved submission becomes in the store (nothing is written here): the landmark added to
 * `data/landmarks.geojson` as data (parsed, changed, `JSON.stringify`-ed), a story per language with quoted
 * front matter, and the resident's photo or a drawn illustration. Also gives the store's source with those
 * files in place, read back with the build's own parser, for `checkCommunity` to judge before anything is
 * committed, and the front-matter values that must read back unchanged.
 */
export function submissionFiles(row: SubmissionRow, id: string, translations: Translations, src: CommunitySource, community: Community, uploadsDir: string) {
  const fc = JSON.parse(src.landmarks.text) as { type: 'FeatureCollection'; features: Landmark[] } & Record<string, unknown>;
  const original = row.lang as Locale;
  const textIn = (lang: Locale) => (lang === original ? { title: row.title, body: row.body, own: true } : {
    title: translations[lang]?.title?.trim() || row.title, body: translations[lang]?.body?.trim() || row.body, own: Boolean(translations[lang]?.body?.trim()),
  });
  const feature: Landmark = {
    type: 'Feature', id, geometry: { type: 'Point', coordinates: [row.lng, row.lat] },
    properties: {
      kind: row.kind as Landmark['properties']['kind'],
      name: Object.fromEntries(community.languages.map((l) => [l, textIn(l).title])),
      ...(row.building !== null && { building: row.building }),
      ...(row.stairwell && { stairwell: row.stairwell }),
    },
  };
  const landmarksText = featureCollectionText({ ...fc, features: [...fc.features.filter((f) => f.id !== id), feature] });
  const image = row.photo ? `${id}.jpg` : `${id}.svg`;
  const changes: FileChange[] = [{ path: src.landmarks.path, data: landmarksText }];
  changes.push(row.photo
    ? { path: imagePath(image), data: readFileSync(join(uploadsDir, row.photo)) }
    : { path: imagePath(image), data: illustrationSvg(feature) });
  const files = landmarkStoryFiles({
    id, image, languages: community.languages, textIn, from: original, imageExists: true,
    // A story without a photo gets the site's drawing of its kind, not a resident's: said as the map editor says it.
    imageAlt: (lang, title) => translator(lang)(row.photo ? 'publish.imageAlt.photo' : 'landmarkStory.imageAlt', { title }),
  });
  changes.push(...files.changes);
  const { stories, expected } = files;
  const proposed: CommunitySource = {
    ...src,
    landmarks: { ...src.landmarks, text: landmarksText },
    stories: [...src.stories.filter((s) => s.stem !== id), ...stories],
  };
  return { changes, proposed, roundTrip: roundTripProblems(stories, expected) };
}

/** A story's words in one language: its title and text, and whether the text is its own (else it is `from`'s). */
export type StoryText = { title: string; body: string; own: boolean };

/**
 * A landmark's story file in every language (nothing is written here): quoted front matter naming the
 * landmark, its title and excerpt, its picture and the picture's alt text, and `textLang: from` where a
 * language shows another language's text; each read back with the build's own parser. Used for an approved
 * submission and for a landmark a moderator adds on the map.
 */
export function landmarkStoryFiles(o: {
  id: string; image: string; languages: readonly Locale[]; from: Locale; imageExists: boolean;
  textIn: (lang: Locale) => StoryText; imageAlt: (lang: Locale, title: string) => string;
}) {
  const changes: FileChange[] = [];
  const stories: StorySource[] = [];
  const expected: { path: string; frontmatter: Record<string, string> }[] = [];
  for (const lang of o.languages) {
    const t = o.textIn(lang);
    const frontmatter: Record<string, string> = {
      landmark: o.id, title: t.title, excerpt: excerptOf(t.body), image: storyImageRef(o.image),
      imageAlt: o.imageAlt(lang, t.title),
      ...(!t.own && { textLang: o.from }),
    };
    const path = storyPath(lang, o.id);
    const text = storyFileText(frontmatter, plainTextToMarkdown(t.body));
    changes.push({ path, data: text });
    stories.push({ path, lang, stem: o.id, frontmatter: readStoryFrontmatter(text), imageExists: o.imageExists });
    expected.push({ path, frontmatter });
  }
  return { changes, stories, expected };
}

/** How a story's front matter names a picture in `content/images/` (relative to the story file). */
export const storyImageRef = (file: string) => `../../images/${file}`;
/** The picture file a story's front matter names (`../../images/x.svg` → `x.svg`), if it names one there. */
export const imageOfRef = (ref: unknown) => (typeof ref === 'string' ? ref.replace(/^(\.\.\/)*images\//, '') : undefined);

/** Front-matter values that would not read back as written (the build would show something else). */
function roundTripProblems(stories: StorySource[], expected: { path: string; frontmatter: Record<string, string> }[]): string[] {
  const problems: string[] = [];
  expected.forEach(({ path, frontmatter }, i) => {
    const read = stories[i]!.frontmatter;
    if (read instanceof Error) {
      problems.push(`${path}: ${read.message}`);
      return;
    }
    for (const [key, value] of Object.entries(frontmatter)) {
      if ((read as Record<string, unknown>)[key] !== value) problems.push(`${path}: ${key} does not read back as written`);
    }
  });
  return problems;
}
