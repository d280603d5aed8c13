/**
 * Writes a deterministic content folder of clearly fictional forces, inspections and
 * responses, more varied than the shipped content, so the quality gates see every shape a
 * page can take: on-time, late and undated responses, responses to a month-only report,
 * second documents, missing statuses, every status, a lettered recommendation id, Welsh
 * documents from a force in Wales, and forces and inspections with nothing. Every size keeps
 * every shape (tests/unit/support/generate.test.ts checks it), so the site the browser gates
 * visit can be small (GENERATED_SIZE) while the unit tests read the bigger default.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { forcesFile, markdownFile, slugify, writeContentFiles, type ContentFile } from '../../scripts/lib/write-content-files.ts';
import { createRandom } from '../../scripts/lib/random.ts';
import { addDays } from '../../src/lib/basics/days.ts';
import { getDueDate } from '../../src/lib/site/deadline.ts';
import { REGIONS } from '../../src/lib/basics/regions.ts';
import { STATUS_IDS } from '../../src/lib/basics/statuses.ts';

/** Made-up places in England: no force of these names exists. */
const PLACES = [
  'Northshire', 'Westmere', 'Southdale', 'Eastmarch', 'Fenwick', 'Highmoor',
  'Lowbridge', 'Ashvale', 'Redcliff', 'Stonebury', 'Marshfold',
];
/** A made-up place in Wales: the last force of every size, so Welsh documents are never lost to a smaller count. */
const WELSH_PLACE = 'Dyffryn Gŵyr';

/**
 * The size of the generated site the build tests and browser gates check (tests/support/global-setup.ts):
 * every shape, in about 95 pages instead of the default's 210, as the browser gates
 * spend most of the test run's time loading pages (about 0.7 core-seconds each).
 */
export const GENERATED_SIZE = { forces: 6, inspections: 4 };

export interface GeneratedContent {
  forces: { id: string; name: string }[];
  inspections: { id: string; title: string; recommendations: string[] }[];
  responses: string[];
}

/**
 * Writes the content folder at `dir` (replacing it) and says what is in it; the same seed always
 * writes the same files. Each size has the Welsh force last; the force before it never answers.
 * The third inspection has a month-only date, and the last concerns three forces and nobody answered it,
 * so every shape needs four inspections at least.
 */
export function generateContent(dir: string, options: { forces?: number; inspections?: number; seed?: number } = {}): GeneratedContent {
  const { forces: forceCount = 12, inspections: inspectionCount = 6, seed = 20240601 } = options;
  // More would silently be fewer: there are only so many places.
  if (forceCount > PLACES.length + 1) throw new Error(`at most ${PLACES.length + 1} forces, not ${forceCount}`);
  const random = createRandom(seed);
  const files: ContentFile[] = [];

  const forces = [...PLACES.slice(0, forceCount - 1), WELSH_PLACE].map((place, index) => {
    const welsh = place === WELSH_PLACE;
    return {
      id: slugify(place),
      name: welsh ? `Heddlu ${place}` : `${place} ${index % 2 ? 'Police' : 'Constabulary'}`,
      policingBody: welsh ? `Comisiynydd Heddlu a Throseddu ${place}` : `Police and Crime Commissioner for ${place}`,
      region: welsh ? 'Wales' : REGIONS[index % (REGIONS.length - 1)]!,
    };
  });
  files.push({ path: 'forces.yaml', text: forcesFile(forces, 'for tests') });

  const silent = forces.at(-2)!;
  const inspections: GeneratedContent['inspections'] = [];
  const responses: string[] = [];
  for (let i = 0; i < inspectionCount; i++) {
    const id = `fictional-review-${i + 1}`;
    const monthOnly = i === 2;
    const published = monthOnly ? `202${i}-0${i + 1}` : `202${i}-0${(i % 9) + 1}-1${i}`;
    // Two to twelve recommendations, one with a lettered id.
    const recCount = 2 + ((i * 5) % 11);
    const recIds = Array.from({ length: recCount }, (_, r) => (r === 3 ? '4a' : String(r + 1)));
    // The last inspection concerns a few forces only, and nobody has answered it.
    const scope = i === inspectionCount - 1 ? forces.slice(0, 3).map((f) => f.id) : 'all';
    const title = `Fictional review ${i + 1}: placeholder inspection of ${random.pick(['vetting', 'custody', 'call handling', 'neighbourhood policing', 'digital evidence'])}`;
    inspections.push({ id, title, recommendations: recIds });
    const frontmatter = {
      title,
      published,
      kind: random.pick(['national-thematic', 'force', 'peel']),
      scope,
      url: `https://www.example.org/fictional-review-${i + 1}`,
      recommendations: recIds.map((recId) => ({
        id: recId,
        title: `Placeholder recommendation ${recId}`,
        text: `Placeholder text for fictional recommendation ${recId}:\n\n- a first placeholder part\n- a second placeholder part`,
        addressedTo: recId === '4a' ? ['Fictional national lead', 'all forces'] : ['all forces'],
        ...(random.chance(0.3) ? { due: `202${i + 1}-12-31` } : {}),
      })),
    };
    files.push({ path: `inspections/${id}.md`, text: markdownFile(frontmatter, 'Placeholder summary of a fictional inspection report.') });
    if (scope !== 'all') continue;

    // Most forces answer, the Welsh one in Welsh; the last force in England never does.
    for (const force of forces.filter((f) => f !== silent)) {
      if (random.chance(0.2)) continue;
      const due = getDueDate(published);
      const timing = random.pick(['on-time', 'late', 'undated'] as const);
      const date = timing === 'undated' ? undefined : due ? addDays(due, timing === 'late' ? random.int(1, 60) : -random.int(0, 39)) : `202${i}-0${i + 2}-28`;
      const welsh = force.region === 'Wales';
      const statuses = Object.fromEntries(recIds.filter(() => random.chance(0.85)).map((recId) => [recId, random.pick(STATUS_IDS)]));
      const answered = recIds.filter(() => random.chance(0.6));
      const body = [
        welsh ? 'Testun ffug: ymateb dychmygol gan y Comisiynydd i adroddiad ffug.' : 'Placeholder text for a fictional response from the policing body.',
        ...answered.map((recId) => (welsh
          ? `## Argymhelliad ${recId}\n\nTestun ffug yn ateb argymhelliad dychmygol ${recId}, gyda [dolen ffug](https://www.example.org/${force.id}).`
          : `## Recommendation ${recId}\n\nPlaceholder text answering fictional recommendation ${recId}, with [a placeholder link](https://www.example.org/${force.id}).`)),
        welsh ? '## Sylwadau i gloi\n\nParagraff cloi ffug.' : '## Closing remarks\n\nPlaceholder closing paragraph.',
      ].join('\n\n');
      files.push(responseFile(force.id, id, {
        force: force.id,
        inspection: id,
        ...(date ? { date } : {}),
        ...(welsh ? { lang: 'cy' } : {}),
        author: { name: welsh ? 'Siân Placeholder' : 'Alex Placeholder', role: force.policingBody },
        recommendations: statuses,
      }, body));
      responses.push(`${force.id}/${id}`);
      if (random.chance(0.15)) {
        files.push(responseFile(force.id, `${id}--force-response`, {
          force: force.id, inspection: id, kind: 'force-response', ...(date ? { date } : {}), recommendations: statuses,
        }, 'Placeholder text for a fictional chief constable\'s response.'));
        responses.push(`${force.id}/${id}--force-response`);
      }
    }
  }
  rmSync(dir, { recursive: true, force: true });
  writeContentFiles(dir, files);
  return { forces, inspections, responses };
}

function responseFile(force: string, name: string, frontmatter: object, body: string): ContentFile {
  return { path: `responses/${force}/${name}.md`, text: markdownFile(frontmatter, body) };
}

/** The office settings the generated site is built with: every setting an office may change, none of them the default. */
export const GENERATED_OFFICE = {
  title: 'Fictional forces: responses to police inspections',
  officeName: 'the Office of the Police and Crime Commissioner for Northshire (fictional)',
  logo: { src: 'logo.svg', alt: 'Northshire OPCC (fictional)' },
  colours: { brand: '#4a1942', brandText: '#ffffff', link: '#0b5d3e', linkVisited: '#5c2d91', focus: '#ffbf47' },
  siteUrl: 'https://responses.example.org/',
  contact: { accessibility: 'access@northshire-pcc.example', security: 'mailto:security@northshire-pcc.example', securityExpires: '2099-12-31' },
};

const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="#4a1942"/><circle cx="20" cy="20" r="12" fill="#ffffff"/></svg>\n';

/** Writes GENERATED_OFFICE as `site.config.json` in `dir`, with a placeholder logo; returns the file's path. */
export function writeOfficeSettings(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'logo.svg'), LOGO);
  const file = join(dir, 'site.config.json');
  writeFileSync(file, `${JSON.stringify(GENERATED_OFFICE, null, 2)}\n`);
  return file;
}
