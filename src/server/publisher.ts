import { formatProblem } from '../core/checks/problem';
import { featureCollectionText } from '../core/geo/featureCollectionText';
import { checkSource, readCommunitySource } from '../community/readCommunity';
import { residentLandmarkId } from '../schemas/submission';
import { audit } from './auditLog';
import { community, reloadCommunity } from './communityData';
import { storagePaths } from './database';
import { imagePath, storyPath, submissionFiles, type Translations } from './publishing/submissionFiles';
import { photoFiles, photoIsIn, photoRemoval } from './publishing/photoFiles';
import { requestRebuild } from './siteRebuild';
import { commitFiles, revertCommit, storeDir, storeHistory, StoreError, withStore, type FileChange } from './store/communityStore';
import { claimSubmission, listSubmissions, nextLandmarkNumber, submissionById, updateSubmission, type SubmissionStatus } from './submissionsStore';

export type { Translations };

/** What a moderator's action came to: done, or why not (a code the page translates, with details). */
export type Outcome =
  | { ok: true; done: 'approved' | 'unpublished' | 'undone' }
  | { ok: false; error: 'already'; status: SubmissionStatus }
  | { ok: false; error: 'needs-attention'; problems: string[] }
  | { ok: false; error: 'store'; code: StoreError['code']; detail: string }
  | { ok: false; error: 'not-found' };

/** A problem found while publishing, as the submission keeps it for the moderators (`attention` column). */
export type Attention = { code: 'checks' | 'store' | 'landmark-gone'; problems: string[]; landmark?: string };

/**
 * Approves a submission and puts it in the content store as an ordinary landmark, as one commit by `who`.
 * The decision is one state change (pending, needing attention or not approved → approved) in one
 * statement, so a second click or a second moderator is told "already …" and nothing happens twice.
 * The files are checked with every `check:data` rule and read back with the build's parser before the
 * commit; if they fail, the story is marked "needs attention" with the reasons and nothing is written, so
 * one story never blocks another. Then the site is rebuilt in the background.
 */
export async function approve(id: number, translations: Translations, who: string): Promise<Outcome> {
  const row = submissionById(id);
  if (!row) return { ok: false, error: 'not-found' };
  if (!claimSubmission(id, ['pending', 'needs-attention', 'rejected'], 'approved', { decided_by: who, attention: null, publish_error: null, reason: null })) {
    return { ok: false, error: 'already', status: submissionById(id)!.status };
  }
  try {
    return await withStore(async () => {
      const src = readCommunitySource(storeDir());
      if (row.photo_for) return await approvePhoto(row, translations, who, src);
      const landmarkId = row.landmark_id ?? freeLandmarkId(src.landmarks.text);
      const files = submissionFiles(row, landmarkId, translations, src, community().community, storagePaths().uploads);
      const problems = [...files.roundTrip, ...checkSource(files.proposed).problems.map(formatProblem)];
      if (problems.length) return needsAttention(id, who, { code: 'checks', problems });
      const commit = await commitFiles({ name: who }, `Publish ${landmarkId}: ${row.title}`, files.changes, { Submission: String(id), Action: 'publish', Landmark: landmarkId });
      updateSubmission(id, { landmark_id: landmarkId, store_commit: commit });
      audit(who, 'approve', id, `${landmarkId} ${commit.slice(0, 10)}`);
      reloadCommunity();
      void requestRebuild();
      return { ok: true, done: 'approved' } as const;
    });
  } catch (error) {
    if (error instanceof StoreError) {
      needsAttention(id, who, { code: 'store', problems: [error.message] });
      return { ok: false, error: 'store', code: error.code, detail: error.detail };
    }
    needsAttention(id, who, { code: 'store', problems: [String((error as Error).message)] });
    throw error;
  }
}

/**
 * The photo half of `approve` (inside the store's turn): the photo and its gallery entry, checked with every
 * `check:data` rule, as one commit. A photo whose landmark was removed meanwhile is not published: the
 * submission needs attention, and the moderator reads which landmark is gone.
 */
async function approvePhoto(row: NonNullable<ReturnType<typeof submissionById>>, translations: Translations, who: string, src: ReturnType<typeof readCommunitySource>): Promise<Outcome> {
  const files = photoFiles(row, translations, src, community().community.languages, storagePaths().uploads);
  if (files.gone) {
    return needsAttention(row.id, who, { code: 'landmark-gone', landmark: files.landmark, problems: [`${src.landmarks.path}: ${files.landmark}: not found (removed from the map)`] });
  }
  const problems = checkSource(files.proposed).problems.map(formatProblem);
  if (problems.length) return needsAttention(row.id, who, { code: 'checks', problems });
  const landmarkId = row.photo_for!;
  const commit = await commitFiles({ name: who }, `Add a photo to ${landmarkId}`, files.changes, { Submission: String(row.id), Action: 'publish', Landmark: landmarkId });
  updateSubmission(row.id, { store_commit: commit });
  audit(who, 'approve', row.id, `${landmarkId} photo ${commit.slice(0, 10)}`);
  reloadCommunity();
  void requestRebuild();
  return { ok: true, done: 'approved' };
}

function needsAttention(id: number, who: string, attention: Attention): Outcome {
  updateSubmission(id, { status: 'needs-attention', attention: JSON.stringify(attention) });
  audit(who, 'needs-attention', id, attention.problems.slice(0, 3).join('; ').slice(0, 500));
  return { ok: false, error: 'needs-attention', problems: attention.problems };
}

/** A landmark id no row and no store landmark uses yet (`resident-<n>`). */
function freeLandmarkId(landmarksText: string): string {
  let n = nextLandmarkNumber();
  const taken = landmarkIds(landmarksText);
  while (taken.has(residentLandmarkId(n))) n += 1;
  return residentLandmarkId(n);
}

/**
 * Takes a published (or approved) story off the site: the landmark, its stories and picture are removed
 * from the store in one commit by `who`, the resident's status page says it was taken down and why, and
 * the site is rebuilt. Undo in the history brings it back.
 */
export async function unpublish(id: number, reason: string, who: string): Promise<Outcome> {
  const row = submissionById(id);
  if (!row) return { ok: false, error: 'not-found' };
  if (!claimSubmission(id, ['approved', 'published'], 'unpublished', { reason, decided_by: who, publish_error: null })) {
    return { ok: false, error: 'already', status: submissionById(id)!.status };
  }
  return withStore(async () => {
    const landmarkId = row.landmark_id;
    if (row.photo_for) {
      // A photo comes off its landmark's gallery; the landmark stays.
      const commit = await commitFiles({ name: who }, `Remove a photo from ${row.photo_for}`, photoRemoval(row, readCommunitySource(storeDir())), { Submission: String(id), Action: 'unpublish', Landmark: row.photo_for });
      updateSubmission(id, { store_commit: commit });
    } else if (landmarkId) {
      const commit = await commitFiles({ name: who }, `Unpublish ${landmarkId}: ${row.title}`, removalOf(landmarkId), { Submission: String(id), Action: 'unpublish', Landmark: landmarkId });
      updateSubmission(id, { store_commit: commit });
    }
    audit(who, 'unpublish', id, reason);
    reloadCommunity();
    void requestRebuild();
    return { ok: true, done: 'unpublished' } as const;
  });
}

/** The changes that remove a landmark and everything that belongs to it from the store. */
function removalOf(landmarkId: string): FileChange[] {
  const src = readCommunitySource(storeDir());
  const fc = JSON.parse(src.landmarks.text) as { type: 'FeatureCollection'; features: { id: string }[] } & Record<string, unknown>;
  const kept = fc.features.filter((f) => f.id !== landmarkId);
  const changes: FileChange[] = [];
  if (kept.length !== fc.features.length) changes.push({ path: src.landmarks.path, data: featureCollectionText({ ...fc, features: kept }) });
  for (const s of src.stories.filter((x) => x.stem === landmarkId)) changes.push({ path: storyPath(s.lang, landmarkId), data: null });
  for (const ext of ['jpg', 'svg']) changes.push({ path: imagePath(`${landmarkId}.${ext}`), data: null });
  return changes;
}

/**
 * Undoes one change of the store's history (a publish, an unpublish, a map edit) with a new commit by
 * `who`, rebuilds, and brings the submission it concerned in line: a story whose landmark is back is
 * approved again (published after the rebuild); one whose publishing was undone waits for review again.
 */
export async function undo(sha: string, who: string): Promise<Outcome> {
  return withStore(async () => {
    const target = (await storeHistory(200)).find((c) => c.sha === sha || (sha.length >= 7 && c.sha.startsWith(sha)));
    if (!target) return { ok: false, error: 'store', code: 'unknown', detail: sha } as const;
    let commit: string;
    try {
      commit = await revertCommit({ name: who }, target.sha, `Undo: ${target.subject}`, { ...target.trailers, Action: 'undo', Undoes: target.sha });
    } catch (error) {
      if (error instanceof StoreError) return { ok: false, error: 'store', code: error.code, detail: error.detail } as const;
      throw error;
    }
    const submission = Number(target.trailers.Submission);
    const row = Number.isInteger(submission) ? submissionById(submission) : undefined;
    if (row?.landmark_id || row?.photo_for) {
      const text = readCommunitySource(storeDir()).landmarks.text;
      const present = row.photo_for ? photoIsIn(row, text) : landmarkIds(text).has(row.landmark_id!);
      if (present) updateSubmission(row.id, { status: 'approved', store_commit: commit, reason: null, decided_by: who });
      else if (target.trailers.Action === 'publish') updateSubmission(row.id, { status: 'pending', store_commit: null, decided_by: who });
      else updateSubmission(row.id, { status: 'unpublished', store_commit: commit, decided_by: who });
    }
    audit(who, 'undo', row?.id ?? null, `${target.sha.slice(0, 10)} ${target.subject}`.slice(0, 500));
    reloadCommunity();
    void requestRebuild();
    return { ok: true, done: 'undone' } as const;
  });
}

/**
 * After a crash between an approval's state change and its commit: a row marked approved with no commit
 * gets the commit that holds it (found by its `Submission` trailer), or goes back to waiting for review.
 */
export async function recoverApprovals(): Promise<void> {
  const orphans = listSubmissions('approved').filter((r) => !r.store_commit);
  if (!orphans.length) return;
  const history = await storeHistory(500);
  for (const row of orphans) {
    const commit = history.find((c) => c.trailers.Submission === String(row.id) && c.trailers.Action === 'publish');
    if (commit) updateSubmission(row.id, { store_commit: commit.sha, landmark_id: row.photo_for ? null : commit.trailers.Landmark ?? row.landmark_id });
    else updateSubmission(row.id, { status: 'pending' });
  }
}

/** The ids of the landmarks in a `landmarks.geojson` text. */
function landmarkIds(text: string): Set<string> {
  return new Set((JSON.parse(text) as { features: { id: string }[] }).features.map((f) => f.id));
}
