import { getImage } from 'astro:assets';
import type { MapProps } from '../browser/map/mapProps';
import { MAP_TEXT_KEYS } from '../browser/map/mapText';
import { messagesOf } from '../i18n/messages';
import { pickMessages } from '../i18n/translator';
import { communityWords } from '../core/i18n/communityWords';
import { localePath } from '../core/i18n/localePath';
import { anchorOf } from '../core/map/anchorOf';
import { pickText } from '../core/i18n/pickText';
import { landmarkSearchTerms } from '../core/search/landmarkSearchTerms';
import { tileConfigFromEnv } from '../core/map/tileConfigFromEnv';
import type { Locale } from '../schemas/locale';
import { getBase, getBuildings, getCommunity, getLandmarks, getStairwells, getStories } from '../community/collections';

/** The map island's props for one language: the community's GeoJSON, story cards, search words and tile settings. */
export async function getMapProps(lang: Locale): Promise<MapProps> {
  const [community, base, buildings, landmarks, stairwells, stories] = await Promise.all([
    getCommunity(), getBase(), getBuildings(), getLandmarks(), getStairwells(), getStories(lang),
  ]);
  const href = (p: string) => localePath(lang, p, community.languages);
  const cards: MapProps['cards'] = {};
  for (const l of landmarks) {
    const story = stories.get(l.id)!;
    // The details sheet shows the first picture small (at most 160 CSS px wide): 240 px covers a 1.5× screen.
    const image = await getImage({ src: story.data.image, width: 240 });
    cards[l.id] = {
      title: story.data.title, excerpt: story.data.excerpt, alt: story.data.imageAlt, href: href(`/landmarks/${l.id}/`),
      image: { src: image.src, width: Number(image.attributes.width ?? 240), height: Number(image.attributes.height ?? 150) },
    };
  }
  return {
    lang,
    text: pickMessages(lang, MAP_TEXT_KEYS, communityWords(community, lang)),
    view: { bounds: community.bounds, minZoom: community.minZoom, maxZoom: community.maxZoom, defaultZoom: community.defaultZoom },
    name: pickText(community.name, lang),
    credit: pickText(community.mapCredit, lang),
    base: { type: 'FeatureCollection', features: base },
    buildings: { type: 'FeatureCollection', features: buildings },
    anchors: Object.fromEntries([...buildings, ...landmarks].map((f) => [f.id, anchorOf(f.geometry)])),
    landmarks: { type: 'FeatureCollection', features: landmarks },
    stairwells: Object.fromEntries(stairwells.map((s) => [s.id, s.geometry.coordinates])),
    cards,
    buildingHref: href('/buildings/{number}/'),
    buildingsHref: href('/buildings/'),
    search: {
      buildings: buildings.map((b) => b.properties.number),
      stairwells: stairwells.map((s) => s.id),
      // Names, kind names and kind synonyms in every language, so "dog" finds 爱宠部落 on the Chinese page too.
      landmarks: landmarks.map((l) => ({
        id: l.id,
        ...landmarkSearchTerms(l.properties, community.languages.map((c) => messagesOf(c))),
      })),
    },
    tiles: tileConfigFromEnv(process.env),
  };
}
