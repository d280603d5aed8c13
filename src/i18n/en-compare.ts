/**
 * The English of a recommendation's comparison page (src/lib/views/comparison.ts and its
 * page), of the inspection page's list of forces by region, of the region names as pages
 * show them (the data files keep the English names: a contract), and of the suggested
 * citation and "Last changed" (src/lib/views/citation.ts), and of what a correction changed
 * (src/lib/views/trust-view.ts; the feeds keep describeCorrected's English). en.ts joins it.
 */
import { PAGE_KIND_LABELS } from '../lib/outputs/search/search-options.ts';

export const enCompare = {
  'compare.title': 'Recommendation {id}: {title} – {inspection}',
  'compare.heading': 'Recommendation {id}: {title}',
  'compare.description': 'How each force responded to recommendation {id} of {inspection}.',
  'compare.for': 'For',
  'compare.due': 'Due',
  'compare.note': 'Note',
  'compare.reportPublished': 'Report published',
  'compare.lastChanged': 'Last changed',
  'compare.withDocument': 'Forces with a document',
  'compare.sameByRegion': 'The same forces by region',
  'compare.summaryCaptionOne': 'The force with a document on this site, by status then force: the latest status of each force\'s main document',
  'compare.summaryCaption': 'The {forces} with a document on this site, by status then force: the latest status of each force\'s main document',
  'compare.noneYet': 'None of the {n} forces in scope has a document on this site for this report yet.',
  'compare.countsOnce': 'Each force counts once, by its main document (the policing body\'s response where there is one), with the latest status it has given.',
  'compare.countsOnceAsOf': 'Each force counts once, by its main document (the policing body\'s response where there is one), with the latest status it has given, as of {date}.',
  'compare.whatEachSaid': 'What each force said',
  'compare.noDocumentHeading': 'Forces with no document',
  'compare.downloads': 'Download every force\'s status and words on every recommendation of this report: {links}.',
  'compare.otherRecommendations': 'Other recommendations of this report',
  'compare.previous': 'Previous: {text}',
  'compare.next': 'Next: {text}',
  'compare.quotedFromUpdate': 'Quoted from the update of {date}, not from this document.',
  'compare.readInContext': 'Read in context',
  'compare.context': ': the {kind} from {force}',
  'compare.contextQuotation': ', quotation {n}',
  'compare.notAddressed': 'The document does not deal with this recommendation.',
  'compare.noSection': 'The document has no section of its own for this recommendation; read the full document for its comments.',
  'compare.updated': 'Updated {date} (the document said: {status})',
  'compare.noStatus': 'no status',
  'compare.asOf': 'As of {date}',

  'inspection.byRegion': 'Every force in scope by region',
  'inspection.noDocumentNote': 'no document on this site',

  // The suggested citation (author–date style) and when a page last changed.
  'citation.noDate': 'n.d.',
  'citation.dated': 'Dated {date}.',
  'citation.published': 'Published {date}.',
  'citation.availableAt': 'Available at: {url}.',
  'citation.original': 'Original: {url}.',
  'citation.inspectorate': 'HM Inspectorate of Constabulary and Fire & Rescue Services',
  'citation.chiefConstable': 'Chief Constable, {force}',
  'citation.basisFiles': 'the last change to the report\'s or the documents\' files on this site',
  'citation.basisWritten': 'the newest date in the report and the documents: no file history is available',

  // What a correction changed, with and without the recommendation it is about.
  'corrections.what.status': 'The status',
  'corrections.what.evidence': 'The quoted evidence',
  'corrections.what.reasons': 'The reasons',
  'corrections.what.text': 'The text',
  'corrections.whatOf.status': 'The status of recommendation {id}',
  'corrections.whatOf.evidence': 'The quoted evidence for recommendation {id}',
  'corrections.whatOf.reasons': 'The reasons for recommendation {id}',
  'corrections.whatOf.text': 'The text on recommendation {id}',

  // The kinds of inspection the content has (an inspection's `kind`; one not here shows as inspectionKindLabel writes it).
  'inspectionKind.force': 'Force',
  'inspectionKind.national-thematic': 'National thematic',
  'inspectionKind.peel': 'PEEL',

  // The search page's script (src/browser/search-page.ts), given its words by the page.
  'searchScript.prompt': 'Type the words to find, or choose a filter.',
  'searchScript.searching': 'Searching…',
  'searchScript.failed': 'Search could not be loaded. Every document can still be found from the lists of inspections and forces.',
  'searchScript.loadingChoices': 'Loading the choices…',
  'searchScript.choicesFailed': 'The choices could not be loaded.',
  'searchScript.shownOf': '{n} of {of} shown.',
  'searchScript.noResults': 'No results',
  'searchScript.for': '{found} for “{query}”',
  'searchScript.narrowed': '{found}, narrowed by {filters}',
  'searchScript.or': 'or',
  'searchScript.inspectionTitle': 'Inspection report: {title}',
  'searchScript.comparisonTitle': 'Compared across forces: {title}',
  // The search's "Type of page" values for the pages that are not documents: the index's own values, shown as they are in English.
  'search.kind.inspection': PAGE_KIND_LABELS.inspection,
  'search.kind.comparison': PAGE_KIND_LABELS.comparison,

  // The timeline chart of an inspection's responses (src/lib/charts/timeline-chart.ts).
  'chart.timeline.axis': 'Days after the report (publication day = day 1)',
  'chart.timeline.due': 'Due: day {day}',
  'chart.timeline.day': 'Day',
  'chart.timeline.thatDay': 'Responses that day',
  'chart.timeline.total': 'Total so far',
  'chart.timeline.dayN': 'Day {day}',
  'chart.timeline.dayNLate': 'Day {day} (late)',

  // The regions (src/lib/basics/regions.ts), as pages show them.
  'region.north-east': 'North East',
  'region.north-west': 'North West',
  'region.yorkshire-and-the-humber': 'Yorkshire and the Humber',
  'region.east-midlands': 'East Midlands',
  'region.west-midlands': 'West Midlands',
  'region.east-of-england': 'East of England',
  'region.london': 'London',
  'region.south-east': 'South East',
  'region.south-west': 'South West',
  'region.wales': 'Wales',
} as const;
