/**
 * The one registry of landmark kinds: everything the site needs to know about a kind, in one entry.
 * zod-free, so browser code can import it; the kind enum (`LANDMARK_KINDS`) and its schema derive from it,
 * and the palette, map symbols, map layers, legend, search terms and illustrations all read it.
 *
 * Adding a kind: one entry here, plus its dictionary lines `kind.<id>` (the group's name: "Benches" heads a list),
 * `kind.<id>.one` (one of them: "Bench" under a bench's name) and `kind.<id>.synonyms` (other
 * words a visitor may search it by) in every dictionary of `src/i18n/messages/` (a missing one fails type
 * checking). The order of the entries is the order of the landmark index and the legend.
 */

/** The placeholder drawings `src/core/illustrations/illustrationSvg.ts` can make; a kind picks one. */
export const ILLUSTRATION_MOTIFS = [
  'mural-wall', 'painted-path', 'stairwell-door', 'paw', 'seats', 'notice-board', 'bench', 'manhole-cover', 'ramp',
] as const;
export type IllustrationMotif = (typeof ILLUSTRATION_MOTIFS)[number];

/** What the site knows about one kind of landmark. */
export type LandmarkKindEntry = {
  /** Colour of its map symbol, shapes, legend dot and index swatch (3:1 against the pale base map). */
  readonly colour: string;
  /** The glyph inside its map pin and legend dot (check-in points show their trail number instead). */
  readonly symbol: string;
  /** `own`: a layer the visitor can switch on its own (its key is the kind's id); `others`: the shared "other landmarks" layer. */
  readonly layer: 'own' | 'others';
  /** Its placeholder illustration until someone adds a photo: the drawing and its pale ground colour. */
  readonly illustration: { readonly motif: IllustrationMotif; readonly ground: string };
  /** A minor place (a bench, a manhole): on a crowded map its pin may wait for a closer zoom. Other pins always show. */
  readonly minor?: true;
};

/** A registry: kind id → entry, in legend order. Tests extend the real one with a made-up kind. */
export type LandmarkKindRegistry = Readonly<Record<string, LandmarkKindEntry>>;

/** Every kind of landmark, in the order the landmark index and the legend list them. */
export const LANDMARK_KIND_REGISTRY = {
  checkin: { colour: '#b3261e', symbol: '#', layer: 'own', illustration: { motif: 'mural-wall', ground: '#fde9c9' } },
  walkway: { colour: '#f2a900', symbol: '▶', layer: 'own', illustration: { motif: 'painted-path', ground: '#e3f1e4' } },
  'celebrity-stairwell': { colour: '#c2185b', symbol: '★', layer: 'others', illustration: { motif: 'stairwell-door', ground: '#fbe0e6' } },
  'pet-area': { colour: '#6d8b2f', symbol: '♥', layer: 'own', illustration: { motif: 'paw', ground: '#e7efd9' } },
  'meeting-spot': { colour: '#7b4a2a', symbol: '◆', layer: 'others', illustration: { motif: 'seats', ground: '#efe6da' }, minor: true },
  showcase: { colour: '#6a1b9a', symbol: '▣', layer: 'others', illustration: { motif: 'notice-board', ground: '#e2ecf7' }, minor: true },
  bench: { colour: '#00796b', symbol: '≡', layer: 'others', illustration: { motif: 'bench', ground: '#ebf1e3' }, minor: true },
  manhole: { colour: '#455a64', symbol: '◎', layer: 'others', illustration: { motif: 'manhole-cover', ground: '#e9e9ef' }, minor: true },
  ramp: { colour: '#0277bd', symbol: '◢', layer: 'others', illustration: { motif: 'ramp', ground: '#e5eef0' }, minor: true },
  mural: { colour: '#b3261e', symbol: '✎', layer: 'others', illustration: { motif: 'mural-wall', ground: '#fde9c9' } },
  other: { colour: '#5d4037', symbol: '•', layer: 'others', illustration: { motif: 'notice-board', ground: '#eeeeee' }, minor: true },
} as const satisfies LandmarkKindRegistry;

/** A kind of landmark, e.g. `pet-area`. */
export type LandmarkKind = keyof typeof LANDMARK_KIND_REGISTRY;

/** The ids of a registry, in its order. */
export function kindsOf<K extends string>(registry: Readonly<Record<K, LandmarkKindEntry>>): [K, ...K[]] {
  return Object.keys(registry) as [K, ...K[]];
}

/** Every kind id, in legend order (the enum behind `landmarkKindSchema`). */
export const LANDMARK_KINDS: readonly [LandmarkKind, ...LandmarkKind[]] = kindsOf(LANDMARK_KIND_REGISTRY);

/** The dictionary key of a kind's name in every language, e.g. `kind.pet-area` (爱宠部落 / Pet area). */
export function kindTextKey<K extends string>(kind: K): `kind.${K}` {
  return `kind.${kind}`;
}

/** The dictionary key of the name of one place of a kind, e.g. `kind.bench.one` (休闲椅 / Bench; a list's heading says Benches). */
export function kindOneKey<K extends string>(kind: K): `kind.${K}.one` {
  return `kind.${kind}.one`;
}

/**
 * The dictionary key of the other words a visitor may search a kind by, in each language, e.g.
 * `kind.pet-area.synonyms` (宠物、狗、猫 / pet, dog, cat). Data per language, so a new language adds its own.
 */
export function kindSynonymsKey<K extends string>(kind: K): `kind.${K}.synonyms` {
  return `kind.${kind}.synonyms`;
}
