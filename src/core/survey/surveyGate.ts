import type { FixAverage } from './averageFixes';

/** Red: refused, may not be saved. Amber: usable, say so. Green: good. (QField's accuracy indicator.) */
export type GateColour = 'green' | 'amber' | 'red';

/** What a colour needs: at least `fixes` fixes, a reported accuracy and a spread no worse than these (metres). */
export type GateLimits = { fixes: number; accuracyM: number; spreadM: number };

/**
 * The limits of green and amber. Amber's 10 m keeps a surveyed check-in point well inside the 35 m check-in radius
 * (a fix 10 m off still leaves a child standing at the mural 25 m of margin); green is what a phone outdoors with
 * a clear sky gives after a few seconds' standing still.
 */
export const GATE: { green: GateLimits; amber: GateLimits } = {
  green: { fixes: 5, accuracyM: 5, spreadM: 3 },
  amber: { fixes: 3, accuracyM: 10, spreadM: 10 },
};

/** Why a survey is not green: too few fixes, the phone's own accuracy, or readings that wander. */
export type GateReason = 'fixes' | 'accuracy' | 'spread';

/**
 * The accuracy gate of an averaged survey: green when every green limit holds, amber when every amber limit holds,
 * red otherwise (or with no fix at all); `reasons` names the limits of the next colour up that failed.
 * @example surveyGate({ fixes: 8, accuracyM: 4, spreadM: 1.2, … }) → { colour: 'green', reasons: [] }
 * @example surveyGate({ fixes: 8, accuracyM: 25, spreadM: 1.2, … }) → { colour: 'red', reasons: ['accuracy'] }
 */
export function surveyGate(average: FixAverage | undefined, limits = GATE): { colour: GateColour; reasons: GateReason[] } {
  if (!average) return { colour: 'red', reasons: ['fixes'] };
  const failed = (l: GateLimits): GateReason[] => [
    ...(average.fixes < l.fixes ? ['fixes' as const] : []),
    ...(average.accuracyM > l.accuracyM ? ['accuracy' as const] : []),
    ...(average.spreadM > l.spreadM ? ['spread' as const] : []),
  ];
  const green = failed(limits.green);
  if (!green.length) return { colour: 'green', reasons: [] };
  const amber = failed(limits.amber);
  return amber.length ? { colour: 'red', reasons: amber } : { colour: 'amber', reasons: green };
}
