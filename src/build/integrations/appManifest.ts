import { communityDir } from '../../community/communityDir';
import { readCommunity } from '../../community/readCommunity';
import { localePrefix } from '../../core/i18n/localePath';
import { pickText } from '../../core/i18n/pickText';
import { translator } from '../../i18n/translator';
import type { Community } from '../../schemas/community';
import type { Locale } from '../../schemas/locale';

/** What the web app manifest says about the community, in its languages. */
export type AppManifestText = { name: string; short_name: string; description: string; lang: string };

/**
 * The installed app's name, short name, description and language, from `community.json` (its `app`, else
 * the interface's "<name> map" and the community's description): the first two languages joined by " · "
 * for the name and description, the first language's short name.
 * @example appManifestText(cailing) → { name: '采菱地图 · Cailing Community Map', short_name: '采菱地图', … }
 */
export function appManifestText(community: Community): AppManifestText {
  const { languages } = community;
  const shown = languages.slice(0, 2);
  const name = (l: string) => (community.app ? pickText(community.app.name, l) : translator(l)('site.name', { community: pickText(community.name, l) }));
  const description = (l: string) => pickText(community.app?.description ?? community.description, l);
  return {
    name: shown.map(name).join(' · '),
    short_name: community.app ? pickText(community.app.shortName, languages[0]!) : name(languages[0]!),
    description: shown.map(description).join(' · '),
    lang: languages[0]!,
  };
}

/**
 * The pages a first visit precaches for the offline walk, in the community's first language: its home, trail,
 * check-in pages and passport (Workbox glob patterns, relative to the build). A visitor reading another language
 * gets that language's same pages cached by `offlinePages` (public/offline-pages.js), so no phone downloads
 * every language.
 */
export function offlinePagePatterns(languages: readonly string[]): string[] {
  if (!languages.length) return [];
  return ['index.html', 'trail/index.html', 'checkin/*/index.html', 'passport/index.html'];
}

/** The cache the service worker answers page requests from when offline; `offline-pages.js` adds to it. */
export const PAGE_CACHE = 'pages';

/** The offline walk's pages in one language, as site paths: what `offline-pages.js` caches for a visitor reading it. */
export function offlinePages(lang: Locale, languages: readonly Locale[], checkinIds: readonly string[]): string[] {
  const prefix = localePrefix(lang, languages);
  return ['/', '/trail/', '/passport/', ...checkinIds.map((id) => `/checkin/${id}/`)].map((p) => `${prefix}${p}`);
}

/** The community being built (COMMUNITY_DIR), for `astro.config.mjs`; undefined while its data has problems (the build's data check then stops the build and lists them). */
export function communityForConfig(): Community | undefined {
  return readCommunity(communityDir()).data?.community;
}
