import type { Community } from '../../schemas/community';
import type { Geometry } from '../../schemas/geojson';
import type { Locale } from '../../schemas/locale';
import type { MapLayer } from '../../schemas/mapEdit';
import type { TileConfig } from '../../schemas/tiles';
import type { EditorText } from './editorText';

/** One feature of any map layer as the editor holds it: where it lives, its id, geometry and properties (as in `data/`). */
export type EditorFeature = { layer: MapLayer; id: string; geometry: Geometry; properties: Record<string, unknown> };

/** Everything the map editor island needs, read by the page from the content store on each request. */
export type EditorProps = {
  lang: Locale;
  /** The community's languages: the name fields of the details form, one per language. */
  languages: Locale[];
  /** Each language's name in itself (中文, English), for the labels of its fields: a moderator need not read tags. */
  languageNames: Record<Locale, string>;
  text: EditorText;
  view: Pick<Community, 'bounds' | 'minZoom' | 'maxZoom'>;
  /** Community name, for the map's accessible name. */
  name: string;
  credit: string;
  features: EditorFeature[];
  /** The content store's commit these features were read at: a save based on an older one is refused as stale. */
  baseCommit: string;
  /** Where a save is sent (the map API, POST, JSON) and where the history is, in the page's language. */
  saveUrl: string;
  historyUrl: string;
  /** Where a file to import is sent for its preview (POST, multipart). */
  importUrl: string;
  tiles: TileConfig | null;
  /** A feature to select on load (`layer/id`), e.g. after a save. */
  focus?: string;
};

/** The key of a feature across layers: `landmarks/checkin-05`. */
export const featureKey = (f: { layer: MapLayer; id: string }) => `${f.layer}/${f.id}`;
