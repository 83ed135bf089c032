import { z } from 'astro/zod';

/** The interface languages the site has dictionaries for (`src/i18n/messages/`). */
export const SUPPORTED_LOCALES = ['zh-CN', 'en'] as const;

/** A BCP 47 language tag the site can speak. */
export const localeSchema = z.enum(SUPPORTED_LOCALES);
export type Locale = z.output<typeof localeSchema>;

/** Text in several languages, e.g. `{ "zh-CN": "爱宠部落", "en": "Pet Tribe" }`. Every language the community lists must be present (checked by `check:data`). */
export const localizedSchema = z.record(localeSchema, z.string().trim().min(1));
export type Localized = z.output<typeof localizedSchema>;
