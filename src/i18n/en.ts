/**
 * The interface's words in English: the one catalogue every page, view and component takes
 * its English from (the Welsh is cy.ts, with the same keys). `{name}` marks a value filled in
 * by `fill` (index.ts); a plural entry gives one form per plural category of the language
 * (`Intl.PluralRules`), English `one` and `other`, `{n}` being the number.
 */
export const en = {
  // The frame of every page (src/layouts/Base.astro, src/lib/views/layout.ts).
  'layout.skip': 'Skip to main content',
  'layout.navLabel': 'Main',
  'layout.nav.inspections': 'Inspections',
  'layout.nav.forces': 'Forces',
  'layout.nav.due': 'What is due',
  'layout.nav.data': 'Data',
  'layout.searchLabel': 'Search the documents',
  'layout.searchButton': 'Search',
  'layout.publishedBy': 'Published by {office}.',
  'layout.licenceBefore': 'The documents on this site are public records published by local policing bodies, police forces and HM Inspectorate of Constabulary and Fire & Rescue Services. Their text is reproduced unchanged and is available under the ',
  'layout.licenceLink': 'Open Government Licence v3.0',
  'layout.licenceUrl': 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
  'layout.licenceAfter': ', except where otherwise stated.',
  'layout.footer.data': 'Download the data',
  'layout.footer.accessibility': 'Accessibility statement',
  'layout.language': 'Language',

  // The statuses (src/lib/statuses.ts): a label and a one-sentence meaning each.
  'status.complete': 'Complete',
  'status.complete.description': 'The action has been taken.',
  'status.in-progress': 'In progress',
  'status.in-progress.description': 'Work has started and is not finished.',
  'status.planned': 'Planned',
  'status.planned.description': 'Action is planned but has not started.',
  'status.awaiting-national': 'Awaiting national action',
  'status.awaiting-national.description': 'The recommendation waits on, or is for, national bodies.',
  'status.no-action': 'No action',
  'status.no-action.description': 'No action will be taken; the document gives the reason.',
  'status.not-addressed': 'Not addressed',
  'status.not-addressed.description': 'The document does not deal with this recommendation.',
  'status.none': 'No status given',

  // Timeliness (src/lib/deadline.ts) and the date a judgement rests on (views/format.ts).
  'timeliness.on-time': 'On time',
  'timeliness.late': 'Late',
  'timeliness.undated': 'Undated',
  'timeliness.unknown': 'Cannot tell',
  'timeliness.not-applicable': 'No deadline',
  'timeliness.on-time.description': 'Published (or, where no publication date is recorded, dated) within {period} days of the report, counting the report\'s publication day as day 1.',
  'timeliness.late.description': 'Published (or dated) after the {period}th day.',
  'timeliness.undated.description': 'The document carries no date and no publication date is recorded.',
  'timeliness.unknown.description': 'Only the month of the report\'s publication is known, so the deadline cannot be worked out.',
  'timeliness.not-applicable.description': 'The statutory deadline applies to the policing body\'s comments, not to this kind of document.',
  'timeliness.onTimeDay': 'On time: day {day} of {period}',
  'timeliness.lateBy': 'Late by {days}',
  'timeliness.basis.published': 'Based on the publication date, {date}.',
  'timeliness.basis.date': 'Based on the date on the document, {date} (no publication date is recorded).',
  'timeliness.basis.none': 'The document carries no date and no publication date is recorded.',
  'document.undated': 'Undated',
  'document.publishedOn': 'Published {date}',

  // Counts: one form per plural category.
  'count.day': { one: '{n} day', other: '{n} days' },
  'count.document': { one: '{n} document', other: '{n} documents' },
  'count.force': { one: '{n} force', other: '{n} forces' },
  'count.inspection': { one: '{n} inspection', other: '{n} inspections' },
  'count.recommendation': { one: '{n} recommendation', other: '{n} recommendations' },
} as const satisfies Record<string, string | { one: string; other: string }>;
