import { goldens } from '../../../tests/support/goldens';
import { compassPoint } from './compassPoint';

/**
 * in: bearings in degrees (0…360 and beyond; `turf-negative-bearings`: Turf's bearing gives -180…180);
 * out: the compass point the "go this way" hint of a refused check-in names for each.
 */
goldens(new URL('./__fixtures__/compassPoint', import.meta.url), '.json', (input) =>
  (input as number[]).map((bearingDeg) => ({ bearingDeg, point: compassPoint(bearingDeg) })));
