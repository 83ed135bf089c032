import { audit } from '../auditLog';
import { reloadCommunity } from '../communityData';
import { requestRebuild } from '../siteRebuild';
import { commitMapEdit, type MapEditInput, type MapEditResult } from './commitMapEdit';

export type { MapEditInput, MapEditResult };

/**
 * Saves map edits for a moderator (the `/admin/map/` editor) or the import command: checked and committed as
 * one commit by `author` (`commitMapEdit`), recorded in the audit log, and the site rebuilt in the background as
 * for a published story. A refused edit (stale, breaking a rule, store not clean) or a `dryRun` changes nothing.
 */
export async function applyMapEdit(input: MapEditInput): Promise<MapEditResult> {
  const result = await commitMapEdit(input);
  if (result.ok && !result.dryRun) {
    audit(input.author, 'map-edit', null, `${result.commit.slice(0, 10)} ${result.summary.join('; ')}`.slice(0, 500));
    reloadCommunity();
    void requestRebuild();
  }
  return result;
}
