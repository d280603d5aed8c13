/**
 * For tests that start the project's own servers (`npm run dev`, `npm run editor`) as a
 * person would: a free port on loopback, and the environment of a person's shell.
 */
import { createServer } from 'node:net';

/** A port nothing listens on at the moment, on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** The environment as a person's shell has it: Astro's dev server serves nothing when it sees VITEST set. */
export function userEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV'));
}
