import type { Moderator } from '../schemas/moderator';
import { addModerator, removeModerator, resetModeratorPassword, type AccountError } from './moderators';

/** What an admin's form on `/admin/moderators/` did: a new one-time password to show once, a removal, or why not. */
export type ManageOutcome =
  | { done: 'added' | 'reset'; name: string; password: string }
  | { done: 'removed'; name: string }
  | { error: AccountError };

/**
 * Carries out one posted form of the accounts page, as admin `by`: `action=add` (`name`, `admin=yes`),
 * `action=reset` (`id`) or `action=remove` (`id`, sent from the confirmation step).
 */
export function manageModerators(form: FormData, by: Moderator): ManageOutcome {
  const id = Number(form.get('id'));
  switch (form.get('action')) {
    case 'add': {
      const r = addModerator(String(form.get('name') ?? ''), { admin: form.get('admin') === 'yes' }, by);
      return r.ok ? { done: 'added', name: r.moderator.name, password: r.password } : r;
    }
    case 'reset': {
      const r = resetModeratorPassword(id, by);
      return r.ok ? { done: 'reset', name: r.name, password: r.password } : r;
    }
    case 'remove': {
      const r = removeModerator(id, by);
      return r.ok ? { done: 'removed', name: r.name } : r;
    }
    default:
      return { error: 'unknown' };
  }
}
