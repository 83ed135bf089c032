import type { Locale } from '../schemas/locale';
import { getCommunity, getLandmarks } from '../community/collections';
import { offlinePages } from './integrations/appManifest';

/**
 * The offline walk's pages a page in `lang` must cache itself (with `offline-pages.js`): none in the community's
 * first language (the service worker precaches those), else that language's home, trail, passport and check-in pages.
 */
export async function offlinePagesToCache(lang: Locale): Promise<string[]> {
  const [community, landmarks] = await Promise.all([getCommunity(), getLandmarks()]);
  if (lang === community.languages[0]) return [];
  const checkins = landmarks.filter((l) => l.properties.kind === 'checkin').map((l) => l.id);
  return offlinePages(lang, community.languages, checkins);
}
