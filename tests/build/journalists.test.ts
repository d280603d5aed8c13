/**
 * What a journalist or researcher relies on: the matrix, the charts, the data files, the
 * feeds and sitemap, and citing. Checked against the shipped content and against a generated
 * inspection with 30 fictional forces, built for real.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { formatDate, yearOf } from '../../src/lib/basics/days.ts';
import { STATUTORY_PERIOD_DAYS } from '../../src/lib/site/deadline.ts';
import { REGIONS } from '../../src/lib/basics/regions.ts';
import { STATUSES, statusLabel, type StatusId } from '../../src/lib/basics/statuses.ts';
import { urls } from '../../src/lib/basics/urls.ts';
import { makeManyForcesContent, MANY_INSPECTION, MANY_RECOMMENDATIONS, type ManyDocument, type ManyForcesFixture } from '../fixtures/many-forces.ts';
import { buildSite } from '../support/build.ts';
import { readForces, readInspections, readResponses, scopeOf } from '../support/content.ts';
import { readPage, textOf } from '../support/html.ts';
import { CONTENT, OUTPUT, ROOT, SITE } from '../support/paths.ts';
import { bodyRows, chartsOf, tableHtml } from '../support/tables.ts';

const SITE_URL = 'https://responses.example.org';
const WITH_URL = resolve(OUTPUT, 'site-with-url');
const MANY = resolve(OUTPUT, 'site-many-forces');
const forces = readForces();
const inspections = readInspections();
const responses = readResponses();
const label = (id: string | undefined) => (id ? statusLabel(id as StatusId) : 'No status given');

/** Every built page (a folder with index.html), as a path from the site root: `/`, `/forces/`... */
function builtPages(dir: string): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html') pages.push(`/${relative(dir, folder).split('\\').join('/')}${folder === dir ? '' : '/'}`.replace('//', '/'));
    }
  };
  walk(dir);
  return pages.sort();
}

function parseXml(path: string): Record<string, any> {
  const text = readFileSync(path, 'utf8');
  expect(XMLValidator.validate(text), path).toBe(true);
  return new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'url', 'link'].includes(name) }).parse(text);
}

function csvRecords(path: string): Record<string, string>[] {
  return parseCsv(readFileSync(path, 'utf8'), { columns: true }) as Record<string, string>[];
}

describe('the inspection matrix for the shipped content', () => {
  test('has a caption, a header cell per recommendation and per force, and every force in scope with its statuses', () => {
    for (const inspection of inspections) {
      const html = readPage(SITE, urls.inspectionOrdered(inspection.id, 'region'));
      const table = tableHtml(html, 'responses');
      expect(table).toMatch(/<caption[^>]*>[^<]*each of the \d+ forces/);
      for (const rec of inspection.recommendations) expect(textOf(table.slice(0, table.indexOf('</thead>')))).toContain(`Rec. ${rec.id}`);
      const rows = bodyRows(table);
      const inScope = scopeOf(inspection, forces);
      expect(table.match(/<th scope="row"/g)).toHaveLength(inScope.length);
      for (const force of inScope) {
        const row = rows.find((r) => r[0] === force.name)!;
        expect(row, force.id).toBeDefined();
        const document = responses.find((r) => r.force === force.id && r.inspection === inspection.id);
        if (!document) {
          expect(row.slice(2)).toEqual(['No response on this site']);
          continue;
        }
        expect(row.slice(4)).toEqual(inspection.recommendations.map((rec) => label(document.recommendations[rec.id])));
      }
    }
  });

  test('is linked from the inspection page, which puts the answers first: each force with documents in the table, the others in one list', () => {
    for (const inspection of inspections) {
      const html = readPage(SITE, urls.inspection(inspection.id));
      expect(html).toContain(`href="${urls.inspectionOrdered(inspection.id, 'region')}#responses"`);
      const rows = bodyRows(tableHtml(html, 'documents'));
      const missing = textOf(html.slice(html.indexOf('id="no-document"'), html.indexOf('class="by-region"')));
      for (const force of scopeOf(inspection, forces)) {
        const row = rows.find((r) => r[0] === force.name);
        const documents = responses.filter((r) => r.force === force.id && r.inspection === inspection.id);
        if (documents.length === 0) {
          // Changed on purpose (issue 25): a force with no document is named in one list after the table, not given a row.
          expect(row, force.id).toBeUndefined();
          expect(missing, force.id).toContain(force.name);
        } else expect(row, force.id).toBeDefined();
        for (const document of documents) expect(tableHtml(html, 'documents')).toContain(`href="${urls.response(document.id)}"`);
      }
    }
  });

  test('can be read by region (as forces.yaml lists them), by force name and by timeliness, each a page of its own with no JavaScript', () => {
    const inspection = inspections.find((i) => i.id === 'shining-a-light-on-betrayal')!;
    const inScope = scopeOf(inspection, forces);
    const namesOn = (path: string) => bodyRows(tableHtml(readPage(SITE, path), 'responses')).map((r) => r[0]);
    expect(namesOn(urls.inspectionOrdered(inspection.id, 'region'))).toEqual(inScope.map((f) => f.name));
    const byName = [...inScope].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
    expect(namesOn(urls.inspectionOrdered(inspection.id, 'name'))).toEqual(byName.map((f) => f.name));
    // The three dated responses came on days 25 (Northamptonshire), 46 (Suffolk) and 50
    // (Cambridgeshire); Cleveland's is undated; the other forces have none on the site.
    const byTimeliness = namesOn(urls.inspectionOrdered(inspection.id, 'timeliness'));
    expect(byTimeliness.slice(0, 4)).toEqual(['Northamptonshire Police', 'Suffolk Constabulary', 'Cambridgeshire Constabulary', 'Cleveland Police']);
    expect(byTimeliness.slice(4)).toEqual(byName.map((f) => f.name).filter((n) => !byTimeliness.slice(0, 4).includes(n)));
    for (const order of ['region', 'name', 'timeliness'] as const) {
      const html = readPage(SITE, urls.inspectionOrdered(inspection.id, order));
      expect(html).not.toMatch(/<script/i);
      expect(html).toMatch(/aria-current="page"[^>]*>\s*<strong>by (region|force name|timeliness)/);
    }
  });
});

describe('a force\'s documents, a page per year', () => {
  test('are all reachable from the force page through its year pages, each once', () => {
    for (const force of forces) {
      const forcePage = readPage(SITE, urls.force(force.id));
      const yearLinks = !forcePage.includes('<table id="years"') ? [] : [...tableHtml(forcePage, 'years').matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
      const linked = yearLinks.flatMap((href) => [...readPage(SITE, href).matchAll(/href="(\/responses\/[^"]+)"/g)].map((m) => m[1]!));
      const own = responses.filter((r) => r.force === force.id).map((r) => urls.response(r.id));
      expect(linked.sort(), force.id).toEqual(own.sort());
    }
  });
});

describe('the charts of the shipped content', () => {
  const pages = [
    ...inspections.map((i) => `/inspections/${i.id}/`),
    ...inspections.flatMap((i) => i.recommendations.map((r) => `/inspections/${i.id}/recommendations/${r.id}/`)),
    ...forces.map((f) => `/forces/${f.id}/`),
  ];

  test('each has a title, a summary in words, a hidden picture without inline styles, and a table with a caption', () => {
    let count = 0;
    for (const path of pages) {
      for (const chart of chartsOf(readPage(SITE, path))) {
        count++;
        expect(chart, path).toMatch(/<h[23] id="chart-[a-z]+-title">[^<]+<\/h[23]>/);
        expect(textOf(chart.match(/<p class="chart-summary">([\s\S]*?)<\/p>/)![1]!).length, path).toBeGreaterThan(20);
        const svg = chart.match(/<svg[\s\S]*?<\/svg>/)![0];
        expect(svg).toContain('aria-hidden="true"');
        expect(svg).not.toMatch(/\sstyle=/);
        expect(XMLValidator.validate(svg)).toBe(true);
        expect(chart).toMatch(/<caption[^>]*>[^<]+<\/caption>/);
        expect(chart).toContain('<th scope="row">');
      }
    }
    // One per comparison page, one per force page, one per inspection with a known day.
    expect(count).toBe(pages.length - inspections.filter((i) => i.published.length === 7).length);
  });

  test('count the forces by status on each comparison page as the content gives them', () => {
    for (const inspection of inspections) {
      const inScope = scopeOf(inspection, forces);
      for (const rec of inspection.recommendations) {
        const html = readPage(SITE, `/inspections/${inspection.id}/recommendations/${rec.id}/`);
        const rows = Object.fromEntries(bodyRows(tableHtml(html, 'chart-statuses-table')).map(([name, count]) => [name, Number(count)]));
        const main = inScope.map((f) => responses.find((r) => r.force === f.id && r.inspection === inspection.id && (r.kind ?? 'pcc-response') === 'pcc-response')
          ?? responses.find((r) => r.force === f.id && r.inspection === inspection.id));
        for (const status of STATUSES) {
          expect(rows[status.label], `${inspection.id} #${rec.id} ${status.id}`).toBe(main.filter((d) => d?.recommendations[rec.id] === status.id).length);
        }
        expect(rows['No document on this site']).toBe(main.filter((d) => !d).length);
      }
    }
  });

  test('shows when each policing body\'s comments came out against day 56', () => {
    const html = readPage(SITE, '/inspections/shining-a-light-on-betrayal/');
    const rows = bodyRows(tableHtml(html, 'chart-arrivals-table'));
    expect(rows.slice(0, 3).map((r) => [r[0], r[2]])).toEqual([['Day 25', '1'], ['Day 46', '1'], ['Day 50', '1']]);
    expect(rows.find((r) => r[0] === 'Undated')![2]).toBe('1');
    expect(textOf(html)).toContain(`By day ${STATUTORY_PERIOD_DAYS} (21 November 2019), 3 of 43 forces had their policing body's comments out`);
    // Only the month of the 2016 report is known: no chart, and the page says why.
    const peel = readPage(SITE, '/inspections/peel-police-legitimacy-2016/');
    expect(chartsOf(peel)).toHaveLength(0);
    expect(textOf(peel)).toContain('So the responses cannot be shown against it.');
  });
});

describe('the shipped content\'s per-inspection data files', () => {
  test('have a row per force in scope and recommendation, with statuses and section words as written', () => {
    for (const inspection of inspections) {
      const csv = csvRecords(join(SITE, `data/inspections/${inspection.id}.csv`));
      const json = JSON.parse(readFileSync(join(SITE, `data/inspections/${inspection.id}.json`), 'utf8')) as Record<string, unknown>[];
      const inScope = scopeOf(inspection, forces);
      const perForce = inScope.map((f) => Math.max(1, responses.filter((r) => r.force === f.id && r.inspection === inspection.id).length));
      expect(csv).toHaveLength(perForce.reduce((a, b) => a + b, 0) * inspection.recommendations.length);
      expect(json).toHaveLength(csv.length);
      for (const row of csv) {
        const document = responses.find((r) => r.id === row.document);
        expect(row.originalStatus).toBe(document?.recommendations[row.recommendation!] ?? '');
        expect(row.latestStatus).toBe(row.originalStatus);
        expect(row.originalStatusDate).toBe(row.originalStatus ? document?.date ?? document?.published ?? '' : '');
      }
    }
    // Suffolk's own words on recommendation 2, from its letter, survive the round trip.
    const suffolk = csvRecords(join(SITE, 'data/inspections/shining-a-light-on-betrayal.csv')).find((r) => r.force === 'suffolk' && r.recommendation === '2')!;
    expect(suffolk.sectionText).toContain('Norfolk and Suffolk will be standardising the requests that are made of other forces in respect of transferees');
    expect(readFileSync(join(CONTENT, 'responses/suffolk/shining-a-light-on-betrayal.md'), 'utf8').replace(/\s+/g, ' ')).toContain(suffolk.sectionText!.split('\n')[0]!.replace(/\s+/g, ' ').slice(0, 60));
    // Its signature's lines (hard line breaks in the letter) stay lines, never one run of words.
    const signed = csvRecords(join(SITE, 'data/inspections/shining-a-light-on-betrayal.csv')).find((r) => r.force === 'suffolk' && /Katie Elliott/.test(r.sectionText ?? ''))!;
    expect(signed.sectionText).toMatch(/Katie Elliott\nDetective Superintendent\nHead of PSD/);
    expect(signed.sectionText).not.toMatch(/ElliottDetective/);
  });

  test('are explained on the data page, with the licence attribution', () => {
    const text = textOf(readPage(SITE, '/data/'));
    for (const field of ['originalStatus', 'latestStatus', 'latestStatusDate', 'sectionText', 'latestStatuses', 'lastUpdated']) expect(text).toContain(field);
    for (const status of STATUSES) expect(text).toContain(status.id);
    expect(text).toContain('Contains public sector information licensed under the Open Government Licence v3.0');
    const yearPages = [...new Set(inspections.map((i) => String(yearOf(i.published))))].map((year) => readPage(SITE, urls.inspectionsOfYear(year))).join('');
    for (const inspection of inspections) expect(yearPages).toContain(`href="${urls.inspectionCsv(inspection.id)}"`);
  });
});

describe('a build without the site\'s address', () => {
  test('makes no feeds and no sitemap, and links to none', () => {
    expect(existsSync(join(SITE, 'sitemap.xml'))).toBe(false);
    expect(existsSync(join(SITE, 'feeds'))).toBe(false);
    for (const path of ['/', '/forces/suffolk/', '/inspections/shining-a-light-on-betrayal/']) {
      expect(readPage(SITE, path)).not.toContain('application/atom+xml');
    }
  });
});

describe('the shipped content built with the site\'s address', () => {
  beforeAll(() => {
    const result = buildSite({ outDir: WITH_URL, env: { PCC_SITE_URL: SITE_URL } });
    if (result.status !== 0) throw new Error(result.output);
  });

  test('lists every page in a valid sitemap', () => {
    const sitemap = parseXml(join(WITH_URL, 'sitemap.xml'));
    const locations = sitemap.urlset.url.map((u: { loc: string }) => u.loc).sort();
    expect(locations).toEqual(builtPages(WITH_URL).map((p) => `${SITE_URL}${p}`).sort());
    for (const response of responses) expect(locations).toContain(`${SITE_URL}/responses/${response.id}/`);
  });

  test('has valid Atom feeds for the site, each force and each inspection, listing every document', () => {
    const ids = (path: string) => (parseXml(join(WITH_URL, path)).feed.entry ?? []).map((e: { id: string }) => e.id).sort();
    const url = (id: string) => `${SITE_URL}/responses/${id}/`;
    expect(ids(urls.feed())).toEqual(responses.map((r) => url(r.id)).sort());
    for (const force of forces) {
      expect(ids(urls.forceFeed(force.id)), force.id).toEqual(responses.filter((r) => r.force === force.id).map((r) => url(r.id)).sort());
    }
    for (const inspection of inspections) {
      expect(ids(urls.inspectionFeed(inspection.id))).toEqual(responses.filter((r) => r.inspection === inspection.id).map((r) => url(r.id)).sort());
    }
  });

  test('dates feed entries from the documents, and the undated one from its report', () => {
    const entries = parseXml(join(WITH_URL, urls.feed())).feed.entry as { id: string; published: string; updated: string }[];
    for (const response of responses) {
      const entry = entries.find((e) => e.id === `${SITE_URL}/responses/${response.id}/`)!;
      const inspection = inspections.find((i) => i.id === response.inspection)!;
      const expected = response.published ?? response.date ?? (inspection.published.length === 7 ? `${inspection.published}-01` : inspection.published);
      expect(entry.published, response.id).toBe(`${expected}T00:00:00Z`);
    }
  });

  test('links each force, inspection and document page to its feeds', () => {
    const alternates = (path: string) => [...readPage(WITH_URL, path).matchAll(/<link rel="alternate" href="([^"]+)" type="application\/atom\+xml"/g)].map((m) => m[1]!);
    expect(alternates('/')).toEqual([`${SITE_URL}${urls.feed()}`]);
    expect(alternates('/forces/suffolk/')).toEqual([`${SITE_URL}${urls.forceFeed('suffolk')}`]);
    expect(alternates('/inspections/shining-a-light-on-betrayal/')).toEqual([`${SITE_URL}${urls.inspectionFeed('shining-a-light-on-betrayal')}`]);
    for (const href of alternates('/responses/suffolk/shining-a-light-on-betrayal/')) {
      expect(existsSync(join(WITH_URL, new URL(href).pathname))).toBe(true);
    }
  });

  test('gives each document page a permanent address and a suggested citation', () => {
    for (const response of responses) {
      const text = textOf(readPage(WITH_URL, `/responses/${response.id}/`));
      expect(text).toContain(`Permanent address ${SITE_URL}/responses/${response.id}/`);
      expect(text).toMatch(new RegExp(`Suggested citation .+ \\((\\d{4}|n\\.d\\.)\\) .+ Available at: ${SITE_URL}/responses/${response.id}/\\.`));
    }
    // Cleveland's form carries no date: cited as n.d., never with an invented year.
    expect(textOf(readPage(WITH_URL, '/responses/cleveland/shining-a-light-on-betrayal/'))).toContain('(n.d.)');
  });
});

describe('comparison pages say when they last changed', () => {
  test('from the git history of the report and its documents, not the build time', () => {
    const git = spawnSync('git', ['log', '-1', '--format=%cI', '--', 'content/inspections/shining-a-light-on-betrayal.md', 'content/responses/*/shining-a-light-on-betrayal.md'], { cwd: ROOT, encoding: 'utf8' });
    const text = textOf(readPage(SITE, '/inspections/shining-a-light-on-betrayal/recommendations/1/'));
    if (git.status === 0 && git.stdout.trim()) {
      expect(text).toContain(`Last changed ${formatDate(new Date(git.stdout.trim()).toISOString().slice(0, 10))}`);
    } else {
      // No git history (a tarball): the newest date written in the files, Cambridgeshire's 15 November 2019.
      expect(text).toContain('Last changed 15 November 2019');
    }
  });
});

describe('an inspection with 30 fictional forces', () => {
  let fixture: ManyForcesFixture;
  let output: string;
  const latest = (d: ManyDocument, rec: string) => d.update?.recommendations[rec] ?? d.statuses[rec]!;
  const latestDate = (d: ManyDocument, rec: string) => (d.update?.recommendations[rec] ? d.update.date : d.date ?? '');
  beforeAll(() => {
    fixture = makeManyForcesContent(30);
    const result = buildSite({ outDir: MANY, contentDir: fixture.dir });
    if (result.status !== 0) throw new Error(result.output);
    output = result.output;
  });

  test('builds with a warning that feeds and sitemap need the site\'s address', () => {
    expect(output).toContain('Set PCC_SITE_URL');
  });

  test('shows every force in the matrix with its latest status for each recommendation', () => {
    const rows = bodyRows(tableHtml(readPage(MANY, urls.inspectionOrdered(MANY_INSPECTION, 'region')), 'responses'));
    expect(rows).toHaveLength(30);
    for (const force of fixture.forces) {
      const row = rows.find((r) => r[0] === force.name)!;
      const document = fixture.documents.find((d) => d.force === force.id);
      if (!document) {
        expect(row.slice(2), force.id).toEqual(['No response on this site']);
        continue;
      }
      expect(row.slice(4), force.id).toEqual(MANY_RECOMMENDATIONS.map((rec) =>
        document.update?.recommendations[rec] ? `${label(latest(document, rec))} since ${formatDate(document.update.date)}` : label(latest(document, rec))));
    }
  });

  test('orders the matrix by timeliness: on time soonest first, then late, undated, and none', () => {
    const names = bodyRows(tableHtml(readPage(MANY, urls.inspectionOrdered(MANY_INSPECTION, 'timeliness')), 'responses')).map((r) => r[0]);
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en-GB');
    const nameOf = (id: string) => fixture.forces.find((f) => f.id === id)!;
    const dated = fixture.documents.filter((d) => d.day).sort((a, b) => a.day! - b.day! || byName(nameOf(a.force), nameOf(b.force)));
    const undated = fixture.documents.filter((d) => !d.day);
    const none = fixture.forces.filter((f) => !fixture.documents.some((d) => d.force === f.id)).sort(byName);
    expect(names).toEqual([...dated, ...undated].map((d) => nameOf(d.force).name).concat(none.map((f) => f.name)));
  });

  test('charts the comparison and the arrivals with the numbers the content gives', () => {
    for (const rec of MANY_RECOMMENDATIONS) {
      const rows = Object.fromEntries(bodyRows(tableHtml(readPage(MANY, urls.comparison(MANY_INSPECTION, rec)), 'chart-statuses-table')).map(([n, c]) => [n, Number(c)]));
      for (const status of STATUSES) expect(rows[status.label], `${rec} ${status.id}`).toBe(fixture.documents.filter((d) => latest(d, rec) === status.id).length);
      expect(rows['No document on this site']).toBe(30 - fixture.documents.length);
    }
    const html = readPage(MANY, `/inspections/${MANY_INSPECTION}/`);
    const onTime = fixture.documents.filter((d) => d.day && d.day <= STATUTORY_PERIOD_DAYS).length;
    const late = fixture.documents.filter((d) => d.day && d.day > STATUTORY_PERIOD_DAYS).length;
    expect(textOf(html)).toContain(`By day 56 (9 May 2021), ${onTime} of 30 forces had their policing body's comments out; ${late} more came later, 1 is undated and ${30 - fixture.documents.length} are not on this site.`);
    const rows = bodyRows(tableHtml(html, 'chart-arrivals-table')).filter((r) => r[0]!.startsWith('Day'));
    expect(rows.reduce((sum, r) => sum + Number(r[2]), 0)).toBe(onTime + late);
    expect(Number(rows.at(-1)![3])).toBe(onTime + late);
  });

  test('says on each comparison page which statuses are updates, and as of when', () => {
    const updated = fixture.documents.filter((d) => d.update)[0]!;
    const text = textOf(readPage(MANY, urls.comparison(MANY_INSPECTION, '1')));
    expect(text).toContain(`Updated ${formatDate(updated.update!.date)} (the document said: ${label(updated.statuses['1'])})`);
    const newest = fixture.documents.map((d) => latestDate(d, '1')).sort().at(-1)!;
    expect(text).toContain(`latest status it has given, as of ${formatDate(newest)}`);
    // No git history for a generated folder: the newest date in its files.
    expect(text).toContain(`Last changed ${formatDate(newest)}`);
  });

  test('shows a document\'s status history on its page', () => {
    const updated = fixture.documents.filter((d) => d.update)[0]!;
    const text = textOf(readPage(MANY, `/responses/${updated.force}/${MANY_INSPECTION}/`));
    expect(text).toContain('Status history');
    expect(text).toContain(`${formatDate(updated.update!.date)}: Update ${updated.update!.note}`);
    expect(text).toContain(`Recommendation 1: ${label(updated.statuses['1'])} to ${label(updated.update!.recommendations['1'])}`);
  });

  test('writes the data files with original and latest statuses and the section words intact', () => {
    const csv = csvRecords(join(MANY, `data/inspections/${MANY_INSPECTION}.csv`));
    const json = JSON.parse(readFileSync(join(MANY, `data/inspections/${MANY_INSPECTION}.json`), 'utf8')) as Record<string, string | null>[];
    expect(csv).toHaveLength(30 * MANY_RECOMMENDATIONS.length);
    csv.forEach((row, index) => {
      const document = fixture.documents.find((d) => d.force === row.force);
      const rec = row.recommendation!;
      expect(row.originalStatus).toBe(document?.statuses[rec] ?? '');
      expect(row.latestStatus).toBe(document ? latest(document, rec) : '');
      expect(row.latestStatusDate).toBe(document ? latestDate(document, rec) : '');
      // Commas, quotes and line breaks come back exactly as written.
      expect(row.sectionText).toBe(document?.sections[rec] ?? '');
      expect(json[index]!.sectionText ?? '').toBe(row.sectionText);
    });
    const records = JSON.parse(readFileSync(join(MANY, 'data/responses.json'), 'utf8')) as { id: string; statuses: Record<string, string>; latestStatuses: Record<string, string>; lastUpdated: string | null }[];
    for (const document of fixture.documents) {
      const record = records.find((r) => r.id === `${document.force}/${MANY_INSPECTION}`)!;
      expect(record.statuses).toEqual(document.statuses);
      expect(record.latestStatuses).toEqual(Object.fromEntries(MANY_RECOMMENDATIONS.map((rec) => [rec, latest(document, rec)])));
      expect(record.lastUpdated).toBe(document.update?.date ?? null);
    }
  });
});
