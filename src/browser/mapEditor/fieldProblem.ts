import type { z } from 'astro/zod';
import { ruleProblemOf, type RuleProblemCode } from '../../schemas/ruleIssue';
import type { EditorTextKey } from './editorText';

/** What is wrong with one field of the details form, as a message key of the editor and its numbers. */
export type FieldProblem = { key: EditorTextKey; values: Record<string, number> };

/** What the form says of each problem a schema's own rule names (`ruleIssue`). */
const RULE_PROBLEM_KEYS: Record<RuleProblemCode, EditorTextKey> = {
  point: 'mapEditor.problem.point', line: 'mapEditor.problem.line', area: 'mapEditor.problem.area',
  checkinNeeds: 'mapEditor.problem.checkinNeeds', checkinOnly: 'mapEditor.problem.checkinOnly', required: 'mapEditor.problem.required',
};

/**
 * A schema's complaint about a field, in words the moderator's language has (the schema's own messages are
 * English): missing, too short or long, too small or large, not a whole number, not one of the choices, not in
 * the expected form, or what one of the schema's own rules says (a check-in point drawn as an area).
 * @example fieldProblem({ code: 'too_small', type: 'number', minimum: 1, … }) → { key: 'mapEditor.problem.tooSmall', values: { min: 1 } }
 */
export function fieldProblem(issue: z.ZodIssue): FieldProblem {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'undefined' || issue.received === 'null') return { key: 'mapEditor.problem.required', values: {} };
      if (issue.expected === 'integer') return { key: 'mapEditor.problem.integer', values: {} };
      return { key: 'mapEditor.problem.invalid', values: {} };
    case 'too_small':
      if (issue.type === 'string') return { key: Number(issue.minimum) <= 1 ? 'mapEditor.problem.required' : 'mapEditor.problem.tooShort', values: { min: Number(issue.minimum) } };
      if (issue.type === 'array') return { key: 'mapEditor.problem.fewItems', values: { min: Number(issue.minimum) } };
      return { key: issue.inclusive ? 'mapEditor.problem.tooSmall' : 'mapEditor.problem.above', values: { min: Number(issue.minimum) } };
    case 'too_big':
      if (issue.type === 'string') return { key: 'mapEditor.problem.tooLong', values: { max: Number(issue.maximum) } };
      if (issue.type === 'array') return { key: 'mapEditor.problem.manyItems', values: { max: Number(issue.maximum) } };
      return { key: 'mapEditor.problem.tooBig', values: { max: Number(issue.maximum) } };
    case 'not_multiple_of':
      return { key: 'mapEditor.problem.integer', values: {} };
    case 'invalid_enum_value':
    case 'invalid_literal':
    case 'invalid_union':
    case 'invalid_union_discriminator':
      return { key: 'mapEditor.problem.choice', values: {} };
    case 'invalid_string':
      return { key: 'mapEditor.problem.format', values: {} };
    case 'custom': {
      const problem = ruleProblemOf(issue);
      return { key: problem ? RULE_PROBLEM_KEYS[problem] : 'mapEditor.problem.invalid', values: {} };
    }
    default:
      return { key: 'mapEditor.problem.invalid', values: {} };
  }
}
