/** The accessibility statement page's view model: the parts the model statement words from its frontmatter. */
import type { Statement } from '../../schemas/statement.ts';
import { formatDate } from '../dates.ts';

export interface StatementView {
  /** The page's heading: "Accessibility statement for" the site's name. */
  heading: string;
  publisher: string;
  contactEmail: string;
  /** The model statement's compliance sentence for the statement's status. */
  compliance: string;
  prepared: string;
  lastReviewed: string;
  lastTested: string;
  testedBy: string;
}

const COMPLIANCE: Record<Statement['compliance'], string> = {
  full: 'This website is fully compliant with the Web Content Accessibility Guidelines version 2.2 AA standard.',
  partial: 'This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, due to the non-compliances listed below.',
  none: 'This website is not compliant with the Web Content Accessibility Guidelines version 2.2 AA standard. The non-compliances are listed below.',
};

/** What the statement page shows around the statement's own text; `siteName` is the office's title for the site. */
export function toStatementView(statement: Statement, siteName: string): StatementView {
  return {
    heading: `Accessibility statement for ${siteName}`,
    publisher: statement.publisher,
    contactEmail: statement.contactEmail,
    compliance: COMPLIANCE[statement.compliance],
    prepared: formatDate(statement.prepared),
    lastReviewed: formatDate(statement.lastReviewed),
    lastTested: formatDate(statement.lastTested),
    testedBy: statement.testedBy,
  };
}
