import type { z } from 'astro/zod';
import { checkAndParseCommunity, type CommunityData, type CommunitySource } from '../core/checks/checkCommunity';
import { checkFeatureCollection } from '../core/checks/checkFeatureCollection';
import { formatProblem, type Problem } from '../core/checks/problem';
import { readCommunitySource, readSourceFile } from './readCommunitySource';

export type { CommunityData, CommunitySource };
export { readCommunitySource };

/** What reading a community folder found: every problem, and the data the checks parsed (when there are none). */
export type CommunityReading = { problems: Problem[]; data: CommunityData | undefined };

/**
 * The one way in to a community folder (`data/` and `content/`) outside Astro's page rendering: reads it,
 * checks it with every `check:data` rule and parses it once, returning both the problems and the parsed
 * data; `data` is undefined while there is any problem. `check:data`, the build's check, the server,
 * posters and the bench all read through here.
 */
export function readCommunity(dir: string): CommunityReading {
  return checkSource(readCommunitySource(dir));
}

/** The same check and parse for a community already read into memory, e.g. the store with a change proposed. */
export function checkSource(src: CommunitySource): CommunityReading {
  const { problems, data } = checkAndParseCommunity(src);
  return { problems, data: problems.length ? undefined : data };
}

/** `readCommunity`'s data, or an error listing every problem as `check:data` prints them. */
export function loadCommunity(dir: string): CommunityData {
  const { problems, data } = readCommunity(dir);
  if (problems.length || !data) throw new Error(`${dir}:\n${problems.map(formatProblem).join('\n')}`);
  return data;
}

/**
 * One GeoJSON collection of a community folder, read and checked against `schema` once (the Content
 * Layer loaders' view): the problems and the features that passed. `file` is its path in the folder.
 */
export function readFeatureFile<S extends z.ZodTypeAny>(dir: string, file: string, schema: S) {
  return checkFeatureCollection(readSourceFile(dir, file), schema);
}

/** One JSON object of a community folder (e.g. `data/community.json`), read and parsed by `schema` once. */
export function readJsonFile<S extends z.ZodTypeAny>(dir: string, file: string, schema: S): { problems: Problem[]; data?: z.output<S> } {
  const source = readSourceFile(dir, file);
  let json: unknown;
  try {
    json = JSON.parse(source.text);
  } catch (error) {
    return { problems: [{ file, id: '-', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return { problems: parsed.error.issues.map((i) => ({ file, id: '-', message: `${i.path.join('.')}: ${i.message}` })) };
  return { problems: [], data: parsed.data };
}
