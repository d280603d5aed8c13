/** html-validate with its recommended rules (two adjusted, each with its reason), as the quality gates run it over every built page. */
import { HtmlValidate, type Message } from 'html-validate';

export const htmlValidate = new HtmlValidate({
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // Page titles name the document, the force and the site ("Response to … – Suffolk
    // Constabulary – Responses to police inspections"), which WCAG 2.4.2 asks for; cutting
    // them to 70 characters would drop what tells one page from another. Length is a
    // search-engine preference, not validity.
    'long-title': 'off',
    // Search's filters are checkboxes sharing a name ("status", "year"…), so the form sends
    // every value ticked, as HTML intends. The rule allows this for radio buttons by default;
    // it saw the form only once the form stopped being hidden until its script ran.
    'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
  },
});

/** Every error in one page's HTML, as `path:line:column rule: message`. */
export async function validatePage(html: string, path: string): Promise<string[]> {
  const report = await htmlValidate.validateString(html, path);
  return report.results.flatMap((result) =>
    result.messages.filter((m: Message) => m.severity === 2).map((m) => `${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
  );
}
