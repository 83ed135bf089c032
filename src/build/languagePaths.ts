import { languageParams } from '../core/i18n/localePath';
import { getCommunity } from '../community/collections';

/** `getStaticPaths` for a page that exists once per language: `/…` (default) and `/en/…`. */
export async function languagePaths() {
  const community = await getCommunity();
  return languageParams(community.languages).map(({ lang, locale }) => ({ params: { lang }, props: { locale } }));
}
