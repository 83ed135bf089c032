import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { checkCommunity } from '../lib/checks/checkCommunity';
import { formatProblem } from '../lib/checks/problem';
import { illustrationSvg } from '../lib/illustrations/illustrationSvg';
import { plainTextToMarkdown } from '../lib/text/plainTextToMarkdown';
import { COMMUNITY_FILES, communityDir } from '../node/communityDir';
import { readCommunitySource } from '../node/readCommunitySource';
import type { Landmark } from '../schemas/landmark';
import type { Locale } from '../schemas/locale';
import { residentLandmarkId } from '../schemas/submission';
import { audit } from './auditLog';
import { community, reloadCommunity } from './communityData';
import { database, storagePaths } from './database';
import { precompress, SITE_POINTER } from './siteBuilds';
import { listSubmissions, nextLandmarkNumber, updateSubmission, type SubmissionRow } from './submissionsStore';

/** A failed rebuild is tried again after this long (`PUBLISH_RETRY_MS`). */
const RETRY_MS = Number(process.env.PUBLISH_RETRY_MS || 60_000);
/** Builds kept besides the live one, for a quick look back. */
const KEEP_BUILDS = 2;
/** Folder (in the project) of the rebuilt sites; git ignores it. */
export const BUILDS_DIR = '.site-builds';

/** Text for the story files in languages other than the resident's: a moderator's translation, or the original. */
export type Translations = Partial<Record<Locale, { title?: string; body?: string }>>;

/**
 * Approves a submission: writes an ordinary landmark (a Point in data/landmarks.geojson, a story per
 * language in content/stories, the photo or an illustration in content/images), checked by the same rules
 * as `check:data` before anything is written, then asks for a rebuild. The files are plain content a
 * maintainer can commit. Throws (writing nothing) when the new landmark would break the data.
 */
export function approve(row: SubmissionRow, translations: Translations = {}): string {
  const id = row.landmark_id ?? residentLandmarkId(nextLandmarkNumber());
  const files = landmarkFiles(row, id, translations);
  const dir = communityDir();
  const src = readCommunitySource(dir);
  const proposed = {
    ...src,
    landmarks: { ...src.landmarks, text: files.landmarks },
    stories: [
      ...src.stories.filter((s) => s.stem !== id),
      ...files.stories.map((s) => ({ path: s.path, lang: s.lang, stem: id, frontmatter: s.frontmatter, imageExists: true })),
    ],
  };
  const problems = checkCommunity(proposed);
  if (problems.length) throw new Error(problems.map(formatProblem).join('\n'));
  mkdirSync(join(dir, 'content/images'), { recursive: true });
  if (files.photo) copyFileSync(join(storagePaths().uploads, files.photo.from), join(dir, files.photo.to));
  else writeAtomic(join(dir, files.illustration.to), files.illustration.svg);
  for (const s of files.stories) {
    mkdirSync(join(dir, COMMUNITY_FILES.stories, s.lang), { recursive: true });
    writeAtomic(join(dir, s.path), s.text);
  }
  writeAtomic(join(dir, COMMUNITY_FILES.landmarks), files.landmarks);
  updateSubmission(row.id, { status: 'approved', landmark_id: id, publish_error: null });
  reloadCommunity();
  requestRebuild();
  return id;
}

/** The files an approved submission becomes, as text (nothing written yet). */
function landmarkFiles(row: SubmissionRow, id: string, translations: Translations) {
  const { community: c } = community();
  const src = readCommunitySource(communityDir());
  const fc = JSON.parse(src.landmarks.text) as { features: Landmark[] };
  const original = row.lang as Locale;
  const textIn = (lang: Locale) => (lang === original ? { title: row.title, body: row.body, own: true } : {
    title: translations[lang]?.title?.trim() || row.title, body: translations[lang]?.body?.trim() || row.body, own: Boolean(translations[lang]?.body?.trim()),
  });
  const feature: Landmark = {
    type: 'Feature', id, geometry: { type: 'Point', coordinates: [row.lng, row.lat] },
    properties: {
      kind: row.kind as Landmark['properties']['kind'],
      name: Object.fromEntries(c.languages.map((l) => [l, textIn(l).title])),
      ...(row.building !== null && { building: row.building }),
      ...(row.stairwell && { stairwell: row.stairwell }),
    },
  };
  const features = [...fc.features.filter((f) => f.id !== id), feature];
  const landmarks = src.landmarks.text.replace(/"features":\s*\[[\s\S]*\]\s*}\s*$/, `"features": [\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n ]\n}\n`);
  const image = row.photo ? `${id}.jpg` : `${id}.svg`;
  const stories = c.languages.map((lang) => {
    const t = textIn(lang);
    const frontmatter = {
      landmark: id, title: t.title, excerpt: excerptOf(t.body), image: `../../images/${image}`,
      imageAlt: lang === 'zh-CN' ? `居民提供的${row.photo ? '照片' : '示意插图'}：${t.title}` : `${row.photo ? 'Photo' : 'Illustration'} from a resident: ${t.title}`,
      ...(!t.own && { textLang: original }),
    };
    return { lang, path: `${COMMUNITY_FILES.stories}/${lang}/${id}.md`, frontmatter, text: `---\n${stringify(frontmatter)}---\n${plainTextToMarkdown(t.body)}\n` };
  });
  return {
    landmarks, stories,
    photo: row.photo ? { from: row.photo, to: `content/images/${image}` } : undefined,
    illustration: { to: `content/images/${image}`, svg: illustrationSvg(feature) },
  };
}

/** The first sentence of a story, at most 160 characters, for lists and the map. */
function excerptOf(body: string): string {
  const first = body.split('\n')[0]!.split(/(?<=[。！？.!?])\s*/)[0]!;
  return first.length > 150 ? `${first.slice(0, 150)}…` : first;
}

function writeAtomic(path: string, text: string) {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

let building: Promise<void> | undefined;
let again = false;
let retry: NodeJS.Timeout | undefined;

/**
 * Rebuilds the site in the background, one build at a time (a request during a build queues one more).
 * The build goes to a new folder; only when it succeeds does the server switch to it, so a failed build
 * leaves the live site untouched, marks the stories "approved, not yet published" with the error, and
 * is retried.
 */
export function requestRebuild(): Promise<void> {
  if (building) { again = true; return building; }
  clearTimeout(retry);
  building = rebuild().finally(() => {
    building = undefined;
    if (again) { again = false; void requestRebuild(); }
  });
  return building;
}

/** After a restart: publish what was approved but never made it onto the site. */
export function resumePublishing(): void {
  if (listSubmissions('approved').length) void requestRebuild();
}

/** Waits for the build in progress, if any (tests and the shutdown path). */
export function publishing(): Promise<void> | undefined {
  return building;
}

async function rebuild(): Promise<void> {
  const waiting = listSubmissions('approved');
  const pointers = join(storagePaths().root, 'site');
  // Builds live inside the project, where the built server code can resolve node_modules.
  const root = join(process.cwd(), BUILDS_DIR);
  mkdirSync(pointers, { recursive: true });
  mkdirSync(root, { recursive: true });
  const mine = `build-${createHash('sha256').update(storagePaths().root).digest('hex').slice(0, 8)}-`;
  const out = join(root, `${mine}${Date.now()}`);
  const result = await runBuild(out);
  if (!result.ok) {
    for (const row of waiting) updateSubmission(row.id, { publish_error: result.error });
    audit('system', 'publish-failed', null, result.error.slice(0, 500));
    rmSync(out, { recursive: true, force: true });
    retry = setTimeout(() => void requestRebuild(), RETRY_MS);
    retry.unref();
    return;
  }
  precompress(join(out, 'client'));
  writeAtomic(join(pointers, SITE_POINTER), out);
  database().transaction(() => {
    for (const row of waiting) {
      updateSubmission(row.id, { status: 'published', publish_error: null });
      audit('system', 'published', row.id, row.landmark_id);
    }
  })();
  // Several servers may share a project (tests do): only this data folder's older builds are pruned.
  const builds = readdirSync(root).filter((n) => n.startsWith(mine)).sort();
  for (const old of builds.slice(0, Math.max(0, builds.length - 1 - KEEP_BUILDS))) {
    if (join(root, old) !== out) rmSync(join(root, old), { recursive: true, force: true });
  }
}

function runBuild(outDir: string): Promise<{ ok: true } | { ok: false; error: string }> {
  const astro = join(process.cwd(), 'node_modules/astro/astro.js');
  if (!existsSync(astro)) return Promise.resolve({ ok: false, error: `astro not found at ${astro}` });
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [astro, 'build'], { env: { ...process.env, OUT_DIR: outDir }, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    const keep = (b: Buffer) => { log = (log + b.toString()).slice(-4000); };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    // The moderator sees the message, not the stack trace.
    child.on('close', (code) => resolve(code === 0 ? { ok: true } : { ok: false, error: log.trim().split('\n').filter((l) => l.trim() && !/^\s+at /.test(l)).slice(-6).join('\n') || `astro build exited ${code}` }));
  });
}

/** Reads the live build folder, if a rebuild has replaced the first one. */
export function liveBuild(): string | undefined {
  const pointer = join(storagePaths().root, 'site', SITE_POINTER);
  return existsSync(pointer) ? readFileSync(pointer, 'utf8').trim() : undefined;
}
