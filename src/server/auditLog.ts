import { database } from './database';

export type AuditEntry = { id: number; at: string; actor: string; action: string; submission_id: number | null; detail: string | null };

/**
 * Records who did what, when: sign-ins (and failed ones), approvals, rejections, edits, publishing, accounts.
 * `actor` names the person: the signed-in moderator's name (`requireModerator(…).name`), `system` for the
 * server itself, `cli:<user>` for `npm run moderator`, the client address for a failed sign-in. `action` is
 * a short code with an `admin.action.<action>` label in the dictionaries.
 */
export function audit(actor: string, action: string, submissionId: number | null = null, detail: string | null = null): void {
  database().prepare('INSERT INTO audit_log (at, actor, action, submission_id, detail) VALUES (?, ?, ?, ?, ?)')
    .run(new Date().toISOString(), actor, action, submissionId, detail);
}

/** The latest entries first. */
export function auditEntries(limit = 200): AuditEntry[] {
  return database().prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?').all(limit) as AuditEntry[];
}
