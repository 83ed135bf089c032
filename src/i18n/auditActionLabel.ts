import type { Translate } from './translator';
import { isMessageKey } from './messages';

/**
 * An audit-log action (`approve`, `sign-in-failed`, …) in the reader's language, from `admin.action.<action>`;
 * an action nobody translated yet shows as written.
 * @example auditActionLabel(translator('en'), 'approve') === 'Approved'
 */
export function auditActionLabel(t: Translate, action: string): string {
  const key = `admin.action.${action}`;
  return isMessageKey(key) ? t(key) : action;
}
