import { changedFeatureIds } from '../../core/mapEdit/changedFeatureIds';
import { proposeMapEdits, type RuleProblem } from '../../core/mapEdit/proposeMapEdits';
import type { LooseCollection, LooseFeature, MapChange } from '../../core/mapEdit/types';
import { readCommunitySource } from '../../community/readCommunitySource';
import { MAP_LAYERS, mapEditRequestSchema, type MapEdit } from '../../schemas/mapEdit';
import { landmarkFiles } from './landmarkFiles';
import { commitFiles, fileAtCommit, isStoreCommit, storeDir, storeHead, StoreError, uncommittedFiles, withStore } from '../store/communityStore';

/** A map edit as the editor (or the import command) sends it, with who makes it. */
export type MapEditInput = {
  author: string; baseCommit: string; edits: MapEdit[]; message?: string; trailers?: Record<string, string>;
  /** Check only: run the stale check and every rule and give the summary, but write nothing (the editor's preview). */
  dryRun?: boolean;
};

/**
 * What came of a map edit: saved as one commit; refused because someone changed the same features since
 * `baseCommit` (`changed`, with their `current` version, `null` when deleted); refused by the rules; or the
 * store could not take it.
 */
export type MapEditResult =
  | { ok: true; commit: string; summary: string[]; changes: MapChange[]; dryRun?: true }
  | { ok: false; reason: 'stale'; headCommit: string; changed: string[]; current: Record<string, LooseFeature | null> }
  | { ok: false; reason: 'rules'; problems: RuleProblem[] }
  | { ok: false; reason: 'store'; code: StoreError['code']; detail: string };

const parseLayer = (text: string | undefined): LooseCollection | undefined => {
  try {
    return text ? (JSON.parse(text) as LooseCollection) : undefined;
  } catch {
    return undefined;
  }
};

/**
 * The ids among `ids` that changed in the store between `base` and `head` (all of them when `base` is not a
 * commit of the store: the editor's view cannot be trusted).
 */
async function changedSince(base: string, head: string, ids: Set<string>): Promise<string[]> {
  if (!(await isStoreCommit(base))) return [...ids];
  const src = readCommunitySource(storeDir());
  const changed = new Set<string>();
  for (const layer of MAP_LAYERS) {
    const before = parseLayer(await fileAtCommit(base, src[layer].path));
    const after = parseLayer(await fileAtCommit(head, src[layer].path));
    for (const id of changedFeatureIds(before, after)) changed.add(id);
  }
  return [...ids].filter((id) => changed.has(id));
}

/**
 * Applies map edits to the content store as one commit by `author`, or changes nothing. Inside the store's
 * queue: when the store has moved on since `baseCommit` and someone changed any of the same features, the
 * edit is refused as stale (the editor reloads and shows the newer version); otherwise the edits are applied
 * to the latest files, every `check:data` rule is run on the result, and only a sound result is written and
 * committed, with a message saying what moved. Does not rebuild the site: `applyMapEdit` does.
 */
export async function commitMapEdit(input: MapEditInput): Promise<MapEditResult> {
  const request = mapEditRequestSchema.safeParse({ baseCommit: input.baseCommit, edits: input.edits, message: input.message });
  if (!request.success) {
    return { ok: false, reason: 'rules', problems: request.error.issues.map((i) => ({ rule: 'edit', featureId: editId(input.edits, i.path), message: `${i.path.join('.')}: ${i.message}` })) };
  }
  const { baseCommit, edits, message } = request.data;
  try {
    return await withStore(async () => {
      // Files edited on the server without a commit: judge nothing against them (commitFiles would refuse too).
      const dirty = await uncommittedFiles();
      if (dirty.length) throw new StoreError('dirty', dirty.slice(0, 5).join(', '));
      const head = await storeHead();
      if (!head.startsWith(baseCommit)) {
        const ids = new Set(edits.map((e) => e.id));
        const changed = await changedSince(baseCommit, head, ids);
        if (changed.length) return { ok: false, reason: 'stale', headCommit: head, changed, current: currentFeatures(changed) } as const;
      }
      // A landmark added or deleted brings its stories and pictures: judged by the rules with the map, committed with it.
      const src = readCommunitySource(storeDir());
      const beside = landmarkFiles(src, edits, languagesOf(src.community.text));
      if (beside.problems.length) return { ok: false, reason: 'rules', problems: beside.problems } as const;
      const proposal = proposeMapEdits(beside.src, edits);
      if (!proposal.ok) return { ok: false, reason: 'rules', problems: proposal.problems } as const;
      if (input.dryRun) return { ok: true, commit: head, summary: proposal.summary, changes: proposal.changes, dryRun: true } as const;
      const ids = [...new Set(proposal.changes.map((c) => c.id))];
      const subject = `${message ? `${message}: ` : ''}${proposal.summary.join('; ')}`;
      const files = [...proposal.files.map((f) => ({ path: f.path, data: f.text })), ...beside.changes];
      const commit = await commitFiles({ name: input.author }, subject, files, {
        ...input.trailers,
        Action: 'map-edit',
        Features: ids.join(' ').slice(0, 900),
      }, proposal.summary.join('\n'));
      return { ok: true, commit, summary: proposal.summary, changes: proposal.changes } as const;
    });
  } catch (error) {
    if (error instanceof StoreError) return { ok: false, reason: 'store', code: error.code, detail: error.detail };
    throw error;
  }
}

/** The store's latest version of each feature (`null`: deleted), to show the second editor. */
function currentFeatures(ids: string[]): Record<string, LooseFeature | null> {
  const src = readCommunitySource(storeDir());
  const all = MAP_LAYERS.flatMap((layer) => parseLayer(src[layer].text)?.features ?? []);
  return Object.fromEntries(ids.map((id) => [id, all.find((f) => f.id === id) ?? null]));
}

/** The community's languages, first first, from `data/community.json` (none when it cannot be read: the rules say why). */
function languagesOf(text: string): string[] {
  try {
    const languages = (JSON.parse(text) as { languages?: unknown }).languages;
    return Array.isArray(languages) ? languages.filter((l): l is string => typeof l === 'string') : [];
  } catch {
    return [];
  }
}

function editId(edits: unknown, path: (string | number)[]): string {
  if (path[0] !== 'edits' || typeof path[1] !== 'number' || !Array.isArray(edits)) return '-';
  const id = (edits[path[1]] as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : '-';
}
