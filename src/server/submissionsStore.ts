import { randomBytes } from 'node:crypto';
import { base32crockford } from '@scure/base';
import { database } from './database';

/** A submission row as the server reads it. */
export type SubmissionRow = {
  id: number; receipt: string; created_at: string; updated_at: string; lang: string; title: string; body: string; kind: string;
  lng: number; lat: number; building: number | null; stairwell: string | null; photo: string | null; photo_sha256: string | null;
  contact: string | null; status: 'pending' | 'approved' | 'published' | 'rejected' | 'archived'; reason: string | null;
  landmark_id: string | null; publish_error: string | null;
};
export type NewSubmission = Pick<SubmissionRow, 'lang' | 'title' | 'body' | 'kind' | 'lng' | 'lat' | 'building' | 'stairwell' | 'photo' | 'photo_sha256' | 'contact'>;

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
    `INSERT INTO submissions (receipt, created_at, updated_at, lang, title, body, kind, lng, lat, building, stairwell, photo, photo_sha256, contact)
     VALUES (@receipt, @at, @at, @lang, @title, @body, @kind, @lng, @lat, @building, @stairwell, @photo, @photo_sha256, @contact)`,
  ).run({ ...s, receipt, at });
  return { id: Number(info.lastInsertRowid), receipt };
}

/** What the resident may see of their submission: never the contact or anything about the sender. */
export function publicStatus(receipt: string): Pick<SubmissionRow, 'status' | 'title' | 'reason' | 'landmark_id' | 'lang' | 'created_at'> | undefined {
  return database().prepare('SELECT status, title, reason, landmark_id, lang, created_at FROM submissions WHERE receipt = ?').get(receipt) as never;
}

export function submissionById(id: number): SubmissionRow | undefined {
  return database().prepare('SELECT * FROM submissions WHERE id = ?').get(id) as SubmissionRow | undefined;
}

/** The moderation queue: one status (or all), oldest first for pending, newest first otherwise. */
export function listSubmissions(status?: SubmissionRow['status']): SubmissionRow[] {
  const order = status === 'pending' ? 'ASC' : 'DESC';
  return (status
    ? database().prepare(`SELECT * FROM submissions WHERE status = ? ORDER BY created_at ${order}, id ${order}`).all(status)
    : database().prepare('SELECT * FROM submissions ORDER BY created_at DESC, id DESC').all()) as SubmissionRow[];
}

/** How many submissions each status has. */
export function statusCounts(): Record<SubmissionRow['status'], number> {
  const rows = database().prepare('SELECT status, COUNT(*) AS n FROM submissions GROUP BY status').all() as { status: SubmissionRow['status']; n: number }[];
  const counts = { pending: 0, approved: 0, published: 0, rejected: 0, archived: 0 };
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}

/** Changes a submission (title, text, status, reason, landmark id, publish error) in one statement. */
export function updateSubmission(id: number, change: Partial<Pick<SubmissionRow, 'title' | 'body' | 'status' | 'reason' | 'landmark_id' | 'publish_error'>>): void {
  const keys = Object.keys(change) as (keyof typeof change)[];
  if (!keys.length) return;
  database().prepare(`UPDATE submissions SET ${keys.map((k) => `${k} = @${k}`).join(', ')}, updated_at = @updated_at WHERE id = @id`)
    .run({ ...change, id, updated_at: now() });
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
