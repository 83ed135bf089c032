import { cleanText } from '../lib/text/cleanText';
import { STORY_LIMITS } from '../schemas/story';
import type { Locale } from '../schemas/locale';
import { audit } from './auditLog';
import { approve, type Translations } from './publisher';
import { updateSubmission, type SubmissionRow } from './submissionsStore';

/**
 * One moderator action on a submission, from the detail page's form: save edits, approve (publishes),
 * reject with a reason, or archive. Every action is written to the audit log.
 */
export function moderate(row: SubmissionRow, form: FormData): { ok: true; done: string } | { ok: false; error: string } {
  const action = String(form.get('action') ?? '');
  const field = (name: string, max: number) => cleanText(String(form.get(name) ?? '')).slice(0, max);
  const title = field('title', STORY_LIMITS.title) || row.title;
  const body = field('body', STORY_LIMITS.body) || row.body;
  if (title !== row.title || body !== row.body) {
    updateSubmission(row.id, { title, body });
    audit('moderator', 'edit', row.id);
  }
  switch (action) {
    case 'save':
      return { ok: true, done: 'saved' };
    case 'approve': {
      const translations: Translations = {};
      for (const [key, value] of form) {
        const m = /^(title|body)-(.+)$/.exec(key);
        if (m && typeof value === 'string' && value.trim()) {
          const lang = m[2] as Locale;
          translations[lang] = { ...translations[lang], [m[1]!]: cleanText(value).slice(0, m[1] === 'title' ? STORY_LIMITS.title : STORY_LIMITS.body) };
        }
      }
      try {
        const id = approve({ ...row, title, body }, translations);
        audit('moderator', 'approve', row.id, id);
        return { ok: true, done: 'approved' };
      } catch (error) {
        audit('moderator', 'approve-refused', row.id, (error as Error).message.slice(0, 500));
        return { ok: false, error: (error as Error).message };
      }
    }
    case 'reject': {
      const reason = field('reason', 300);
      if (!reason) return { ok: false, error: 'reason' };
      updateSubmission(row.id, { status: 'rejected', reason });
      audit('moderator', 'reject', row.id, reason);
      return { ok: true, done: 'rejected' };
    }
    case 'archive':
      updateSubmission(row.id, { status: 'archived' });
      audit('moderator', 'archive', row.id);
      return { ok: true, done: 'archived' };
    default:
      return { ok: false, error: `unknown action "${action}"` };
  }
}
