/**
 * Every view that takes a language, built in Welsh over a generated site of every shape,
 * holds no English of the catalogue: no English catalogue string, nor any run of words of
 * one (the text between its `{values}`), appears in a string of a Welsh view. What the
 * views do not yet give in Welsh is listed below with its reason, so the list shrinks as
 * the work goes on and a new English leak fails. (Words not yet in the catalogue at all,
 * such as the timeline chart's axis (src/lib/charts/) or "About this copy", are beyond what this test can see.)
 * The same for the preview's banner, and for the Welsh feeds and calendars, read back by their own parsers.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { afterAll, expect, test } from 'vitest';
import { CATALOGUES, type MessageKey } from '../../../src/i18n/index.ts';
import { loadContent } from '../../../src/lib/content/load.ts';
import { createSite } from '../../../src/lib/site/site.ts';
import { toCalendars, toICalendar } from '../../../src/lib/outputs/feeds/calendars.ts';
import { toDueFeed } from '../../../src/lib/outputs/feeds/due-feed.ts';
import { toAtomXml, toFeeds } from '../../../src/lib/outputs/feeds/feeds.ts';
import { toComparisonView } from '../../../src/lib/views/comparison.ts';
import { feedWordsIn } from '../../../src/lib/views/feed-words.ts';
import { toDataView } from '../../../src/lib/views/data.ts';
import { toDueView, toHomeDueView } from '../../../src/lib/views/due.ts';
import { getForceYears, toForceYearView } from '../../../src/lib/views/force-year.ts';
import { toForceView } from '../../../src/lib/views/force.ts';
import { toForceListView } from '../../../src/lib/views/force-list.ts';
import { toHomeView } from '../../../src/lib/views/home.ts';
import { getInspectionYears, toInspectionYearView } from '../../../src/lib/views/inspection-list.ts';
import { toInspectionView } from '../../../src/lib/views/inspection.ts';
import { toLayoutView } from '../../../src/lib/views/layout.ts';
import { MATRIX_ORDERS, toOrderedMatrixView } from '../../../src/lib/views/matrix.ts';
import { toResponseView } from '../../../src/lib/views/response.ts';
import { toSearchPageView } from '../../../src/lib/views/search.ts';
import { toStatementView } from '../../../src/lib/views/accessibility.ts';
import { siteConfigSchema } from '../../../src/schemas/site-config.ts';
import { generateContent } from '../../support/generate.ts';

const dir = mkdtempSync(join(tmpdir(), 'pcc-welsh-views-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Fields of the search page a reader never sees, each with why: the index's own English, which
 * the page sends to the index or its script reads the index's facts by, showing the Welsh instead.
 */
const NEVER_SHOWN: { path: RegExp; why: string }[] = [
  { path: /^\.filters\.\d+\.options\.\d+\.value$/, why: 'a search filter\'s value as the form sends it to the index (shown by its label)' },
  { path: /^\.words\.forms\.\d+\.0$/, why: 'the English sentence of the index\'s facts the script reads (shown by the Welsh beside it)' },
];

/** Every string in `value`, with where it is. */
function strings(value: unknown, path: string, out: [string, string][]): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}.${i}`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out);
  return out;
}

/** The runs of words of each English catalogue string that Welsh does not share: at least two words and ten characters. */
function englishRuns(): { key: MessageKey; run: string }[] {
  const welsh = Object.values(CATALOGUES.cy).flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v)));
  return Object.entries(CATALOGUES.en).flatMap(([key, value]) => (typeof value === 'string' ? [value] : Object.values(value))
    .flatMap((s) => s.split(/\{\w+\}/))
    .map((run) => run.trim())
    .filter((run) => run.length >= 10 && /\S\s+\S/.test(run) && !welsh.some((w) => w.includes(run)))
    .map((run) => ({ key: key as MessageKey, run })));
}

/** The generated site of every shape, with its address, so it has feeds and calendars. */
function generatedSite() {
  generateContent(dir);
  const { corpus } = loadContent(dir, dir);
  return { corpus, site: createSite(corpus, { base: '/', siteUrl: 'https://responses.example.org/', fileDates: new Map() }) };
}

function welshViews(): [string, unknown][] {
  const { corpus, site } = generatedSite();
  const today = corpus.inspections[0]!.published;
  return [
    // The default title, which the office has not changed, in Welsh; an office's own title is shown as it writes it.
    ['layout', toLayoutView({ ...siteConfigSchema.parse({}), officeName: 'Swyddfa Ffuglennol' }, '/cy/', undefined, 'cy')],
    ['home', toHomeView(site, 10, 10, 'cy')],
    ['due', toDueView(site, today, 'cy')],
    ['home due', toHomeDueView(site, corpus.forces[0]!.id, today, 'cy')],
    ['search', toSearchPageView(site, 'cy')],
    ...(['full', 'partial', 'none'] as const).map((compliance) => [
      `accessibility statement (${compliance})`,
      toStatementView({ compliance, prepared: '2024-03-01', lastReviewed: '2025-01-15', lastTested: '2025-01-10', testedBy: 'profwyr dros dro' }, siteConfigSchema.parse({}), 'cy'),
    ] as [string, unknown]),
    ['data', toDataView(site, 'cy')],
    ['forces', toForceListView(site, 'cy')],
    ...getInspectionYears(site).map((y) => [`inspections of ${y}`, toInspectionYearView(site, y, 'cy')] as [string, unknown]),
    ...corpus.inspections.flatMap((i) => [
      [`inspection ${i.id}`, toInspectionView(site, i.id, 'cy')],
      ...MATRIX_ORDERS.map((o) => [`inspection ${i.id} by ${o.id}`, toOrderedMatrixView(site, i.id, o.id, 'cy')]),
      ...i.recommendations.map((r) => [`comparison ${i.id} ${r.id}`, toComparisonView(site, i.id, r.id, 'cy')]),
    ] as [string, unknown][]),
    ...corpus.forces.flatMap((f) => [
      [`force ${f.id}`, toForceView(site, f.id, 'cy')],
      ...getForceYears(site, f.id).map((y) => [`force ${f.id} in ${y}`, toForceYearView(site, f.id, y, 'cy')]),
    ] as [string, unknown][]),
    ...corpus.responses.map((r) => [`response ${r.id}`, toResponseView(site, r.id, { lang: 'cy' })] as [string, unknown]),
  ];
}

test('no Welsh view holds English words of the catalogue, but for the search index\'s own that no reader sees', () => {
  const runs = englishRuns();
  expect(runs.length).toBeGreaterThan(100);
  const views = welshViews();
  expect(views.length).toBeGreaterThan(50);
  const leaks = new Set<string>();
  for (const [page, view] of views) {
    for (const [path, value] of strings(view, '', [])) {
      for (const { key, run } of runs) {
        if (!value.includes(run) || (page === 'search' && NEVER_SHOWN.some((n) => n.path.test(path)))) continue;
        leaks.add(`${page} ${path}: "${run}" (${key})`);
      }
    }
  }
  expect([...leaks]).toEqual([]);
});

test('the preview\'s banner is in the page\'s language; the problems themselves stay as `npm run check` words them', () => {
  const config = { ...siteConfigSchema.parse({}), officeName: 'Swyddfa Ffuglennol' };
  const problems = [
    { file: 'content/responses/dyffryn/placeholder.md', line: 3, field: 'date', message: 'not a day: "2021-13-01"', severity: 'error' as const },
    { file: 'content/responses/dyffryn/placeholder.md', line: 7, field: 'author', message: 'placeholder left in', severity: 'warning' as const },
    { file: 'content/forces.yaml', line: 2, field: 'name', message: 'placeholder left in', severity: 'warning' as const },
  ];
  const banner = (lang: 'en' | 'cy', list = problems) => toLayoutView(config, '/', { problems: list, file: problems[0]!.file }, lang).preview!;
  expect(banner('en').summary).toBe('Preview: the content has 1 error and 2 warnings in 2 files; documents with errors are not shown.');
  expect(banner('en', problems.slice(2)).summary).toBe('Preview: the content has 0 errors and 1 warning in 1 file.');
  expect(banner('en', []).summary).toBe('Preview: the content has no problems.');
  expect(banner('cy').summary).toBe('Rhagolwg: problemau yn y cynnwys (gwallau: 1, rhybuddion: 2, ffeiliau: 2); ni ddangosir dogfennau â gwallau.');
  expect(banner('cy', []).summary).toBe('Rhagolwg: nid oes problemau yn y cynnwys.');
  expect(banner('cy').severities).toEqual({ error: 'Gwall', warning: 'Rhybudd' });
  expect(banner('cy').problemsPage.text).toBe('Gweld pob problem');
  expect(banner('cy').own.map((p) => p.text)).toEqual(banner('en').own.map((p) => p.text));
  // No English of the catalogue in the Welsh banner's own words.
  const words = [banner('cy').summary, banner('cy', problems.slice(2)).summary, ...Object.values(banner('cy').severities), banner('cy').problemsPage.text].join(' ');
  for (const { run } of englishRuns()) expect(words).not.toContain(run);
  for (const english of ['Preview', 'Error', 'Warning', 'problems']) expect(words).not.toContain(english);
});

test('the Welsh feeds and calendars hold no English of the catalogue, link to the Welsh pages, and parse; the English ones are as before', () => {
  const { corpus, site } = generatedSite();
  const welshSite = { ...site, pagesBase: '/cy/' };
  const today = corpus.inspections[0]!.published;
  const cy = feedWordsIn('cy');
  const feeds = [...toFeeds(welshSite, cy).values(), toDueFeed(welshSite, today, cy)!];
  const calendars = [...toCalendars(welshSite, cy).values()];
  expect(feeds.length).toBeGreaterThan(10);
  expect(feeds.flatMap((f) => f.entries).length).toBeGreaterThan(20);
  const runs = englishRuns();
  const words: [string, string][] = [];
  for (const feed of feeds) {
    const xml = toAtomXml(feed);
    expect(XMLValidator.validate(xml), feed.self).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'link'].includes(name) }).parse(xml).feed;
    expect(parsed['@_xml:lang']).toBe('cy');
    expect(parsed.id).toMatch(/^https:\/\/responses\.example\.org\/cy\/feeds\//);
    for (const link of parsed.link) expect(link['@_href'], feed.self).toMatch(/^https:\/\/responses\.example\.org\/cy\//);
    words.push([feed.self, parsed.title], [feed.self, parsed.author.name]);
    for (const entry of parsed.entry ?? []) {
      expect(entry.link[0]['@_href']).toMatch(/^https:\/\/responses\.example\.org\/cy\/(responses|inspections)\//);
      words.push([entry.id, entry.title], [entry.id, entry.summary['#text']]);
    }
  }
  for (const calendar of calendars) {
    const parsed = new ICAL.Component(ICAL.parse(toICalendar(welshSite, calendar, today)));
    expect(parsed.getFirstPropertyValue('prodid')).toMatch(/\/\/CY$/);
    words.push([calendar.self, String(parsed.getFirstPropertyValue('x-wr-calname'))]);
    for (const vevent of parsed.getAllSubcomponents('vevent')) {
      const event = new ICAL.Event(vevent);
      expect(String(vevent.getFirstPropertyValue('url'))).toMatch(/^https:\/\/responses\.example\.org\/cy\/inspections\//);
      words.push([event.uid, event.summary], [event.uid, event.description]);
    }
  }
  expect(words.length).toBeGreaterThan(50);
  const leaks = words.flatMap(([where, value]) => runs.filter(({ run }) => String(value).includes(run)).map(({ key, run }) => `${where}: "${run}" (${key})`));
  expect(leaks).toEqual([]);
  // The Welsh words are there: a status, a date and the feed's own sentences.
  const all = words.map(([, value]) => value).join('\n');
  for (const welsh of ['Dogfennau newydd a diweddaredig', 'Ymatebion i arolygiadau heddlu', 'Statwsau:', 'Sylwadau i\'w cyflwyno:', 'Deddf yr Heddlu 1996']) expect(all).toContain(welsh);

  // English from the catalogue is word for word the feeds' own English (the default).
  const en = feedWordsIn('en');
  for (const [path, feed] of toFeeds(site)) expect(toAtomXml(toFeeds(site, en).get(path)!), path).toBe(toAtomXml(feed));
  expect(toAtomXml(toDueFeed(site, today, en)!)).toBe(toAtomXml(toDueFeed(site, today)!));
  for (const [path, calendar] of toCalendars(site)) expect(toICalendar(site, toCalendars(site, en).get(path)!, today), path).toBe(toICalendar(site, calendar, today));
});
