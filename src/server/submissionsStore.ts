import { randomBytes } from 'node:crypto';
import { base32crockford } from '@scure/base';
import { SUBMISSION_STATUSES } from '../schemas/enums';
import { database } from './database';

export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** A submission row as the server reads it. */
export type SubmissionRow = {
  id: number; receipt: string; created_at: string; updated_at: string; lang: string; title: string; body: string; kind: string;
  lng: number; lat: number; building: number | null; stairwell: string | null; photo: string | null; photo_sha256: string | null;
  contact: string | null; status: SubmissionStatus; reason: string | null;
  landmark_id: string | null; publish_error: string | null;
  /** The content-store commit that put the story in (approved, published), or took it out (unpublished). */
  store_commit: string | null;
  /** Why an approved story needs attention (JSON `{ code, detail }`), shown to moderators in their language. */
  attention: string | null;
  /** Name of the moderator who last decided (approved, rejected, unpublished, archived). */
  decided_by: string | null;
  /** A photo for an existing landmark: that landmark's id (`body` then holds what the photo shows, its alt text); NULL for a story. */
  photo_for: string | null;
};
export type NewSubmission = Pick<SubmissionRow, 'lang' | 'title' | 'body' | 'kind' | 'lng' | 'lat' | 'building' | 'stairwell' | 'photo' | 'photo_sha256' | 'contact'> & Partial<Pick<SubmissionRow, 'photo_for'>>;

/** A receipt: 100 random bits in Crockford base-32 (20 characters), unguessable, and saying nothing about the sender. */
export function newReceipt(): string {
  return base32crockford.encode(randomBytes(13)).slice(0, 20);
}

const now = () => new Date().toISOString();

/** Stores a new submission in one transaction (on disk before this returns) and gives its receipt. */
export function insertSubmission(s: NewSubmission): { id: number; receipt: string } {
  const receipt = newReceipt();
  const at = now();
  const info = database().prepare(
    `INSERT INTO submissions (receipt, created_at, updated_at, lang, title, body, kind, lng, lat, building, stairwell, photo, photo_sha256, contact, photo_for)
     VALUES (@receipt, @at, @at, @lang, @title, @body, @kind, @lng, @lat, @building, @stairwell, @photo, @photo_sha256, @contact, @photo_for)`,
  ).run({ photo_for: null, ...s, receipt, at });
  return { id: Number(info.lastInsertRowid), receipt };
}

/** What the resident may see of their submission: never the contact or anything about the sender. */
export function publicStatus(receipt: string): Pick<SubmissionRow, 'status' | 'title' | 'reason' | 'landmark_id' | 'lang' | 'created_at' | 'photo_for'> | undefined {
  return database().prepare('SELECT status, title, reason, landmark_id, lang, created_at, photo_for FROM submissions WHERE receipt = ?').get(receipt) as never;
}

export function submissionById(id: number): SubmissionRow | undefined {
  return database().prepare('SELECT * FROM submissions WHERE id = ?').get(id) as SubmissionRow | undefined;
}

/** The moderation queue: one status (or all), oldest first for pending, newest first otherwise. */
export function listSubmissions(status?: SubmissionStatus): SubmissionRow[] {
  const order = status === 'pending' ? 'ASC' : 'DESC';
  return (status
    ? database().prepare(`SELECT * FROM submissions WHERE status = ? ORDER BY created_at ${order}, id ${order}`).all(status)
    : database().prepare('SELECT * FROM submissions ORDER BY created_at DESC, id DESC').all()) as SubmissionRow[];
}

/** How many submissions each status has. */
export function statusCounts(): Record<SubmissionStatus, number> {
  const rows = database().prepare('SELECT status, COUNT(*) AS n FROM submissions GROUP BY status').all() as { status: SubmissionStatus; n: number }[];
  const counts = Object.fromEntries(SUBMISSION_STATUSES.map((s) => [s, 0])) as Record<SubmissionStatus, number>;
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}

/** Changes a submission (title, text, place, status, reason, landmark id, publish error) in one statement. */
type Changeable = Pick<SubmissionRow, 'title' | 'body' | 'lng' | 'lat' | 'building' | 'stairwell' | 'status' | 'reason' | 'landmark_id' | 'publish_error' | 'store_commit' | 'attention' | 'decided_by'>;

export function updateSubmission(id: number, change: Partial<Changeable>): void {
  const keys = Object.keys(change) as (keyof typeof change)[];
  if (!keys.length) return;
  database().prepare(`UPDATE submissions SET ${keys.map((k) => `${k} = @${k}`).join(', ')}, updated_at = @updated_at WHERE id = @id`)
    .run({ ...change, id, updated_at: now() });
}

/**
 * Moves a submission to `to` only if it is now in one of `from`, in one statement: of two moderators (or two
 * clicks) deciding at once, exactly one gets `true`; the other is told what happened instead.
 */
export function claimSubmission(id: number, from: readonly SubmissionStatus[], to: SubmissionStatus, change: Partial<Changeable> = {}): boolean {
  const keys = Object.keys(change) as (keyof Changeable)[];
  const sets = [...keys.map((k) => `${k} = @${k}`), 'status = @to', 'updated_at = @updated_at'].join(', ');
  const info = database().prepare(`UPDATE submissions SET ${sets} WHERE id = @id AND status IN (${from.map((_, i) => `@from${i}`).join(', ')})`)
    .run({ ...change, to, id, updated_at: now(), ...Object.fromEntries(from.map((s, i) => [`from${i}`, s])) });
  return info.changes === 1;
}

/** The next free number for a resident landmark id (`resident-<n>`). */
export function nextLandmarkNumber(): number {
  const row = database().prepare("SELECT MAX(CAST(substr(landmark_id, 10) AS INTEGER)) AS n FROM submissions WHERE landmark_id LIKE 'resident-%'").get() as { n: number | null };
  return (row.n ?? 0) + 1;
}

/** Every photo file name a row refers to (for cleaning up photos whose request never finished). */
export function referencedPhotos(): Set<string> {
  return new Set((database().prepare('SELECT photo FROM submissions WHERE photo IS NOT NULL').all() as { photo: string }[]).map((r) => r.photo));
}
