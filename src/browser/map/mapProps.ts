import type { SearchIndex } from '../../core/search/searchMap';
import type { BaseFeature } from '../../schemas/baseFeature';
import type { Building } from '../../schemas/building';
import type { Community } from '../../schemas/community';
import type { Position } from '../../schemas/geojson';
import type { Landmark } from '../../schemas/landmark';
import type { Locale } from '../../schemas/locale';
import type { TileConfig } from '../../schemas/tiles';
import type { MapText } from './mapText';

/** A GeoJSON FeatureCollection of features validated by one of our schemas. */
type Collection<F> = { type: 'FeatureCollection'; features: F[] };

/** A landmark's card on the map: its story's title, excerpt and picture, and where its page is. */
export type LandmarkCard = { title: string; excerpt: string; image: { src: string; width: number; height: number }; alt: string; href: string };

/** The id of the home page's `<script type="application/json">` that holds the map's `MapProps`. */
export const MAP_DATA_ID = 'map-data';

/** Everything the map island needs, computed at build time and passed as serialisable props (no fetch). */
export type MapProps = {
  lang: Locale;
  text: MapText;
  view: Pick<Community, 'bounds' | 'minZoom' | 'maxZoom' | 'defaultZoom'>;
  /** Community name, for the map's accessible name. */
  name: string;
  /** Credit line of the map data, shown in the map's attribution. */
  credit: string;
  base: Collection<BaseFeature>;
  buildings: Collection<Building>;
  landmarks: Collection<Landmark>;
  /** Where each building's and landmark's label, pin and details point go, by id (computed at build time with Turf, so the island ships no geometry library). */
  anchors: Record<string, Position>;
  /** Stairwell entrances by id (`22-3`), `[lng, lat]`. */
  stairwells: Record<string, Position>;
  cards: Record<string, LandmarkCard>;
  /** Building page URL with `{number}` in it, in the page's language. */
  buildingHref: string;
  /** Buildings index URL, in the page's language (the progress chart links to its sections). */
  buildingsHref: string;
  search: SearchIndex;
  tiles: TileConfig | null;
  /** Vector renderer; canvas unless a comparison (the benchmark) asks for SVG. */
  renderer?: 'canvas' | 'svg';
};
