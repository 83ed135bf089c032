import type { MessageKey } from '../../i18n/messages';
import { kindOneKey, kindTextKey, LANDMARK_KINDS } from '../../schemas/landmarkKinds';

/** The interface strings the map island uses; the page passes just these, in one language, as props. */
export const MAP_TEXT_KEYS = [
  'map.label', 'map.zoomIn', 'map.zoomOut', 'map.search.label', 'map.search.placeholder', 'map.search.submit', 'map.search.none', 'map.search.suggest',
  'map.search.results', 'map.layers', 'map.layers.close', 'map.layer.buildings', 'map.layer.landmarks', 'map.layer.others', 'map.progress',
  'map.progress.done', 'map.progress.in-progress', 'map.progress.not-yet', 'map.summary', 'map.north', 'map.north.short', 'map.focus.unknown', 'map.reset',
  'map.details.close', 'map.details.readStory', 'map.details.buildingPage', 'map.details.directions',
  'map.directions.geo', 'map.directions.amap', 'map.directions.baidu',
  'status.celebrity', 'status.renewed', 'status.in-progress', 'status.not-yet',
  // Every kind's names (the group's, `kind.<id>`, and one place's, `kind.<id>.one`), from the kind registry: a kind
  // without its lines in the dictionaries fails type checking.
  ...LANDMARK_KINDS.map(kindTextKey), ...LANDMARK_KINDS.map(kindOneKey),
  'building.title', 'building.entrance', 'building.stairwells', 'building.storeys', 'building.lift', 'building.lift.yes',
  'building.lift.no', 'building.landmarks', 'unit.storeys', 'unit.stairwells',
  'share.button', 'share.copied', 'share.select', 'share.link',
] as const satisfies readonly MessageKey[];
export type MapTextKey = (typeof MAP_TEXT_KEYS)[number];
export type MapText = Record<MapTextKey, string>;
