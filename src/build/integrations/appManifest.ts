import { communityDir } from '../../community/communityDir';
import { readCommunity } from '../../community/readCommunity';
import { localePrefix } from '../../core/i18n/localePath';
import { pickText } from '../../core/i18n/pickText';
import { translator } from '../../i18n/translator';
import type { Community } from '../../schemas/community';

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
 * The pages an installed app keeps offline, in every language of the community: each language's home,
 * trail, check-in pages and passport (Workbox glob patterns, relative to the build).
 */
export function offlinePagePatterns(languages: readonly string[]): string[] {
  if (!languages.length) return [];
  const dirs = languages.map((l) => localePrefix(l, languages).slice(1)).map((p) => (p ? `${p}/` : ''));
  const any = dirs.length === 1 ? dirs[0]! : `{${dirs.join(',')}}`;
  return [`${any}index.html`, `${any}trail/index.html`, `${any}checkin/*/index.html`, `${any}passport/index.html`];
}

/** The community being built (COMMUNITY_DIR), for `astro.config.mjs`; undefined while its data has problems (the build's data check then stops the build and lists them). */
export function communityForConfig(): Community | undefined {
  return readCommunity(communityDir()).data?.community;
}
