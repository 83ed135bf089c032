/**
 * `npm run import -- FILE [--datum wgs84|gcj02|bd09] [--apply] [--author NAME]`: compares a GeoJSON, KML,
 * GPX or OSM XML file with the live community's map (the content store; before the server's first run, the
 * checkout) and prints one line per feature (`checkin-05 moved 20 m N`, `b22 unchanged`, `checkin-07
 * missing from the file`). Writes nothing unless `--apply`: then the moved and reshaped features are saved
 * through the map editor's own path (every data rule checked first, one commit in the content store by
 * `--author`, else `git config user.name`), and the running server rebuilds the site when it sees the commit.
 * Features new to the map are only listed: they need names and kinds (add them in the map editor).
 * Exit status 0 done, 1 refused (bad file, outside, rules, stale), 2 bad usage.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { importDiff } from '../src/core/import/importDiff';
import { importLine } from '../src/core/import/importLine';
import { isDatum } from '../src/core/import/datum';
import { MAX_IMPORT_BYTES, parseMapFile, type ImportError } from '../src/core/import/parseMapFile';
import { collectionsOf } from '../src/core/mapEdit/proposeMapEdits';
import { readCommunitySource } from '../src/community/readCommunitySource';
import { commitMapEdit } from '../src/server/mapEdits/commitMapEdit';
import { parseXmlInNode } from '../src/server/mapEdits/nodeXml';
import { liveCommunityDir, storeDir, storeHead } from '../src/server/store/communityStore';
import { DATUMS, type Datum } from '../src/schemas/provenance';

const USAGE = `usage: npm run import -- FILE [--datum ${DATUMS.join('|')}] [--apply] [--author NAME]`;
const DATUM_NAMES: Record<Datum, string> = { wgs84: 'WGS 84 (GPS, OpenStreetMap)', gcj02: 'GCJ-02 (Amap, Tencent)', bd09: 'BD-09 (Baidu)' };

function fail(message: string, status = 1): never {
  console.error(`import: ${message}`);
  process.exit(status);
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  const value = args[i + 1];
  if (!value || value.startsWith('--')) fail(`${name} needs a value\n${USAGE}`, 2);
  return value;
}

function errorText(e: ImportError): string {
  switch (e.code) {
    case 'too-large': return `the file is ${(e.bytes / 1048576).toFixed(1)} MB; at most ${e.max / 1048576} MB can be imported`;
    case 'too-many': return `the file has ${e.count} features; at most ${e.max} can be imported at once`;
    case 'unknown-format': return `cannot tell what kind of file "${e.name}" is: use GeoJSON (.geojson), KML (.kml), GPX (.gpx) or OSM XML (.osm)`;
    case 'malformed': return `the ${e.format.toUpperCase()} file cannot be read: ${e.detail}`;
    case 'empty': return `the ${e.format.toUpperCase()} file has no points, lines or areas`;
  }
}

function gitUserName(): string | undefined {
  try {
    return execFileSync('git', ['config', 'user.name'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

const args = process.argv.slice(2);
const KNOWN = new Set(['--datum', '--apply', '--author']);
const file = args.find((a, i) => !a.startsWith('--') && !['--datum', '--author'].includes(args[i - 1] ?? ''));
const unknown = args.filter((a) => a.startsWith('--') && !KNOWN.has(a));
if (!file || unknown.length) fail(`${unknown.length ? `unknown option ${unknown.join(' ')}\n` : ''}${USAGE}`, 2);
const datumName = option(args, '--datum') ?? 'wgs84';
if (!isDatum(datumName)) fail(`unknown datum "${datumName}": use ${DATUMS.map((d) => `${d} for ${DATUM_NAMES[d]}`).join(', ')}`, 2);
const datum: Datum = datumName;
const apply = args.includes('--apply');

if (!existsSync(file) || !statSync(file).isFile()) fail(`no file "${file}"`);
if (statSync(file).size > MAX_IMPORT_BYTES) fail(errorText({ code: 'too-large', bytes: statSync(file).size, max: MAX_IMPORT_BYTES }));
const parsed = parseMapFile({ name: basename(file), text: readFileSync(file, 'utf8') }, parseXmlInNode);
if (!parsed.ok) fail(errorText(parsed.error));

const dir = liveCommunityDir();
const usingStore = existsSync(join(storeDir(), '.git'));
const baseCommit = usingStore ? await storeHead() : undefined;
const ours = collectionsOf(readCommunitySource(dir));
if (!ours.collections) fail(`the community's map files cannot be read: ${ours.problems.map((p) => p.message).join('; ')}`);
const diff = importDiff(parsed.features, datum, ours.collections, { file: basename(file), date: new Date().toISOString().slice(0, 10) });

console.log(`${basename(file)}: ${parsed.format.toUpperCase()}, ${parsed.features.length} feature(s) read as ${DATUM_NAMES[datum]}, compared with ${dir}`);
if (parsed.skipped) console.log(`(${parsed.skipped} feature(s) of other geometry types skipped)`);
for (const entry of diff.entries) console.log(importLine(entry));
if (diff.datumHint) {
  console.log(`\nThe file sits far from the community as ${DATUM_NAMES[datum]}, but in place as ${DATUM_NAMES[diff.datumHint]}: try --datum ${diff.datumHint}`);
}

if (!apply) {
  console.log(`\nNothing written.${diff.edits.length ? ` Add --apply to save ${diff.edits.length} change(s).` : ''}`);
  process.exit(0);
}
if (diff.datumHint) fail(`not applied: check the datum first (--datum ${diff.datumHint})`);
if (!diff.edits.length) {
  console.log('\nNothing to apply: no feature moved or changed shape.');
  process.exit(0);
}
if (!usingStore || !baseCommit) fail(`no content store at ${storeDir()}: start the server once (npm start), then import with --apply`);
const author = option(args, '--author') ?? gitUserName();
if (!author) fail('who is importing? Give --author NAME (or set git config user.name)', 2);
const result = await commitMapEdit({ author, baseCommit, edits: diff.edits, message: `Import ${basename(file)} (${datum})`, trailers: { Import: basename(file) } });
if (result.ok) {
  console.log(`\nSaved as commit ${result.commit.slice(0, 10)} by ${author}: ${result.summary.length} change(s). The server rebuilds the site when it sees the commit.`);
  process.exit(0);
}
if (result.reason === 'rules') {
  for (const p of result.problems) console.error(`refused: ${p.featureId}: ${p.message} (${p.rule})`);
  fail('not applied: the changes break the rules above; nothing was written');
}
if (result.reason === 'stale') fail(`not applied: ${result.changed.join(', ')} changed while importing; run the import again`);
fail(`not applied: the content store is not clean (${result.code}: ${result.detail}); nothing was written`);
