/** The site's three charts, from the facts the pages already work out. */
import { toBarChart } from '../charts/bar-chart.ts';
import type { Chart } from '../charts/chart.ts';
import { toTimelineChart, arrivedBy, type Arrival } from '../charts/timeline-chart.ts';
import type { Inspection } from '../content/model.ts';
import { formatDateIn } from '../../i18n/dates.ts';
import { count, text, type Lang } from '../../i18n/index.ts';
import { addDays } from '../basics/days.ts';
import { STATUTORY_PERIOD_DAYS } from '../site/deadline.ts';
import { isStatutoryKind } from '../basics/document-kinds.ts';
import { getInspectionDueDate, type Site } from '../site/site.ts';
import type { StatusCell } from './format.ts';

/** Comparison page: how many forces give each status (latest statuses), and how many have no document. */
export function toStatusChart(input: {
  recommendationId: string;
  counts: { status: StatusCell; count: number }[];
  noDocument: number;
  inScope: number;
  asOf: string | null;
}, lang: Lang = 'en'): Chart {
  const withDocument = input.inScope - input.noDocument;
  const given = input.counts.filter((c) => c.count > 0).sort((a, b) => b.count - a.count);
  const parts = given.map((c) => `${c.count} ${c.status.label.toLowerCase()}`);
  const summary = withDocument === 0
    ? text(lang, 'chart.status.none', { n: input.inScope })
    : text(lang, 'chart.status.summary', {
      forces: count(lang, 'count.force', input.inScope),
      withDocument: count(lang, 'chart.has', withDocument),
      parts: parts.join(', '),
      asOf: input.asOf ? text(lang, 'chart.asOf', { date: input.asOf }) : '',
      none: count(lang, 'chart.has', input.noDocument),
    });
  // The forces with no document are a number beside the chart, not its longest bar: when a
  // handful of 43 answered, that bar would be the page's headline.
  return toBarChart({
    id: 'chart-statuses',
    title: text(lang, withDocument === 0 ? 'chart.status.title' : 'chart.status.titleWith', { id: input.recommendationId }),
    summary,
    bars: input.counts.map((c) => ({ label: c.status.label, value: c.count, className: `status-${c.status.id}` })),
    tableOnly: [{ label: text(lang, 'chart.noDocument'), value: input.noDocument }],
    table: { caption: text(lang, 'chart.status.caption'), labelHeading: text(lang, 'table.status'), valueHeading: text(lang, 'forces.title') },
  });
}

/**
 * Inspection page: when the policing bodies' comments came in, against the 56th day. Null
 * when only the month of the report is known, as no day can be counted from it.
 */
export function toArrivalsChart(site: Site, inspection: Inspection, lang: Lang = 'en'): Chart | null {
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
    date: formatDateIn(lang, addDays(inspection.published, day - 1)),
    count,
  }));
  const onTime = arrivedBy(arrivals, STATUTORY_PERIOD_DAYS);
  const dated = arrivedBy(arrivals, Infinity);
  const summary = text(lang, 'chart.arrivals.summary', {
    period: STATUTORY_PERIOD_DAYS,
    date: formatDateIn(lang, due),
    onTime,
    forces: count(lang, 'count.force', inScope.length),
    later: dated - onTime,
    undated: count(lang, 'chart.is', undated),
    none: count(lang, 'chart.is', none),
  });
  return toTimelineChart({
    id: 'chart-arrivals',
    title: text(lang, 'chart.arrivals.title'),
    summary,
    arrivals,
    dueDay: STATUTORY_PERIOD_DAYS,
    total: inScope.length,
    otherRows: [
      { header: text(lang, 'document.undated'), count: undated },
      { header: text(lang, 'chart.notOnSite'), count: none },
    ],
    table: { caption: text(lang, 'chart.arrivals.caption') },
    words: {
      axis: text(lang, 'chart.timeline.axis'),
      due: text(lang, 'chart.timeline.due'),
      columns: [text(lang, 'chart.timeline.day'), text(lang, 'table.date'), text(lang, 'chart.timeline.thatDay'), text(lang, 'chart.timeline.total')],
      day: text(lang, 'chart.timeline.dayN'),
      dayLate: text(lang, 'chart.timeline.dayNLate'),
    },
  });
}

/** Force page: its policing body's record of on-time, late and undated comments. */
export function toRecordChart(site: Site, forceId: string, inspectionsInScope: number, lang: Lang = 'en'): Chart {
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
    ? text(lang, 'chart.record.none', { force: force.name })
    : text(lang, 'chart.record.summary', {
      inspections: count(lang, 'count.inspection', inspectionsInScope),
      force: force.name,
      answered: answered.size,
      onTime: counts['on-time'],
      late: counts.late,
      undated: counts.undated,
      unknown: counts.unknown,
      none: count(lang, 'chart.is', none),
    });
  return toBarChart({
    id: 'chart-record',
    title: text(lang, 'chart.record.title'),
    summary,
    bars: [
      ...(['on-time', 'late', 'undated', 'unknown'] as const).map((id) => ({ label: text(lang, `timeliness.${id}`), value: counts[id], className: `timeliness-${id}` })),
      { label: text(lang, 'chart.notOnSite'), value: none, className: 'status-missing' },
    ],
    table: { caption: text(lang, 'chart.record.caption'), labelHeading: text(lang, 'table.timeliness'), valueHeading: text(lang, 'inspections.title') },
  });
}
