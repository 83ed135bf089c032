import type { AstroIntegration } from 'astro';
import { formatProblem } from '../../core/checks/problem';
import { tileConfigFromEnv } from '../../core/map/tileConfigFromEnv';
import { communityDir } from '../../community/communityDir';
import { readCommunity } from '../../community/readCommunity';
import { dictionaryProblems } from '../../i18n/messages';

/**
 * Runs every `check:data` rule before a build (and when the dev server starts), so broken data or content
 * never builds a site silently: the build stops listing file, id and rule for each problem. The basemap tile
 * settings are checked here too, so a bad one stops the build in a second rather than after bundling.
 */
export function checkCommunityData(): AstroIntegration {
  const run = () => {
    tileConfigFromEnv(process.env);
    const dir = communityDir();
    const reading = readCommunity(dir);
    const problems = [...reading.problems, ...dictionaryProblems(reading.data?.community.languages ?? [])];
    if (problems.length) {
      throw new Error(`${problems.length} problem(s) in the community data (${dir}):\n${problems.map(formatProblem).join('\n')}`);
    }
  };
  return {
    name: 'check-community-data',
    hooks: {
      'astro:build:start': () => run(),
      'astro:server:setup': ({ logger }) => {
        try { run(); } catch (error) { logger.error((error as Error).message); }
      },
    },
  };
}
