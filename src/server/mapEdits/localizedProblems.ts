import type { RuleProblem } from '../../core/mapEdit/proposeMapEdits';
import { describeRuleProblem } from '../../i18n/describeRuleProblem';
import type { Translate } from '../../i18n/translator';
import { MAP_LAYERS, type MapLayer } from '../../schemas/mapEdit';

/** A refused map change's problem as the editor and scripts get it: the rule and feature (machine-readable), the layer, the sentence in the moderator's language and the check's own words. */
export type LocalizedProblem = { rule: RuleProblem['rule']; featureId: string; features?: string[]; layer?: MapLayer; message: string; detail: string };

/**
 * Each rule problem of a refused map change in the moderator's language (`describeRuleProblem`), with the
 * layer its file holds and the check's own words kept as `detail`. `edits` is the request as sent: the ids it
 * deletes make a trail problem read "cannot be deleted".
 */
export function localizedProblems(t: Translate, problems: readonly RuleProblem[], edits: unknown): LocalizedProblem[] {
  const deleted = new Set((Array.isArray(edits) ? edits : []).flatMap((e: { op?: unknown; id?: unknown } | null) => (e?.op === 'delete' && typeof e.id === 'string' ? [e.id] : [])));
  return problems.map((p) => ({
    rule: p.rule, featureId: p.featureId, ...(p.features && { features: p.features }), ...(layerOfFile(p.file) && { layer: layerOfFile(p.file) }),
    message: describeRuleProblem(t, p, deleted), detail: p.message,
  }));
}

/** The layer a problem's file holds (`data/landmarks.geojson` → `landmarks`), if it is one of the four. */
function layerOfFile(file: string | undefined): MapLayer | undefined {
  const name = /^data\/(\w+)\.geojson$/.exec(file ?? '')?.[1];
  return MAP_LAYERS.find((l) => l === name);
}
