/**
 * `npm run corpus -- --documents 10000 --out <dir> [--seed N]`: writes a fictional content
 * folder of that many documents, for benchmarks (build it with PCC_CONTENT_DIR=<dir>).
 * Refuses the project's own content/ folder and any folder that is not empty.
 */
import { parseArgs } from 'node:util';
import { generateCorpus } from './lib/corpus.ts';
import { writeCorpus } from './lib/write-corpus.ts';

const USAGE = 'usage: npm run corpus -- --documents <count> --out <folder> [--seed <number>]';

try {
  const { values } = parseArgs({
    options: { documents: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } },
  });
  const documents = Number(values.documents);
  const seed = Number(values.seed);
  if (!values.documents || !Number.isInteger(documents) || documents < 1) throw new Error(`--documents must be a whole number of at least 1. ${USAGE}`);
  if (!values.out) throw new Error(`--out must name the folder to write. ${USAGE}`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, not "${values.seed}".`);
  const started = performance.now();
  const corpus = generateCorpus({ documents, seed });
  const dir = writeCorpus(corpus, values.out, process.cwd());
  const s = corpus.summary;
  console.log(
    `Wrote ${s.documents} documents (${s.byKind['pcc-response']} policing bodies' responses, ${s.late} of them late, ` +
    `${s.byKind['force-response']} chief officers' responses, ${s.byKind['inspectorate-letter']} inspectorate letters; ` +
    `${s.undated} undated, ${s.updated} with status updates) about ${s.inspections} inspections of ${s.forces} forces to ${dir} ` +
    `in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
