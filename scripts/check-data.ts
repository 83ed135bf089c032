/**
 * `npm run check:data [folder]`: validates a community's data/ and content/ and prints one line per
 * problem (`data/buildings.geojson: b22: ring not closed`). Exits 1 on any problem.
 */
import { formatProblem } from '../src/core/checks/problem';
import { communityDir } from '../src/community/communityDir';
import { readCommunity } from '../src/community/readCommunity';
import { dictionaryProblems } from '../src/i18n/messages';

const dir = process.argv[2] ?? communityDir();
const reading = readCommunity(dir);
const problems = [...reading.problems, ...dictionaryProblems(reading.data?.community.languages ?? [])];
for (const p of problems) console.log(formatProblem(p));
console.log(problems.length ? `\n${problems.length} problem(s) in ${dir}` : `data and content in ${dir}: OK`);
process.exit(problems.length ? 1 : 0);
