/** The accessibility statement page's view model: the parts the model statement words from its frontmatter. */
import type { SiteConfig } from '../../schemas/site-config.ts';
import type { Statement } from '../../schemas/statement.ts';
import { formatDate } from '../basics/days.ts';

export interface StatementView {
  /** The page's heading: "Accessibility statement for" the site's name. */
  heading: string;
  /** Who runs the site: the office's name, or the team that publishes the site. */
  publisher: string;
  /** Where to ask for another format or report a problem: the office's address from site.config.json. */
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

/** What the statement page shows around the statement's own text, with the office's name and address from its settings. */
export function toStatementView(statement: Statement, config: Pick<SiteConfig, 'title' | 'officeName' | 'contact'>): StatementView {
  return {
    heading: `Accessibility statement for ${config.title}`,
    publisher: config.officeName ?? `the team that publishes ${config.title}`,
    contactEmail: config.contact.accessibility,
    compliance: COMPLIANCE[statement.compliance],
    prepared: formatDate(statement.prepared),
    lastReviewed: formatDate(statement.lastReviewed),
    lastTested: formatDate(statement.lastTested),
    testedBy: statement.testedBy,
  };
}
