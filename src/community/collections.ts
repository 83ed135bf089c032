import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { coverage, type Coverage } from '../core/mapEdit/coverage';
import type { Building } from '../schemas/building';
import type { Community } from '../schemas/community';
import type { Landmark } from '../schemas/landmark';
import type { Locale } from '../schemas/locale';

/** Build-time access to the community's collections (the only module pages use to read them). */
export async function getCommunity(): Promise<Community> {
  const entry = await getEntry('community', 'community');
  if (!entry) throw new Error('data/community.json: -: missing');
  return entry.data;
}

/** The 62 (or however many) buildings, by number. */
export async function getBuildings(): Promise<Building[]> {
  return (await getCollection('buildings')).map((e) => e.data).sort((a, b) => a.properties.number - b.properties.number);
}

/** Every landmark, as GeoJSON features. */
export async function getLandmarks(): Promise<Landmark[]> {
  return (await getCollection('landmarks')).map((e) => e.data);
}

/** Every stairwell entrance. */
export async function getStairwells() {
  return (await getCollection('stairwells')).map((e) => e.data);
}

/** Base-map features: boundary, roads, gates, green. */
export async function getBase() {
  return (await getCollection('base')).map((e) => e.data);
}

/** The story of a landmark in a language (the build has already checked it exists). */
export async function getStory(lang: Locale, landmarkId: string): Promise<CollectionEntry<'stories'>> {
  const story = await getEntry('stories', `${lang}/${landmarkId}`);
  if (!story) throw new Error(`content/stories/${lang}/${landmarkId}.md: ${landmarkId}: missing`);
  return story;
}

/** All stories in one language, keyed by landmark id. */
export async function getStories(lang: Locale): Promise<Map<string, CollectionEntry<'stories'>>> {
  const entries = await getCollection('stories', (e) => e.id.startsWith(`${lang}/`));
  return new Map(entries.map((e) => [e.data.landmark, e]));
}

let coverageOnce: Promise<Coverage> | undefined;
/** How much of the map is surveyed and how many stories come from the community (`coverage`), computed once. */
export function getCoverage(): Promise<Coverage> {
  coverageOnce ??= (async () => {
    const [buildings, stairwells, landmarks, base, stories] = await Promise.all([getBuildings(), getStairwells(), getLandmarks(), getBase(), getCollection('stories')]);
    return coverage({ buildings, stairwells, landmarks, base }, stories.map((e) => e.data));
  })();
  return coverageOnce;
}

/** Whether the site should still call its map schematic: the community says so and not every feature is surveyed yet. */
export async function mapIsSchematic(community: Community): Promise<boolean> {
  return community.schematic && !(await getCoverage()).surveyed;
}

/** A landmark's gallery pictures (after its story's own picture), with their files as the build gives them; empty when it has none. */
export async function getGallery(landmarkId: string): Promise<CollectionEntry<'gallery'>['data']['pictures']> {
  return (await getEntry('gallery', landmarkId))?.data.pictures ?? [];
}
