/** The site's three charts, from the facts the pages already work out. */
import { toBarChart } from '../charts/bar-chart.ts';
import type { Chart } from '../charts/chart.ts';
import { toTimelineChart, arrivedBy, type Arrival } from '../charts/timeline-chart.ts';
import type { Inspection } from '../content/model.ts';
import { addDays, formatDate } from '../basics/days.ts';
import { STATUTORY_PERIOD_DAYS, TIMELINESS_LABELS } from '../site/deadline.ts';
import { isStatutoryKind } from '../basics/document-kinds.ts';
import { getInspectionDueDate, type Site } from '../site/site.ts';
import { count, plural } from '../basics/words.ts';
import type { StatusCell } from './format.ts';

/** Comparison page: how many forces give each status (latest statuses), and how many have no document. */
export function toStatusChart(input: {
  recommendationId: string;
  counts: { status: StatusCell; count: number }[];
  noDocument: number;
  inScope: number;
  asOf: string | null;
}): Chart {
  const withDocument = input.inScope - input.noDocument;
  const given = input.counts.filter((c) => c.count > 0).sort((a, b) => b.count - a.count);
  const parts = given.map((c) => `${c.count} ${c.status.label.toLowerCase()}`);
  const summary = withDocument === 0
    ? `None of the ${input.inScope} forces has a document on this site yet.`
    : `Of ${count(input.inScope, 'force')}, ${withDocument} ${plural(withDocument, 'has', 'have')} a document on this site: ${parts.join(', ')}${input.asOf ? ` (latest statuses, as of ${input.asOf})` : ''}; ${input.noDocument} ${plural(input.noDocument, 'has', 'have')} none.`;
  // The forces with no document are a number beside the chart, not its longest bar: when a
  // handful of 43 answered, that bar would be the page's headline.
  return toBarChart({
    id: 'chart-statuses',
    title: withDocument === 0
      ? `Forces by status on recommendation ${input.recommendationId}`
      : `Forces with a document by status on recommendation ${input.recommendationId}`,
    summary,
    bars: input.counts.map((c) => ({ label: c.status.label, value: c.count, className: `status-${c.status.id}` })),
    tableOnly: [{ label: 'No document on this site', value: input.noDocument }],
    table: { caption: 'Number of forces with each status, and with no document on this site', labelHeading: 'Status', valueHeading: 'Forces' },
  });
}

/**
 * Inspection page: when the policing bodies' comments came in, against the 56th day. Null
 * when only the month of the report is known, as no day can be counted from it.
 */
export function toArrivalsChart(site: Site, inspection: Inspection): Chart | null {
  const due = getInspectionDueDate(inspection);
  if (!due) return null;
  const inScope = site.forcesInScope(inspection);
  const byDay = new Map<number, number>();
  let undated = 0;
  let none = 0;
  for (const force of inScope) {
    const statutory = site.documentsFor(inspection.id, force.id).find((d) => isStatutoryKind(d.kind));
    if (!statutory) {
      none++;
      continue;
    }
    const t = site.timeliness(statutory);
    if (t.daysFromReport === null) undated++;
    else byDay.set(t.daysFromReport + 1, (byDay.get(t.daysFromReport + 1) ?? 0) + 1);
  }
  const arrivals: Arrival[] = [...byDay.entries()].sort((a, b) => a[0] - b[0]).map(([day, count]) => ({
    day,
    date: formatDate(addDays(inspection.published, day - 1)),
    count,
  }));
  const onTime = arrivedBy(arrivals, STATUTORY_PERIOD_DAYS);
  const dated = arrivedBy(arrivals, Infinity);
  const summary = `By day ${STATUTORY_PERIOD_DAYS} (${formatDate(due)}), ${onTime} of ${count(inScope.length, 'force')} had their policing body's comments out; ${dated - onTime} more came later, ${undated} ${plural(undated, 'is', 'are')} undated and ${none} ${plural(none, 'is', 'are')} not on this site.`;
  return toTimelineChart({
    id: 'chart-arrivals',
    title: 'Policing bodies\' comments over time, against the due date',
    summary,
    arrivals,
    dueDay: STATUTORY_PERIOD_DAYS,
    total: inScope.length,
    otherRows: [
      { header: 'Undated', count: undated },
      { header: 'Not on this site', count: none },
    ],
    table: { caption: 'Policing bodies\' comments by the day they came out (publication date, else the date on the document)' },
  });
}

/** Force page: its policing body's record of on-time, late and undated comments. */
export function toRecordChart(site: Site, forceId: string, inspectionsInScope: number): Chart {
  const force = site.force(forceId);
  const counts = { 'on-time': 0, late: 0, undated: 0, unknown: 0 };
  const answered = new Set<string>();
  for (const document of site.documentsOfForce(forceId)) {
    if (!isStatutoryKind(document.kind) || answered.has(document.inspection)) continue;
    answered.add(document.inspection);
    const status = site.timeliness(document).status;
    if (status in counts) counts[status as keyof typeof counts]++;
  }
  const none = inspectionsInScope - answered.size;
  const summary = inspectionsInScope === 0
    ? `No inspection on this site concerns ${force.name}.`
    : `Of ${count(inspectionsInScope, 'inspection')} concerning ${force.name}, the policing body's comments on ${answered.size} are on this site: ${counts['on-time']} on time, ${counts.late} late, ${counts.undated} undated and ${counts.unknown} where the deadline cannot be worked out; ${none} ${plural(none, 'is', 'are')} not on this site.`;
  return toBarChart({
    id: 'chart-record',
    title: 'Timeliness of the policing body\'s comments',
    summary,
    bars: [
      ...(['on-time', 'late', 'undated', 'unknown'] as const).map((id) => ({ label: TIMELINESS_LABELS[id], value: counts[id], className: `timeliness-${id}` })),
      { label: 'Not on this site', value: none, className: 'status-missing' },
    ],
    table: { caption: 'Inspections by the timeliness of the policing body\'s comments', labelHeading: 'Timeliness', valueHeading: 'Inspections' },
  });
}
