/**
 * Generates a fictional content folder of any size for benchmarks: invented forces
 * ("Northshire Constabulary"), invented inspections and placeholder documents, valid against
 * the content contract (docs/content-model.md) and shaped like the real record: most forces
 * respond, some late, some undated, some chief officers' responses and inspectorate letters,
 * and some with later status updates.
 * The same options always give the same files.
 */
import { addDays, earliestDay } from '../../src/lib/basics/days.ts';
import { getDueDate, STATUTORY_PERIOD_DAYS } from '../../src/lib/site/deadline.ts';
import type { DocumentKind } from '../../src/lib/basics/document-kinds.ts';
import { REGIONS, type Region } from '../../src/lib/basics/regions.ts';
import type { StatusId } from '../../src/lib/basics/statuses.ts';
import { forcesFile, markdownFile, slugify, type ContentFile } from './write-content-files.ts';
import { createProse, type Prose } from './prose.ts';
import { createRandom, type Random } from './random.ts';

export interface CorpusOptions {
  /** How many response documents to write. */
  documents: number;
  seed: number;
}


export interface CorpusSummary {
  forces: number;
  inspections: number;
  documents: number;
  byKind: Record<DocumentKind, number>;
  /** Policing bodies' responses dated after the 56-day deadline. */
  late: number;
  /** Documents with no date. */
  undated: number;
  /** Documents with later status updates (`updates`). */
  updated: number;
}

export interface GeneratedCorpus {
  files: ContentFile[];
  summary: CorpusSummary;
}

/** How many forces each region has: the 43 territorial forces of England and Wales. */
export const FORCES_PER_REGION: Record<Region, number> = {
  'North East': 3,
  'North West': 5,
  'Yorkshire and the Humber': 4,
  'East Midlands': 5,
  'West Midlands': 4,
  'East of England': 6,
  London: 2,
  'South East': 5,
  'South West': 5,
  Wales: 4,
};

/** About how many documents an inspection gets: sets how many inspections a corpus has. */
const DOCUMENTS_PER_INSPECTION = 19;

/** How likely each kind of document is, relative to a policing body's response. */
const KIND_WEIGHTS: Record<DocumentKind, number> = {
  'pcc-response': 1,
  'force-response': 0.12,
  'inspectorate-letter': 0.06,
};

const STATUS_WEIGHTS: (readonly [StatusId, number])[] = [
  ['complete', 30], ['in-progress', 35], ['planned', 12], ['awaiting-national', 10], ['no-action', 5], ['not-addressed', 8],
];

/** How likely a response or a chief officer's response is to have later status updates. */
const UPDATED_SHARE = 0.15;

/** Where a later update moves a status: work goes forward, and what waited on others starts. */
const NEXT_STATUS: Partial<Record<StatusId, StatusId>> = {
  planned: 'in-progress',
  'in-progress': 'complete',
  'awaiting-national': 'in-progress',
  'not-addressed': 'planned',
};

/** Invented place names: none is a police force, and they read as made up. */
const PREFIXES = ['North', 'South', 'East', 'West', 'High', 'Low', 'Far', 'Mid', 'Upper', 'Nether', 'Old', 'Green'];
const SUFFIXES = ['shire', 'mere', 'march', 'fell', 'reach', 'holt', 'vale', 'moorland'];
const WELSH_FIRST = ['Bryn', 'Cwm', 'Glan', 'Pen', 'Llan', 'Aber', 'Tre', 'Maes'];
const WELSH_SECOND = ['hafod', 'taran', 'gwynfa', 'eithin', 'derwen', 'onnen'];
const GIVEN_NAMES = ['Alex', 'Sam', 'Jordan', 'Morgan', 'Robin', 'Casey', 'Jamie', 'Rowan', 'Avery', 'Emery', 'Harper', 'Quinn', 'Reese', 'Sasha', 'Toby', 'Nia'];
const FAMILY_NAMES = ['Placeholder', 'Sample', 'Example', 'Fenwick', 'Marlowe', 'Ashdown', 'Thornbury', 'Kestrel', 'Brambleton', 'Quillon', 'Harrowgate', 'Vantry'];

interface GenForce {
  id: string;
  name: string;
  policingBody: string;
  region: Region;
  place: string;
}

interface GenRecommendation {
  id: string;
  title: string;
  text: string;
  addressedTo: string[];
  due?: string;
}

interface GenInspection {
  id: string;
  title: string;
  published: string;
  kind: string;
  scope: 'all' | string[];
  url: string;
  recommendations: GenRecommendation[];
  summary: string;
}

/** Generates the content folder's files for `options`. */
export function generateCorpus(options: CorpusOptions): GeneratedCorpus {
  if (!Number.isInteger(options.documents) || options.documents < 1) {
    throw new RangeError(`documents must be a whole number of at least 1, not ${options.documents}`);
  }
  const random = createRandom(options.seed);
  const prose = createProse(random);
  const forces = makeForces(random);
  const inspections = makeInspections(random, prose, forces, options.documents);
  const slots = chooseDocuments(random, forces, inspections, options.documents);

  const summary: CorpusSummary = {
    forces: forces.length,
    inspections: inspections.length,
    documents: slots.length,
    byKind: { 'pcc-response': 0, 'force-response': 0, 'inspectorate-letter': 0 },
    late: 0,
    undated: 0,
    updated: 0,
  };
  const files: ContentFile[] = [
    { path: 'forces.yaml', text: forcesYaml(forces) },
    ...inspections.map((inspection) => ({ path: `inspections/${inspection.id}.md`, text: inspectionFile(inspection) })),
  ];
  for (const slot of slots) {
    const document = makeDocument(random, prose, slot);
    summary.byKind[slot.kind]++;
    if (document.late) summary.late++;
    if (!document.frontmatter.date) summary.undated++;
    if (document.frontmatter.updates) summary.updated++;
    const name = slot.kind === 'pcc-response' ? slot.inspection.id : `${slot.inspection.id}--${slot.kind}`;
    files.push({ path: `responses/${slot.force.id}/${name}.md`, text: markdownFile(document.frontmatter, document.body) });
  }
  return { files, summary };
}

function makeForces(random: Random): GenForce[] {
  const english = random.shuffle(PREFIXES.flatMap((p) => SUFFIXES.map((s) => `${p}${s}`)));
  const welsh = random.shuffle(WELSH_FIRST.flatMap((f) => WELSH_SECOND.map((s) => `${f}${s}`)));
  const forces: GenForce[] = [];
  for (const region of REGIONS) {
    for (let i = 0; i < FORCES_PER_REGION[region]; i++) {
      const place = (region === 'Wales' ? welsh : english).pop()!;
      const name = region !== 'Wales' && random.chance(0.5) ? `${place} Constabulary` : `${place} Police`;
      forces.push({ id: slugify(place), name, policingBody: policingBodyOf(random, place, region, i), region, place });
    }
  }
  return forces;
}

/** Most are commissioners; a few are mayors or fire-and-crime commissioners, as in life. */
function policingBodyOf(random: Random, place: string, region: Region, index: number): string {
  if (region === 'London' && index === 0) return 'Mayor of ' + place;
  return random.weighted([
    [`Police and Crime Commissioner for ${place}`, 34],
    [`Police, Fire and Crime Commissioner for ${place}`, 6],
    [`Mayor of ${place}`, 2],
  ]);
}

function makeInspections(random: Random, prose: Prose, forces: GenForce[], documents: number): GenInspection[] {
  const count = Math.max(2, Math.round(documents / DOCUMENTS_PER_INSPECTION));
  const inspections: GenInspection[] = [];
  const ids = new Set<string>();
  // Keep adding until there are enough forces in scope for the documents asked for.
  for (let slots = 0; inspections.length < count || slots < documents * 1.2;) {
    const inspection = makeInspection(random, prose, forces, ids, inspections.length === 0);
    inspections.push(inspection);
    slots += inspection.scope === 'all' ? forces.length : inspection.scope.length;
  }
  return inspections;
}

function makeInspection(random: Random, prose: Prose, forces: GenForce[], ids: Set<string>, first: boolean): GenInspection {
  const kind = random.weighted([['national-thematic', 30], ['peel', 15], ['force', 40], ['joint-thematic', 15]] as const);
  let scope: 'all' | string[];
  if (first || (kind !== 'force' && random.chance(0.85))) scope = 'all';
  else {
    const size = kind === 'force' ? (random.chance(0.7) ? 1 : random.int(2, 4)) : random.int(5, 15);
    scope = random.shuffle(forces).slice(0, size).map((f) => f.id);
  }
  const day = addDays('2013-01-01', random.int(0, 4744)); // to the end of 2025
  const published = random.chance(0.05) ? day.slice(0, 7) : day;
  const topic = prose.phrase(2, 5);
  const title = kind === 'force' && scope !== 'all' && scope.length === 1
    ? `${forces.find((f) => f.id === scope[0])!.name}: inspection of ${topic.toLowerCase()}`
    : `${kind === 'peel' ? 'PEEL spotlight report' : 'Thematic inspection'}: ${topic}`;
  let id = slugify(`${topic} ${published.slice(0, 4)}`).split('-').slice(-6).join('-');
  for (let n = 2; ids.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
  ids.add(id);

  const recommendationCount = random.int(2, 12);
  const recommendations: GenRecommendation[] = [];
  for (let n = 1; n <= recommendationCount; n++) {
    // Now and then a report numbers parts of a recommendation: 4a, 4b.
    const numbers = random.chance(0.06) ? [`${n}a`, `${n}b`] : [`${n}`];
    for (const recId of numbers) recommendations.push(makeRecommendation(random, prose, recId, published));
  }
  return {
    id,
    title,
    published,
    kind,
    scope,
    url: `https://www.example.org/fictional-inspections/${id}/`,
    recommendations,
    summary: [
      '*Placeholder text: a fictional inspection generated for benchmarking.*',
      ...Array.from({ length: random.int(1, 3) }, () => prose.paragraph(2, 5)),
    ].join('\n\n'),
  };
}

function makeRecommendation(random: Random, prose: Prose, id: string, published: string): GenRecommendation {
  let text = prose.sentence();
  if (random.chance(0.25)) text += `\n\n${Array.from({ length: random.int(2, 4) }, () => `- ${prose.sentence()}`).join('\n')}`;
  const addressedTo = random.weighted<string[]>([
    [['all forces'], 60],
    [['chief constables', 'police and crime commissioners'], 15],
    [[`NPCC lead for ${prose.phrase(1, 3).toLowerCase()}`, 'College of Policing'], 15],
    [['Home Office'], 10],
  ]);
  const recommendation: GenRecommendation = { id, title: prose.phrase(3, 7), text, addressedTo };
  if (random.chance(0.4)) recommendation.due = addDays(earliestDay(published), random.int(90, 720));
  return recommendation;
}

interface Slot {
  force: GenForce;
  inspection: GenInspection;
  kind: DocumentKind;
}

/**
 * Chooses exactly `documents` (force, inspection, kind) triples, weighted by kind
 * (Efraimidis–Spirakis: the smallest keys -ln(u)/weight), so most forces in scope have a
 * policing body's response and a few also have a chief officer's response or a letter.
 */
function chooseDocuments(random: Random, forces: GenForce[], inspections: GenInspection[], documents: number): Slot[] {
  const keyed: { slot: Slot; key: number }[] = [];
  for (const inspection of inspections) {
    const inScope = inspection.scope === 'all' ? forces : forces.filter((f) => inspection.scope.includes(f.id));
    for (const force of inScope) {
      for (const kind of Object.keys(KIND_WEIGHTS) as DocumentKind[]) {
        keyed.push({ slot: { force, inspection, kind }, key: -Math.log(1 - random.next()) / KIND_WEIGHTS[kind] });
      }
    }
  }
  const order = (s: Slot) => `${s.force.id}/${s.inspection.id}/${s.kind}`;
  return keyed
    .sort((a, b) => a.key - b.key)
    .slice(0, documents)
    .map((k) => k.slot)
    .sort((a, b) => (order(a) < order(b) ? -1 : 1));
}

interface Frontmatter {
  force: string;
  inspection: string;
  kind?: DocumentKind;
  date?: string;
  published?: string;
  author: { name: string; role: string };
  recipient?: string;
  source?: string;
  /** Status ids while the document is made; then each with its evidence, in the long form. */
  recommendations: Record<string, StatusId | { status: StatusId; evidence: string }>;
  updates?: StatusUpdate[];
}

/** A later change of status (docs/content-model.md, "Each update"). */
interface StatusUpdate {
  date: string;
  recommendations: Record<string, StatusId>;
  note: string;
}

function makeDocument(random: Random, prose: Prose, slot: Slot): { frontmatter: Frontmatter; body: string; late: boolean } {
  const { force, inspection, kind } = slot;
  const { date, late } = documentDate(random, inspection.published, kind);
  const frontmatter: Frontmatter = {
    force: force.id,
    inspection: inspection.id,
    ...(kind === 'pcc-response' ? {} : { kind }),
    ...(date ? { date } : {}),
    ...(date && !late && random.chance(0.25) ? { published: date } : {}),
    author: { name: `${random.pick(GIVEN_NAMES)} ${random.pick(FAMILY_NAMES)}`, role: authorRole(kind, force) },
    ...(kind === 'force-response' ? {} : { recipient: kind === 'pcc-response' ? 'The Home Secretary' : `Chief Constable, ${force.name}` }),
    ...(random.chance(0.8) ? { source: `https://www.example.org/fictional-documents/${force.id}/${inspection.id}-${kind}.pdf` } : {}),
    recommendations: {},
  };
  // An inspectorate letter follows up only some of the recommendations.
  const recommendations = kind === 'inspectorate-letter'
    ? inspection.recommendations.filter(() => random.chance(0.5)).slice(0, 3)
    : inspection.recommendations;
  const sections: string[] = [];
  const statuses: Record<string, StatusId> = {};
  const sectionOf: Record<string, string> = {};
  for (const rec of recommendations) {
    if (random.chance(0.06)) continue; // a document that gives this one no status at all
    const status = random.weighted(STATUS_WEIGHTS);
    statuses[rec.id] = status;
    if (status === 'not-addressed' || random.chance(0.08)) continue; // no section of its own
    sections.push(sectionOf[rec.id] = recommendationSection(random, prose, rec.id));
  }
  if (kind !== 'inspectorate-letter' && random.chance(UPDATED_SHARE)) {
    const updates = makeStatusUpdates(random, prose, statuses, frontmatter, inspection.published);
    if (updates.length) frontmatter.updates = updates;
  }
  const opening = Array.from({ length: random.int(1, 3) }, () => prose.paragraph(2, 6));
  // Each status quotes the first sentence of its section, or of the opening where it has none,
  // as an author would: the words are in the body, so the build finds them.
  frontmatter.recommendations = Object.fromEntries(Object.entries(statuses).map(([id, status]) => [
    id,
    status === 'not-addressed' ? status : { status, evidence: firstSentence(sectionOf[id]?.split('\n\n')[1] ?? opening[0]!) },
  ]));
  const body = [
    '*Placeholder text: a fictional document generated for benchmarking; no such force exists.*',
    ...opening,
    ...sections,
    prose.paragraph(1, 3),
    `${frontmatter.author.name}\\\n${frontmatter.author.role}`,
  ].join('\n\n');
  return { frontmatter, body, late };
}

/** A date on or after the report; policing bodies' responses are mostly within 56 days. */
function documentDate(random: Random, published: string, kind: DocumentKind): { date: string | undefined; late: boolean } {
  const start = earliestDay(published);
  if (kind === 'force-response') return { date: addDays(start, random.int(14, 90)), late: false };
  if (kind === 'inspectorate-letter') return { date: random.chance(0.9) ? addDays(start, random.int(180, 900)) : undefined, late: false };
  const due = getDueDate(published);
  const timing = random.weighted([['on-time', 70], ['late', 18], ['undated', 12]] as const);
  if (timing === 'undated') return { date: undefined, late: false };
  if (!due) return { date: addDays(start, random.int(10, 120)), late: false };
  if (timing === 'late') return { date: addDays(due, random.int(1, 200)), late: true };
  return { date: addDays(start, random.int(7, STATUTORY_PERIOD_DAYS - 1)), late: false };
}

/**
 * One or two later updates, oldest first and each on or after the date before it (the
 * document's date, else its publication, else the report's), that move some of the document's
 * unfinished recommendations on. None when everything is already settled.
 */
function makeStatusUpdates(random: Random, prose: Prose, given: Record<string, StatusId>, frontmatter: Frontmatter, reportPublished: string): StatusUpdate[] {
  const statuses = { ...given };
  let date = frontmatter.date ?? frontmatter.published ?? earliestDay(reportPublished);
  const updates: StatusUpdate[] = [];
  for (let n = random.int(1, 2); n > 0; n--) {
    const movable = Object.keys(statuses).filter((id) => NEXT_STATUS[statuses[id]!]);
    if (!movable.length) break;
    date = addDays(date, random.int(60, 400));
    const recommendations: Record<string, StatusId> = {};
    for (const id of random.shuffle(movable).slice(0, random.int(1, 3))) {
      statuses[id] = recommendations[id] = NEXT_STATUS[statuses[id]!]!;
    }
    updates.push({ date, recommendations, note: `Placeholder: a fictional progress update. ${prose.sentence()}` });
  }
  return updates;
}

/** The first sentence of a paragraph of placeholder prose (its sentences end in a full stop). */
function firstSentence(paragraph: string): string {
  const end = paragraph.indexOf('. ');
  return end < 0 ? paragraph : paragraph.slice(0, end + 1);
}

function authorRole(kind: DocumentKind, force: GenForce): string {
  if (kind === 'pcc-response') return force.policingBody;
  if (kind === 'force-response') return `Chief Constable, ${force.name}`;
  return "His Majesty's Inspector of Constabulary";
}

function recommendationSection(random: Random, prose: Prose, id: string): string {
  const parts = [`## Recommendation ${id}`, ...Array.from({ length: random.int(1, 3) }, () => prose.paragraph(2, 6))];
  if (random.chance(0.25)) parts.push(Array.from({ length: random.int(2, 5) }, () => `- ${prose.sentence()}`).join('\n'));
  return parts.join('\n\n');
}

function forcesYaml(forces: GenForce[]): string {
  const list = forces.map(({ id, name, policingBody, region }) => ({ id, name, policingBody, region }));
  return forcesFile(list, 'generated for benchmarking');
}

function inspectionFile(inspection: GenInspection): string {
  const { summary, id: _id, ...frontmatter } = inspection;
  return markdownFile(frontmatter, summary);
}
