import { describe, expect, it } from 'vitest';
import { photoSubmissionSchema, submissionSchema } from './submission';
import { HIDDEN_PHOTO_FIELDS, HIDDEN_SUBMISSION_FIELDS, SUBMISSION_FIELDS, TYPED_PHOTO_FIELDS, TYPED_SUBMISSION_FIELDS } from './submissionFields';

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

describe('the photo form fields', () => {
  it('are exactly the fields photoSubmissionSchema checks, and every one of them is a field the server reads', () => {
    const checked = Object.keys(photoSubmissionSchema.shape).sort();
    expect([...TYPED_PHOTO_FIELDS, ...HIDDEN_PHOTO_FIELDS].sort()).toEqual(checked);
    for (const f of checked) expect(SUBMISSION_FIELDS).toContain(f);
  });
});
