/**
 * The markup overhead of a built site, per page type: `node bench/markup.ts <dist folder>`.
 * Prints, for each type of page, how many there are, the largest and median overhead (HTML
 * bytes minus the bytes of the text it shows, as the benchmark's page check counts it), and
 * how many are over the limit, with the worst page.
 */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { median, OVERHEAD_LIMIT, visibleText, walk } from './lib/bench-report.ts';

/** The page type of a path: its pattern, with the ids replaced by placeholders. */
export function pageType(page: string): string {
  return page
    .replace(/^\/responses\/[^/]+\/[^/]+\/$/, '/responses/<force>/<document>/')
    .replace(/^\/inspections\/[^/]+\/recommendations\/[^/]+\/$/, '/inspections/<id>/recommendations/<rec>/')
    .replace(/^\/inspections\/[^/]+\/(by-[^/]+)\/$/, '/inspections/<id>/$1/')
    .replace(/^\/inspections\/by-year\/\d+\/$/, '/inspections/by-year/<year>/')
    .replace(/^\/inspections\/(?!<)[^/]+\/$/, '/inspections/<id>/')
    .replace(/^\/forces\/[^/]+\/([^/]+\/)?$/, (_, rest: string | undefined) => `/forces/<id>/${rest ? '<part>/' : ''}`);
}

const dir = process.argv[2];
if (!dir) {
  console.error('Usage: node bench/markup.ts <built site folder>');
  process.exit(1);
}
const types = new Map<string, { overheads: number[]; worst: string; worstBytes: number }>();
for (const file of walk(dir)) {
  if (!file.endsWith('.html')) continue;
  const page = `/${relative(dir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
  const html = readFileSync(file, 'utf8');
  const overhead = Buffer.byteLength(html) - Buffer.byteLength(visibleText(html));
  const type = pageType(page);
  const entry = types.get(type) ?? { overheads: [], worst: page, worstBytes: -1 };
  entry.overheads.push(overhead);
  if (overhead > entry.worstBytes) Object.assign(entry, { worst: page, worstBytes: overhead });
  types.set(type, entry);
}
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
console.log(`limit ${kb(OVERHEAD_LIMIT)} KB\ncount\tmax KB\tmedian\tover\ttype\tworst page`);
for (const [type, e] of [...types].sort((a, b) => b[1].worstBytes - a[1].worstBytes)) {
  const over = e.overheads.filter((o) => o > OVERHEAD_LIMIT).length;
  console.log(`${e.overheads.length}\t${kb(e.worstBytes)}\t${kb(median(e.overheads))}\t${over}\t${type}\t${e.worst}`);
}
