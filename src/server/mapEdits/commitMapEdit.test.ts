import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { simpleGit } from 'simple-git';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MapEdit } from '../../schemas/mapEdit';
import { commitFiles, ensureStore, revertCommit, storeDir, storeHead, storeHistory, withStore } from '../store/communityStore';
import { commitMapEdit } from './commitMapEdit';
import { mapSnapshot } from './mapSnapshot';

/** A real content store in a temp data folder, started from the shipped Cailing community. */
beforeEach(async () => {
  process.env.DATA_DIR = mkdtempSync(join(tmpdir(), 'mapedit-data-'));
  delete process.env.STORE_DIR;
  await ensureStore(resolve('.'));
});

const landmarksText = () => readFileSync(join(storeDir(), 'data/landmarks.geojson'), 'utf8');
const pointOf = (id: string) => (JSON.parse(landmarksText()).features as { id: string; geometry: { coordinates: [number, number] } }[]).find((f) => f.id === id)!.geometry.coordinates;
const moveNorth = (id: string, metres: number): MapEdit => {
  const [x, y] = pointOf(id);
  return { op: 'move', layer: 'landmarks', id, geometry: { type: 'Point', coordinates: [x, y + metres / 110_574] }, provenance: { source: 'gps', accuracyM: 3.5, fixes: 20, date: '2026-11-29' } };
};

describe('commitMapEdit on a real content store', () => {
  it('saves an edit as one commit by the person, saying what moved, and undo brings the old place back', async () => {
    const base = await storeHead();
    const before = landmarksText();
    const result = await commitMapEdit({ author: '社工小李', baseCommit: base, edits: [moveNorth('checkin-05', 20)] });
    expect(result).toMatchObject({ ok: true, summary: ['checkin-05 moved 20 m N', expect.stringMatching(/^walkway reshaped/)] });
    if (!result.ok) return;
    const [latest, previous] = await storeHistory();
    expect(latest).toMatchObject({ sha: result.commit, author: '社工小李', subject: expect.stringMatching(/^checkin-05 moved 20 m N; walkway reshaped/), trailers: { Action: 'map-edit', Features: 'checkin-05 walkway' } });
    expect(previous!.sha).toBe(base);
    const files = (await simpleGit(storeDir()).raw(['show', '--name-only', '--format=', result.commit])).trim().split('\n');
    expect(files).toEqual(['data/landmarks.geojson']);
    expect(pointOf('checkin-05')[1]).toBeGreaterThan(JSON.parse(before).features.find((f: { id: string }) => f.id === 'checkin-05').geometry.coordinates[1]);
    await withStore(() => revertCommit({ name: '社工小李' }, result.commit, 'Undo', {}));
    expect(landmarksText()).toBe(before);
  });

  it('refuses an edit that breaks a rule and changes nothing', async () => {
    const head = await storeHead();
    const before = landmarksText();
    const result = await commitMapEdit({ author: 'x', baseCommit: head, edits: [moveNorth('checkin-05', 3000)] });
    expect(result).toMatchObject({ ok: false, reason: 'rules', problems: expect.arrayContaining([{ rule: 'inside-boundary', featureId: 'checkin-05', message: 'lies outside the community boundary', file: 'data/landmarks.geojson' }]) });
    expect(await storeHead()).toBe(head);
    expect(landmarksText()).toBe(before);
    expect((await simpleGit(storeDir()).status()).isClean()).toBe(true);
  });

  it('tells a second editor who worked from an older version that the same feature changed, and shows the newer one', async () => {
    const base = await storeHead();
    const first = await commitMapEdit({ author: 'A', baseCommit: base, edits: [moveNorth('checkin-05', 10)] });
    expect(first.ok).toBe(true);
    const second = await commitMapEdit({ author: 'B', baseCommit: base, edits: [moveNorth('checkin-05', 15)] });
    expect(second).toMatchObject({ ok: false, reason: 'stale', headCommit: await storeHead(), changed: ['checkin-05'], current: { 'checkin-05': { id: 'checkin-05', properties: { provenance: { source: 'gps' } } } } });
    // An edit of another feature from the same old version still goes in, on top of the newer one.
    const other = await commitMapEdit({ author: 'B', baseCommit: base, edits: [{ op: 'properties', layer: 'landmarks', id: 'checkin-01', properties: { stepFree: true } }] });
    expect(other.ok).toBe(true);
    expect((await storeHistory()).slice(0, 2).map((c) => c.author)).toEqual(['B', 'A']);
  });

  it('treats a base commit the store does not know as stale for every edited feature', async () => {
    const result = await commitMapEdit({ author: 'x', baseCommit: 'deadbeefdeadbeef', edits: [moveNorth('checkin-05', 10)] });
    expect(result).toMatchObject({ ok: false, reason: 'stale', changed: ['checkin-05'] });
  });

  it('refuses malformed edits with the field named, and a store someone edited by hand', async () => {
    const head = await storeHead();
    const bad = await commitMapEdit({ author: 'x', baseCommit: head, edits: [{ op: 'move', layer: 'landmarks', id: 'checkin-05' } as MapEdit] });
    expect(bad).toMatchObject({ ok: false, reason: 'rules', problems: [{ rule: 'edit', featureId: 'checkin-05', message: 'edits.0.geometry: a move needs the new geometry' }] });
    writeFileSync(join(storeDir(), 'data/base.geojson'), 'edited by hand');
    const dirty = await commitMapEdit({ author: 'x', baseCommit: head, edits: [moveNorth('checkin-05', 10)] });
    expect(dirty).toMatchObject({ ok: false, reason: 'store', code: 'dirty' });
    expect(await storeHead()).toBe(head);
  });

  it('applies edits on top of changes made meanwhile to other files', async () => {
    const base = await storeHead();
    await withStore(() => commitFiles({ name: 'y' }, 'story', [{ path: 'content/stories/en/checkin-01.md', data: readFileSync(join(storeDir(), 'content/stories/en/checkin-01.md'), 'utf8').replace('\n---\n', '\n---\nEdited. ') }]));
    const result = await commitMapEdit({ author: 'x', baseCommit: base, edits: [moveNorth('checkin-05', 10)] });
    expect(result.ok).toBe(true);
  });
});

describe('a dry run', () => {
  it('checks and summarises without writing', async () => {
    const head = await storeHead();
    const result = await commitMapEdit({ author: 'x', baseCommit: head, edits: [moveNorth('checkin-05', 20)], dryRun: true });
    expect(result).toMatchObject({ ok: true, dryRun: true, commit: head, summary: ['checkin-05 moved 20 m N', expect.stringMatching(/^walkway/)], changes: [{ kind: 'moved', id: 'checkin-05', direction: 'n' }, { kind: 'reshaped', id: 'walkway', follows: 'checkin-05' }] });
    expect(await storeHead()).toBe(head);
    expect((await simpleGit(storeDir()).status()).isClean()).toBe(true);
  });
});

describe('mapSnapshot', () => {
  it('gives the layers at the store’s commit and the coverage', async () => {
    const snap = await mapSnapshot();
    expect(snap.commit).toBe(await storeHead());
    expect(snap.layers.landmarks.features.length).toBe(28);
    expect(snap.coverage).toMatchObject({ buildings: { done: 0, total: 62 }, checkins: { done: 0, total: 12 }, stories: { done: 0, total: 28 }, surveyed: false });
    await commitMapEdit({ author: 'x', baseCommit: snap.commit, edits: [moveNorth('checkin-05', 20)] });
    expect((await mapSnapshot()).coverage.checkins).toEqual({ done: 1, total: 12 });
  });
});
