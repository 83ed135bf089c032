import { describe, expect, it } from 'vitest';
import { submissionSchema } from './submission';
import { HIDDEN_SUBMISSION_FIELDS, SUBMISSION_FIELDS, TYPED_SUBMISSION_FIELDS } from './submissionFields';

describe('the story form fields', () => {
  it('are exactly the fields submissionSchema checks, typed and hidden, so the page, script and server cannot drift from it', () => {
    const checked = Object.keys(submissionSchema.innerType().shape).sort();
    expect([...TYPED_SUBMISSION_FIELDS, ...HIDDEN_SUBMISSION_FIELDS].sort()).toEqual(checked);
  });
  it('add the photo, which the schema does not see (the server checks the file itself), and keep it out of the draft', () => {
    expect(SUBMISSION_FIELDS).toContain('photo');
    expect(TYPED_SUBMISSION_FIELDS).not.toContain('photo' as never);
    expect(new Set(SUBMISSION_FIELDS).size).toBe(SUBMISSION_FIELDS.length);
  });
});
