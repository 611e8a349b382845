import { z } from 'zod';
import { defineGrader } from '../define.js';
import { normaliseLabel } from '../normalise-label.js';
import { preview } from '../text.js';

export { normaliseLabel };

// Long enough for any real label, short enough that a rambling answer can't blow up a
// confusion table.
const MAX_LABEL = 60;

export const label = defineGrader({
  description:
    'The normalised output equals the expected label (routing, classification); reports gather a confusion table per label.',
  options: z.object({
    value: z.string().min(1).describe('The expected label, compared after the same normalisation as the output.'),
  }),
  grade(output, { value }) {
    const expected = normaliseLabel(value);
    const full = normaliseLabel(output);
    const actual = full.length > MAX_LABEL ? `${full.slice(0, MAX_LABEL - 1)}…` : full;
    if (full === expected) return { score: 1, label: { expected, actual } };
    return { score: 0, reason: `expected label ${preview(expected)}, got ${preview(actual)}`, label: { expected, actual } };
  },
});
