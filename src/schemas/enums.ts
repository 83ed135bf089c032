/**
 * The fixed lists behind the schemas, in a module without zod, so browser code can use them without
 * shipping the validator. The schemas build their enums from these.
 */

/** Renovation status, in the order the legend shows it. */
export const BUILDING_STATUSES = ['celebrity', 'renewed', 'in-progress', 'not-yet'] as const;

/** Kinds of landmark, in the order the landmark index and the legend list them: the ids of the registry. */
export { LANDMARK_KINDS } from './landmarkKinds';

/** Parts of the embedded base map, drawn beneath everything else. */
export const BASE_KINDS = ['boundary', 'green', 'road', 'gate'] as const;

/**
 * Where a resident's submission stands, in the order the moderation queue lists them. `approved`: in the
 * content store, waiting for the site to be rebuilt; `published`: in the live site; `needs-attention`:
 * approved, but its files failed the data checks (nothing was written); `unpublished`: taken off the site.
 */
export const SUBMISSION_STATUSES = ['pending', 'needs-attention', 'approved', 'published', 'rejected', 'unpublished', 'archived'] as const;
