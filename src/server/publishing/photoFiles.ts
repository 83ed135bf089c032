import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CommunitySource } from '../../core/checks/checkCommunity';
import { featureCollectionText } from '../../core/geo/featureCollectionText';
import type { Landmark } from '../../schemas/landmark';
import type { Locale } from '../../schemas/locale';
import type { GalleryPicture } from '../../schemas/mural';
import { PHOTO_ALT_MAX } from '../../schemas/submission';
import type { FileChange } from '../store/communityStore';
import type { SubmissionRow } from '../submissionsStore';
import { imagePath, type Translations } from './submissionFiles';

type LandmarkCollection = { type: 'FeatureCollection'; features: Landmark[] } & Record<string, unknown>;

/** The file a resident's photo gets in `content/images/`: its landmark and its submission, e.g. `checkin-03-photo-12.jpg`. */
export const photoFileName = (row: Pick<SubmissionRow, 'id' | 'photo_for'>) => `${row.photo_for}-photo-${row.id}.jpg`;

/**
 * What an approved photo becomes in the store (nothing is written here): the photo file in
 * `content/images/` and one more picture at the end of its landmark's `gallery` in `data/landmarks.geojson`,
 * its alt text in every language (a moderator's translation, else the resident's words), dated by the month
 * it was sent and credited to "residents". `gone` when the landmark is no longer in the store (removed
 * since the photo was sent): nothing can be published, and the moderator is told why.
 */
export function photoFiles(row: SubmissionRow, translations: Translations, src: CommunitySource, languages: readonly Locale[], uploadsDir: string):
  { gone: true; landmark: string } | { gone: false; changes: FileChange[]; proposed: CommunitySource } {
  const landmarkId = row.photo_for!;
  const fc = JSON.parse(src.landmarks.text) as LandmarkCollection;
  const landmark = fc.features.find((f) => f.id === landmarkId);
  if (!landmark || !row.photo) return { gone: true, landmark: landmarkId };
  const file = photoFileName(row);
  const picture: GalleryPicture = {
    file,
    alt: Object.fromEntries(languages.map((l) => [l, l === row.lang ? row.body : translations[l]?.body?.trim().slice(0, PHOTO_ALT_MAX) || row.body])),
    date: row.created_at.slice(0, 7),
    credit: 'residents',
  };
  const gallery = [...(landmark.properties.gallery ?? []).filter((p) => p.file !== file), picture];
  const features = fc.features.map((f) => (f.id === landmarkId ? { ...f, properties: { ...f.properties, gallery } } : f));
  const landmarksText = featureCollectionText({ ...fc, features });
  return {
    gone: false,
    changes: [
      { path: src.landmarks.path, data: landmarksText },
      { path: imagePath(file), data: readFileSync(join(uploadsDir, row.photo)) },
    ],
    proposed: { ...src, landmarks: { ...src.landmarks, text: landmarksText }, images: [...src.images.filter((f) => f !== file), file] },
  };
}

/** The changes that take a published photo off its landmark's gallery again (the landmark itself stays). */
export function photoRemoval(row: Pick<SubmissionRow, 'id' | 'photo_for'>, src: CommunitySource): FileChange[] {
  const file = photoFileName(row);
  const fc = JSON.parse(src.landmarks.text) as LandmarkCollection;
  const features = fc.features.map((f) => {
    if (f.id !== row.photo_for || !f.properties.gallery) return f;
    const { gallery, ...rest } = f.properties;
    const kept = gallery.filter((p) => p.file !== file);
    return { ...f, properties: kept.length ? { ...rest, gallery: kept } : rest };
  });
  return [{ path: src.landmarks.path, data: featureCollectionText({ ...fc, features }) }, { path: imagePath(file), data: null }];
}

/** Whether the store's landmarks text shows this photo in its landmark's gallery. */
export function photoIsIn(row: Pick<SubmissionRow, 'id' | 'photo_for'>, landmarksText: string): boolean {
  const file = photoFileName(row);
  return (JSON.parse(landmarksText) as LandmarkCollection).features.some((f) => f.id === row.photo_for && f.properties.gallery?.some((p) => p.file === file));
}
