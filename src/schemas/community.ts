import { z } from 'astro/zod';
import { positionSchema } from './geojson';
import { localeSchema, localizedSchema } from './locale';

/** `data/community.json`: everything about the community that is not geometry. */
export const communitySchema = z.object({
  /** Short machine name, e.g. `cailing`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Name in each language, e.g. 采菱社区 / Cailing Community. */
  name: localizedSchema,
  /** Where it is, in each language (city, district, subdistrict). */
  region: localizedSchema,
  /** One or two sentences for the home page and search engines. */
  description: localizedSchema,
  /** Map centre `[lng, lat]` (WGS 84). */
  centre: positionSchema,
  /** South-west and north-east corners `[[w, s], [e, n]]`; the map keeps the view near them. */
  bounds: z.tuple([positionSchema, positionSchema]),
  /** Zoom the map opens at; min and max limit how far one can zoom. */
  defaultZoom: z.number().int().min(1).max(22),
  minZoom: z.number().int().min(1).max(22),
  maxZoom: z.number().int().min(1).max(22),
  /** Languages of the site; the first is the default (no URL prefix), the others live under `/<lang>/`. */
  languages: z.array(localeSchema).min(1),
  /** Counts the data must add up to; `check:data` compares them. */
  totals: z.object({ buildings: z.number().int().min(0), stairwells: z.number().int().min(0), checkins: z.number().int().min(0) }),
  /** Facts shown on the home page, e.g. residents and area. Free-form numbers. */
  facts: z.object({ residents: z.number().int().min(0).optional(), areaKm2: z.number().min(0).optional() }).default({}),
  /** True while the geometry is an illustrative layout rather than a survey; pages say so. */
  schematic: z.boolean(),
  /** The mural trail's settings. */
  trail: z.object({
    /** A phone within this many metres of a check-in point may stamp it. Must stay under half the gap between neighbouring points (check:data checks). */
    checkinRadiusM: z.number().positive().max(200).default(35),
    /** A position fix less precise than this (metres) is refused: retry, or scan the QR code. */
    minAccuracyM: z.number().positive().max(500).default(40),
    /** Walking speeds for the time estimates, metres per second. */
    paceMps: z.object({ child: z.number().positive().max(3), elder: z.number().positive().max(3) }).default({ child: 1, elder: 0.7 }),
  }).default({}),
  /** Credit and licence line for the map data, in each language. */
  mapCredit: localizedSchema,
  /**
   * The site as an installed app (its web app manifest), in each language. Left out: the name is the
   * interface's "<community name> map" (采菱地图) and the description the community's `description`.
   */
  app: z.object({
    /** Full name, e.g. `{ "zh-CN": "采菱地图", "en": "Cailing Community Map" }`; the manifest joins the first two languages. */
    name: localizedSchema,
    /** Under the home-screen icon, at most about 12 characters, e.g. 采菱地图; the manifest uses the first language's. */
    shortName: localizedSchema,
    /** One sentence for install prompts and app lists; the manifest joins the first two languages. */
    description: localizedSchema,
  }).optional(),
  /**
   * The word naming a building with its number, in each language: `幢` (22幢), `栋` (22栋), `号楼` (22号楼), or
   * `Building` (Building 22). Used in building titles and stairwell names. Left out: the interface's word (`building.unit`: 幢, Building).
   */
  buildingUnit: localizedSchema.optional(),
});
export type Community = z.output<typeof communitySchema>;
