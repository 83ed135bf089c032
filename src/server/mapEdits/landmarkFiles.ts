import type { CommunitySource } from '../../core/checks/checkCommunity';
import type { StorySource } from '../../core/checks/checkStories';
import { illustrationSvg } from '../../core/illustrations/illustrationSvg';
import type { RuleProblem } from '../../core/mapEdit/proposeMapEdits';
import { translator } from '../../i18n/translator';
import type { Landmark } from '../../schemas/landmark';
import type { Locale } from '../../schemas/locale';
import { cleanLine, cleanText } from '../../schemas/text/cleanText';
import type { MapEdit } from '../../schemas/mapEdit';
import { imageOfRef, imagePath, landmarkStoryFiles } from '../publishing/submissionFiles';
import type { FileChange } from '../store/communityStore';

/** What adding and deleting landmarks does to the files beside `data/landmarks.geojson`. */
export type LandmarkFiles = { changes: FileChange[]; src: CommunitySource; problems: RuleProblem[] };

/** The picture file a story shows. */
const imageOf = (s: StorySource) => (s.frontmatter instanceof Error ? undefined : imageOfRef((s.frontmatter as { image?: unknown }).image));

/**
 * The story and picture files that go with the landmarks `edits` add or delete (nothing is written here), and
 * the store's source as it would be with them, for the map rules to judge together with the map change:
 * - a new landmark gets a drawn illustration and a story in every language of the community, its name there
 *   as the title; a language without its own text shows the first language's, marked `textLang` as for a
 *   resident's story published in one language. Without a story in the first language it is refused (`stories`);
 * - a deleted landmark takes its stories in every language and its pictures (its stories' picture, its gallery)
 *   with it, except a picture something else still shows.
 */
export function landmarkFiles(src: CommunitySource, edits: readonly MapEdit[], languages: readonly Locale[]): LandmarkFiles {
  const changes: FileChange[] = [];
  const problems: RuleProblem[] = [];
  let stories = [...src.stories];
  let images = [...src.images];
  const landmarks = (JSON.parse(src.landmarks.text) as { features?: Landmark[] }).features ?? [];
  const [first] = languages;
  for (const edit of edits) {
    if (edit.layer !== 'landmarks') continue;
    if (edit.op === 'add') {
      const story = edit.story ?? {};
      const body = (lang: Locale) => cleanText(story[lang] ?? '');
      const foreign = Object.keys(story).filter((l) => !languages.includes(l));
      if (foreign.length) {
        problems.push({ rule: 'stories', featureId: edit.id, message: `story in ${foreign.slice(0, 3).join(', ').slice(0, 60)}: not a language of the community (${languages.join(', ')})`, file: src.landmarks.path });
        continue;
      }
      if (!first || !body(first)) {
        problems.push({ rule: 'stories', featureId: edit.id, message: `a new landmark needs a short story in ${first} (its page tells it)`, file: src.landmarks.path });
        continue;
      }
      const names = (edit.properties?.name ?? {}) as Record<string, unknown>;
      const feature = { type: 'Feature', id: edit.id, geometry: edit.geometry, properties: edit.properties } as Landmark;
      const image = `${edit.id}.svg`;
      const kind = edit.properties?.kind;
      if (typeof kind === 'string') {
        try {
          changes.push({ path: imagePath(image), data: illustrationSvg(feature) });
          images = [...images.filter((f) => f !== image), image];
        } catch {
          // An unknown kind: the schema rule names it; the story's picture is then missing too, which is said as well.
        }
      }
      stories = stories.filter((s) => s.stem !== edit.id);
      const files = landmarkStoryFiles({
        id: edit.id, image, languages, from: first, imageExists: images.includes(image),
        textIn: (lang) => ({
          title: typeof names[lang] === 'string' ? cleanLine(names[lang] as string) : '',
          body: body(lang) || body(first), own: Boolean(body(lang)),
        }),
        imageAlt: (lang, title) => translator(lang)('landmarkStory.imageAlt', { title: title || edit.id }),
      });
      changes.push(...files.changes);
      stories.push(...files.stories);
    }
    if (edit.op === 'delete') {
      const gone = stories.filter((s) => s.stem === edit.id);
      stories = stories.filter((s) => s.stem !== edit.id);
      const gallery = (landmarks.find((l) => l.id === edit.id)?.properties.gallery ?? []).map((p) => p.file);
      const stillShown = new Set([
        ...stories.map(imageOf),
        ...landmarks.filter((l) => l.id !== edit.id && !edits.some((e) => e.op === 'delete' && e.id === l.id)).flatMap((l) => (l.properties.gallery ?? []).map((p) => p.file)),
      ]);
      const pictures = [...new Set([...gone.map(imageOf), ...gallery])].filter((f): f is string => Boolean(f) && !stillShown.has(f) && images.includes(f!));
      for (const s of gone) changes.push({ path: s.path, data: null });
      for (const f of pictures) changes.push({ path: imagePath(f), data: null });
      images = images.filter((f) => !pictures.includes(f));
    }
  }
  return { changes, src: { ...src, stories, images }, problems };
}
