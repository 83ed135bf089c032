import { z } from 'astro/zod';

import { SUPPORTED_LOCALES } from './enums';

export { SUPPORTED_LOCALES };

/** A BCP 47 language tag the site can speak. */
export const localeSchema = z.enum(SUPPORTED_LOCALES);
export type Locale = z.output<typeof localeSchema>;

/** Text in several languages, e.g. `{ "zh-CN": "爱宠部落", "en": "Pet Tribe" }`. Every language the community lists must be present (checked by `check:data`). */
export const localizedSchema = z.record(localeSchema, z.string().trim().min(1));
export type Localized = z.output<typeof localizedSchema>;
