import { kindsOf, LANDMARK_KIND_REGISTRY, type LandmarkKindRegistry } from '../../schemas/landmarkKinds';
import { landmarkLayersOf, layerOfKind, type LayerOf } from './layerKeys';

/** One row of the landmark legend: a switchable layer and the kinds it shows, each with its colour and symbol. */
export type LegendRow<R extends LandmarkKindRegistry> = {
  layer: LayerOf<R>;
  kinds: { kind: keyof R & string; colour: string; symbol: string }[];
};

/**
 * The landmark legend in registry order: one row per layer. A kind with a layer of its own always has its row;
 * the `others` row lists only the kinds the map actually has (`present`), e.g. `['bench', 'ramp']`.
 */
export function landmarkLegend<R extends LandmarkKindRegistry = typeof LANDMARK_KIND_REGISTRY>(
  present: Iterable<string>,
  registry: R = LANDMARK_KIND_REGISTRY as unknown as R,
): LegendRow<R>[] {
  const here = new Set(present);
  return landmarkLayersOf(registry).map((layer) => ({
    layer,
    kinds: kindsOf(registry)
      .filter((kind) => layerOfKind(kind, registry) === layer && (layer !== 'others' || here.has(kind)))
      .map((kind) => ({ kind, colour: registry[kind]!.colour, symbol: registry[kind]!.symbol })),
  }));
}
