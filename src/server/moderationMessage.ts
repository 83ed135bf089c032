import type { Translate } from '../i18n/translator';
import type { ModerationResult } from './moderate';
import type { Attention } from './publisher';

/**
 * A moderation outcome as a sentence in the moderator's language, with its details (problem lines) kept
 * apart so the page can list them.
 */
export function moderationMessage(t: Translate, result: ModerationResult): { message: string; details: string[] } {
  if (result.ok) return { message: result.done === 'saved' ? t('admin.saved') : t(`admin.done.${result.done}`), details: [] };
  switch (result.error) {
    case 'already': return { message: t('admin.error.already', { status: t(`admin.filter.${result.status}`) }), details: [] };
    case 'needs-attention': return { message: t('admin.error.needsAttention'), details: result.problems };
    case 'store': return { message: t(`admin.error.store.${result.code}`, { detail: result.detail }), details: [] };
    case 'not-found': return { message: t('admin.error.notFound'), details: [] };
    case 'reason': return { message: t('admin.reason.required'), details: [] };
    case 'outside': return { message: t('submit.error.location.outside'), details: [] };
    default: return { message: t('admin.error.unknownAction'), details: [] };
  }
}

/** Why a submission needs attention, as the detail page shows it (from its `attention` column). */
export function attentionMessage(t: Translate, attention: string | null): { message: string; details: string[] } | undefined {
  if (!attention) return undefined;
  try {
    const a = JSON.parse(attention) as Attention;
    if (a.code === 'landmark-gone') return { message: t('admin.attention.landmark-gone', { id: a.landmark ?? '' }), details: a.problems };
    return { message: t(a.code === 'checks' ? 'admin.attention.checks' : 'admin.attention.store'), details: a.problems };
  } catch {
    return { message: t('admin.attention.store'), details: [attention] };
  }
}
