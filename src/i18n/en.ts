/**
 * The interface's words in English: the one catalogue every page, view and component takes
 * its English from (the Welsh is cy.ts, with the same keys); the pages' own words are in
 * en-pages.ts, joined here, so neither file passes 300 lines. `{name}` marks a value filled in
 * by `fill` (index.ts); a plural entry gives one form per plural category of the language
 * (`Intl.PluralRules`), English `one` and `other`, `{n}` being the number.
 *
 * The statuses' and timeliness's English words are kept where the data files, the schemas and
 * the editor take them from (src/lib/statuses.ts, src/lib/deadline.ts: their labels are
 * values of the published data, a contract), and come into the catalogue from there.
 */
import { TIMELINESS_DESCRIPTIONS, TIMELINESS_LABELS } from '../lib/site/deadline.ts';
import { DOCUMENT_KINDS, type DocumentKind } from '../lib/basics/document-kinds.ts';
import { NO_STATUS_LABEL, STATUSES, type StatusId } from '../lib/basics/statuses.ts';
import { enCompare } from './en-compare.ts';
import { enData } from './en-data.ts';
import { FEED_TEXTS } from '../lib/outputs/feeds/feed-words.ts';
import { enPages } from './en-pages.ts';

const status = (id: StatusId) => STATUSES.find((s) => s.id === id)!;
const kind = (id: DocumentKind) => DOCUMENT_KINDS.find((k) => k.id === id)!;
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
  'status.complete': status('complete').label,
  'status.complete.description': status('complete').description,
  'status.in-progress': status('in-progress').label,
  'status.in-progress.description': status('in-progress').description,
  'status.planned': status('planned').label,
  'status.planned.description': status('planned').description,
  'status.awaiting-national': status('awaiting-national').label,
  'status.awaiting-national.description': status('awaiting-national').description,
  'status.no-action': status('no-action').label,
  'status.no-action.description': status('no-action').description,
  'status.not-addressed': status('not-addressed').label,
  'status.not-addressed.description': status('not-addressed').description,
  'status.none': NO_STATUS_LABEL,

  // The kinds of document (src/lib/document-kinds.ts, where the data files take them from).
  'kind.pcc-response': kind('pcc-response').label,
  'kind.force-response': kind('force-response').label,
  'kind.inspectorate-letter': kind('inspectorate-letter').label,

  // Timeliness (src/lib/deadline.ts) and the date a judgement rests on (views/format.ts).
  'timeliness.on-time': TIMELINESS_LABELS['on-time'],
  'timeliness.late': TIMELINESS_LABELS['late'],
  'timeliness.undated': TIMELINESS_LABELS['undated'],
  'timeliness.unknown': TIMELINESS_LABELS['unknown'],
  'timeliness.not-applicable': TIMELINESS_LABELS['not-applicable'],
  'timeliness.on-time.description': TIMELINESS_DESCRIPTIONS['on-time'],
  'timeliness.late.description': TIMELINESS_DESCRIPTIONS['late'],
  'timeliness.undated.description': TIMELINESS_DESCRIPTIONS['undated'],
  'timeliness.unknown.description': TIMELINESS_DESCRIPTIONS['unknown'],
  'timeliness.not-applicable.description': TIMELINESS_DESCRIPTIONS['not-applicable'],
  'timeliness.onTimeDay': 'On time: day {day} of {period}',
  'timeliness.lateBy': 'Late by {days}',
  'timeliness.basis.published': 'Based on the publication date, {date}.',
  'timeliness.basis.date': 'Based on the date on the document, {date} (no publication date is recorded).',
  'timeliness.basis.none': 'The document carries no date and no publication date is recorded.',
  'document.undated': 'Undated',
  'document.publishedOn': 'Published {date}',
  // A link to the same document in the other language (a response published in both).
  'document.readInWelsh': 'Read in Welsh',
  'document.readInEnglish': 'Read in English',

  // The components' own words (src/components/).
  'copy.heading': 'About this copy',
  'copy.changes': 'Changes made in transcribing',
  'copy.notes': 'Notes on this copy',
  'copy.redactions': 'Redactions',
  'copy.redactionsIntro': 'Personal data taken out of the text; each place reads "[Redacted: …]" with what was there.',
  'corrections.heading': 'Corrections',
  'corrections.intro': 'Changes this site made to its copy of the document, or to its reading of it, after first publishing it, each with its reason.',
  'corrections.why': 'Why',
  'due.commentsDue': 'Comments due',
  'due.due': 'Due',
  'due.nothing': 'Nothing due: no comment period is open on {date}.',
  'due.asOf': 'As of {date}, when the site was last built.',
  'evidence.label': 'The words it rests on',
  'table.inspection': 'Inspection',
  'table.inspectionPublished': '(published {date})',
  'table.document': 'Document',
  'table.date': 'Date',
  'table.timeliness': 'Timeliness',
  'table.latestStatuses': 'Latest statuses',
  'table.force': 'Force',
  'table.region': 'Region',
  'table.noResponse': 'No response on this site',
  'table.report': 'Report',
  'table.published': 'Published',
  'table.kind': 'Kind',
  'table.recommendations': 'Recommendations',
  'table.forcesWithDocuments': 'Forces with documents',
  'table.data': 'Data',
  'table.nOfM': '{n} of {of}',
  'matrix.orderLabel': 'Order of the table',
  'matrix.orderIntro': 'Order the table:',
  'matrix.shown': '(shown)',
  'reasons.why': 'Why this status',
  'reasons.whyLabel': 'Why this status:',
  'legend.summary': 'What the statuses mean',
  'pager.label': 'Other years',
  'pager.newer': 'Newer: {year}',
  'pager.older': 'Older: {year}',
  // The preview's banner of problems (npm run dev; views/layout.ts). The problems themselves stay as `npm run check` words them.
  'preview.none': 'Preview: the content has no problems.',
  'preview.some': 'Preview: the content has {problems}.',
  'preview.someHidden': 'Preview: the content has {problems}; documents with errors are not shown.',
  'preview.tally': '{errors} and {warnings} in {files}',
  'preview.error': 'Error',
  'preview.warning': 'Warning',
  'preview.seeAll': 'See every problem',

  ...enPages,
  ...enCompare,
  ...enData,
  // The feeds' and calendars' words are written where the feeds are made (src/lib/outputs/feeds/feed-words.ts).
  ...FEED_TEXTS,

  // The charts' words (views/charts.ts).
  'chart.status.none': 'None of the {n} forces has a document on this site yet.',
  'chart.status.summary': 'Of {forces}, {withDocument} a document on this site: {parts}{asOf}; {none} none.',
  'chart.asOf': ' (latest statuses, as of {date})',
  'chart.status.title': 'Forces by status on recommendation {id}',
  'chart.status.titleWith': 'Forces with a document by status on recommendation {id}',
  'chart.noDocument': 'No document on this site',
  'chart.status.caption': 'Number of forces with each status, and with no document on this site',
  'chart.arrivals.summary': 'By day {period} ({date}), {onTime} of {forces} had their policing body\'s comments out; {later} more came later, {undated} undated and {none} not on this site.',
  'chart.arrivals.title': 'Policing bodies\' comments over time, against the due date',
  'chart.notOnSite': 'Not on this site',
  'chart.arrivals.caption': 'Policing bodies\' comments by the day they came out (publication date, else the date on the document)',
  'chart.record.none': 'No inspection on this site concerns {force}.',
  'chart.record.summary': 'Of {inspections} concerning {force}, the policing body\'s comments on {answered} are on this site: {onTime} on time, {late} late, {undated} undated and {unknown} where the deadline cannot be worked out; {none} not on this site.',
  'chart.record.title': 'Timeliness of the policing body\'s comments',
  'chart.record.caption': 'Inspections by the timeliness of the policing body\'s comments',

  // Quotations and corrections (views/evidence-view.ts, trust-view.ts).
  'evidence.inSentenceNote': 'Where a quotation is part of a sentence, the whole sentence is shown and the quoted words are marked.',
  'corrections.removed': 'Quotation removed',
  'corrections.added': 'Quotation added',
  'corrections.was': 'Was',
  'corrections.changedTo': 'Changed to',
  'corrections.corrected': 'Corrected {date}',

  // The data page's paragraphs (src/pages/data/index.astro, views/data.ts).
  'data.intro': 'Every document on this site as one record: the force, the inspection, the document\'s dates, its timeliness and the status it gives each recommendation. CSV files are UTF-8 with a header row, fields quoted as RFC 4180 describes (a field with a comma, quote or line break is in double quotes, a quote doubled), lines ending CRLF. JSON files hold a list of objects with the same fields; empty values are {null}.',
  'data.package': 'To load every CSV file on this page in one step, with each column\'s type, allowed values and meaning and the keys that link the files, open {package} in a tool that reads Frictionless Data Packages (such as the Frictionless libraries for Python and R).',
  'data.everyStatusIntro': 'One row per document and recommendation, across the whole site: the status the document gives, the document\'s own words it rests on (copied from its text; the build checks each quotation is there), the latest status with its date, a link to the document\'s section, and each quotation again in its whole sentence, so that what a quotation leaves out of its sentence can be read. The same table as {csv} and {json}.',
  'data.perInspectionIntro': 'For each inspection, one row per force the report concerns and recommendation: the status, its date, and the words of the force\'s section on that recommendation. The files are {csvPath} and {jsonPath}, where {id} is the inspection\'s, as in the address of its page; each inspection\'s page links to its files, and so do the lists of {inspections}.',
  'data.statusesIntro': 'A document gives each recommendation a status when it is published. Where a later update (a progress report, a further letter) gives a new status, the site keeps both: the original in {statuses} and {originalStatus}, the newest in {latestStatuses} and {latestStatus}, with its date.',
  'data.timelinessAct': 'Section 55(5A) of the Police Act 1996 gives the local policing body {days} days "beginning with the day on which the report is published". The day of publication is day 1, so comments on a report published on 27 September 2019 were due by 21 November 2019. A document counts as on time if its publication date, or where none is recorded the date on the document, is on or before that day.',
  'data.timelinessDays': 'The pages count days as the Act does: "day 50 of {days}" means the 50th day, the day of publication being day 1. That is the {dayOfPeriod} field. The older {daysFromReport} field counts days after publication, the day of publication being day 0, so it is always one less: a document on day 50 has {daysFromReport} 49.',
  'data.feedsIntro': 'Atom feed of new and updated documents: {link}. {note} An entry\'s date is the document\'s publication date, else the date on it, else (undated) the report\'s publication date; it is updated when a later status update is added.',
  'data.feedNote': 'The newest {n} documents on the site; each force\'s and each inspection\'s page links to a feed of all of its documents.',
  'data.sitemap': 'Every page is listed in {sitemap}.',
  'data.schemasIntro': 'JSON Schemas (draft 2020-12) of what the publishing office writes, generated from the schemas the build checks the files with: {force} (one force in {forcesFile}), {inspection} (an inspection\'s frontmatter) and {response} (a response\'s frontmatter). A recommendation\'s entry is either a status on its own or a group of {status} and {evidence}. Every value is text, as the site reads it: quote numbers such as {idExample}. The schemas cannot check what needs the other files: that a force or inspection id exists, that each quotation is in the document\'s words, that {notAddressed} has no evidence, that an update is not dated before its document. They also accept text that is only spaces, which the build rejects. The build\'s own check is the one that counts.',
  'data.licenceIntro': 'The documents are public-sector information published by local policing bodies, police forces and HMICFRS. You may reuse them under the {licence}, with this attribution: "Contains public sector information licensed under the Open Government Licence v3.0." Name the body that published each document (the {policingBody} or {author} field).',

  // Counts: one form per plural category.
  'count.day': { one: '{n} day', other: '{n} days' },
  'count.document': { one: '{n} document', other: '{n} documents' },
  'count.force': { one: '{n} force', other: '{n} forces' },
  'count.inspection': { one: '{n} inspection', other: '{n} inspections' },
  'force.more': { one: 'The other {n} document is on the year pages below.', other: 'The other {n} documents are on the year pages below.' },
  'force.missingMany': {
    one: '{n} inspection concerning {force} has no document on this site; the newest {limit}, and the rest on the year pages below:',
    other: '{n} inspections concerning {force} have no document on this site; the newest {limit}, and the rest on the year pages below:',
  },
  'force.missing': { one: '{n} inspection concerning {force} has no document on this site:', other: '{n} inspections concerning {force} have no document on this site:' },
  // A number with the verb that agrees with it, for the charts' sentences.
  'chart.has': { one: '{n} has', other: '{n} have' },
  'chart.is': { one: '{n} is', other: '{n} are' },
  'count.recommendation': { one: '{n} recommendation', other: '{n} recommendations' },
  'count.result': { one: '{n} result', other: '{n} results' },
  'count.error': { one: '{n} error', other: '{n} errors' },
  'count.warning': { one: '{n} warning', other: '{n} warnings' },
  'count.file': { one: '{n} file', other: '{n} files' },
} as const satisfies Record<string, string | { one: string; other: string }>;
