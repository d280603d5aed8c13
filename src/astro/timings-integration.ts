/**
 * Records the build's phases to the PCC_TIMINGS file (see src/lib/basics/timings.ts) for
 * `npm run bench`. List it last in astro.config.mjs: Astro runs each hook of every
 * integration in order, so its `astro:build:done` runs after the others' (search indexing).
 */
import type { AstroIntegration } from 'astro';
import { recordTiming } from '../lib/basics/timings.ts';

export function timingsIntegration(): AstroIntegration {
  let buildStart = 0;
  let generated = 0;
  return {
    name: 'pcc-timings',
    hooks: {
      'astro:build:start': () => {
        buildStart = performance.now();
        // performance.now() counts from the start of the process.
        recordTiming('astro:setup', buildStart);
      },
      'astro:build:generated': () => {
        generated = performance.now();
        recordTiming('astro:render', generated - buildStart);
      },
      'astro:build:done': () => {
        recordTiming('astro:done-hooks', performance.now() - generated);
      },
    },
  };
}
