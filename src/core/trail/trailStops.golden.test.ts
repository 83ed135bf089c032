import { goldens, rounded } from '../../../tests/support/goldens';
import type { Landmark } from '../../schemas/landmark';
import { trailStops } from './trailStops';

/**
 * in: landmarks (a walkway and check-in points, maybe other kinds); out: the trail page's stops in order with
 * metres along the walkway and per leg, to the millimetre. `cailing-from-data` is data/'s walkway and 12 points.
 */
goldens(new URL('./__fixtures__/trailStops', import.meta.url), '.json', (input) =>
  rounded(trailStops((input as { features: Landmark[] }).features), 3));
