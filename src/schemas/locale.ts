import { z } from 'astro/zod';

/**
 * A BCP 47 language tag, e.g. `zh-CN`, `en`, `zh-TW`. Which tags the site can speak is decided by the
 * dictionaries in `src/i18n/messages/` (`check:data` and the build refuse a community language without one).
 */
export const localeSchema = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'a language tag such as zh-CN or en');
export type Locale = z.output<typeof localeSchema>;

/** Text in several languages, e.g. `{ "zh-CN": "爱宠部落", "en": "Pet Tribe" }`. Every language the community lists must be present (checked by `check:data`). */
export const localizedSchema = z.record(localeSchema, z.string().trim().min(1));
export type Localized = z.output<typeof localizedSchema>;
