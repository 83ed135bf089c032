import type { z } from 'astro/zod';

/**
 * What a schema's own rule (beyond types and ranges) found wrong, for a form to say in the reader's language: a
 * check-in point drawn as an area (`point`), a trail order on a bench (`checkinOnly`), a check-in point without one
 * (`checkinNeeds`), a walkway without its stops (`required`).
 */
export const RULE_PROBLEMS = ['point', 'line', 'area', 'checkinNeeds', 'checkinOnly', 'required'] as const;
export type RuleProblemCode = (typeof RULE_PROBLEMS)[number];

/** The problem code for a geometry that must be of `type`. */
export const SHAPE_PROBLEM = { Point: 'point', LineString: 'line', Polygon: 'area' } as const satisfies Record<string, RuleProblemCode>;

/**
 * A schema rule's issue at `path`: `message` in English for the data checker and logs, `problem` (`params.problem`) for
 * forms (`ruleProblemOf`).
 * @example ctx.addIssue(ruleIssue(['properties', 'order'], 'a check-in point needs its trail order', 'checkinNeeds'))
 */
export function ruleIssue(path: (string | number)[], message: string, problem: RuleProblemCode): z.IssueData {
  return { code: 'custom', path, message, params: { problem } };
}

/** The problem code a schema rule gave its issue (`ruleIssue`), if it gave one. */
export function ruleProblemOf(issue: z.ZodIssue): RuleProblemCode | undefined {
  const problem: unknown = issue.code === 'custom' ? issue.params?.problem : undefined;
  return RULE_PROBLEMS.find((p) => p === problem);
}
