import { z } from 'zod';
import { daySchema } from './dates.ts';
import { allowed, fieldsObject } from './messages.ts';

const text = (what: string) => z.string(allowed(what)).trim().min(1, allowed(what));

/** The compliance statuses the government's model statement allows. */
export const COMPLIANCE_STATUSES = ['full', 'partial', 'none'] as const;

/**
 * The frontmatter of the site's accessibility statement (`src/statement/accessibility.mdx`). Who
 * runs the site and the contact address are the office's, from site.config.json (`officeName`,
 * `contact.accessibility`), so an office sets them once, not in the code.
 */
export const statementSchema = fieldsObject({
  /** How far the site meets WCAG 2.2 AA: `full`, `partial` (list the failures in the body) or `none`. */
  compliance: z.enum(COMPLIANCE_STATUSES, allowed(COMPLIANCE_STATUSES.join(', '))),
  /** When the statement was first prepared, `YYYY-MM-DD`. */
  prepared: daySchema,
  /** When the statement was last reviewed, `YYYY-MM-DD`; `npm run check` warns 12 months later. */
  lastReviewed: daySchema,
  /** When the website was last tested for accessibility, `YYYY-MM-DD`. */
  lastTested: daySchema,
  /** Who tested it and how, completing "The test was carried out by …". */
  testedBy: text('who tested the website and how'),
});

export type Statement = z.infer<typeof statementSchema>;
