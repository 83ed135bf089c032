import type { Landmark } from '../../schemas/landmark';
import type { Problem } from './problem';

/**
 * Every picture of a landmark's gallery is a file in `content/images/` and says what it shows in every
 * language of the community.
 * @example checkGallery([checkin03 with gallery [{ file: 'x.svg', alt: { 'zh-CN': '…' } }]], [], ['zh-CN', 'en'], 'data/landmarks.geojson')
 *   → ['gallery[0]: picture "x.svg" not found in content/images', 'gallery[0].alt: missing en']
 */
export function checkGallery(landmarks: readonly Landmark[], images: readonly string[], languages: readonly string[], landmarksFile: string): Problem[] {
  const have = new Set(images);
  const problems: Problem[] = [];
  for (const l of landmarks) {
    (l.properties.gallery ?? []).forEach((picture, i) => {
      const say = (message: string) => problems.push({ file: landmarksFile, id: l.id, message: `gallery[${i}]${message}` });
      if (!have.has(picture.file)) say(`: picture "${picture.file}" not found in content/images`);
      for (const lang of languages) if (!picture.alt[lang]) say(`.alt: missing ${lang}`);
    });
  }
  return problems;
}
