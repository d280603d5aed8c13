/**
 * One process filling the content cache (./cache-fill.ts): `node cache-fill-run.ts <job.json>`
 * does each listed file's own part of loading into the cache, and ends, giving back all the
 * memory that work took.
 */
import { readFileSync } from 'node:fs';
import { openContentCache } from './cache.ts';
import type { CacheFillJob } from './cache-fill.ts';
import { cacheFilesAlone } from './load.ts';

const job = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as CacheFillJob;
await cacheFilesAlone(job.contentDir, job.root, openContentCache(job.cacheDir, job.root, { filling: true }), job.files);
