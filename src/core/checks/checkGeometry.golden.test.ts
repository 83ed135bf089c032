import { goldens } from '../../../tests/support/goldens';
import { checkGeometry } from './checkGeometry';

/**
 * in: features whose geometries may break RFC 7946; out: the messages `npm run check:data` prints for each,
 * by feature id (an empty list: sound). `outer-ring-clockwise` is named after the rule's reason to exist:
 * a building drawn clockwise, which some tools fill inside out.
 */
goldens(new URL('./__fixtures__/checkGeometry', import.meta.url), '.json', (input) =>
  Object.fromEntries((input as { features: { id: string; geometry: unknown }[] }).features.map((f) => [f.id, checkGeometry(f.geometry)])));
