import type { Problem } from '../checks/problem';

/** The `check:data` rules by name, as the map editor shows them next to a refused change. */
export const MAP_RULES = [
  'schema', 'ring-closure', 'winding', 'self-intersection', 'inside-boundary', 'overlap', 'entrance-on-outline',
  'totals', 'references', 'trail', 'checkin-radius', 'duplicate-id', 'languages', 'stories', 'other',
] as const;
export type MapRule = (typeof MAP_RULES)[number];

const PATTERNS: [RegExp, MapRule][] = [
  [/not closed/, 'ring-closure'],
  [/counter-clockwise|must be clockwise/, 'winding'],
  [/crosses itself/, 'self-intersection'],
  [/outside the community boundary|exactly one boundary/, 'inside-boundary'],
  [/^overlaps building/, 'overlap'],
  [/from the outline of/, 'entrance-on-outline'],
  [/says \d+$|but entrances numbered|used twice/, 'totals'],
  [/not found in/, 'references'],
  [/checkinRadiusM/, 'checkin-radius'],
  [/walkway|trail order|^stop \d+ /, 'trail'],
  [/duplicate id/, 'duplicate-id'],
  [/: missing [a-z]{2}(-[A-Z]{2})?$/, 'languages'],
  [/^no story in /, 'stories'],
];

/** Which rule a `check:data` problem breaks, from its file and message. */
export function ruleOf(p: Problem): MapRule {
  if (p.file.startsWith('content/')) return 'stories';
  const found = PATTERNS.find(([re]) => re.test(p.message));
  if (found) return found[1];
  if (/^[\w.[\]]+: /.test(p.message) || /decimals|out of range|positions|coordinates/.test(p.message)) return 'schema';
  return 'other';
}
