/**
 * How the tests start Chromium (Debian's packages, driven by playwright-core): its paths, its
 * switches, and the Chromium features turned off. No vitest here: the global setup and the
 * benchmark use it too.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Debian's Chromium (package chromium): Lighthouse measures the pages in it, as in a reader's browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Debian's Chromium headless shell (package chromium-headless-shell, built from the same
 * Chromium source and version: the same Blink and V8), made for headless use only, without the
 * browser's window and interface layers; playwright-core itself runs this build for headless
 * tests by default. Every other browser test drives its pages in it. The gates over the
 * generated site's 99 pages, one page at a time, took 29.5 CPU-s of the browser's processes
 * instead of 47.7, and 22 s instead of 35 (two runs each, alternated).
 */
export const HEADLESS_SHELL_PATH = process.env.CHROMIUM_HEADLESS_SHELL_PATH ?? '/usr/bin/chromium-headless-shell';

export const hasChromium = existsSync(CHROMIUM_PATH) && existsSync(HEADLESS_SHELL_PATH);

/** Which of the two is missing, in words, for a skipped or failed test. */
export const missingChromium = [[CHROMIUM_PATH, 'chromium', 'CHROMIUM_PATH'], [HEADLESS_SHELL_PATH, 'chromium-headless-shell', 'CHROMIUM_HEADLESS_SHELL_PATH']]
  .filter(([path]) => !existsSync(path!))
  .map(([path, pkg, variable]) => `no ${pkg} at ${path} (apt-get install ${pkg}, or set ${variable})`)
  .join('; ');

/** Every browser test's switches: headless, and nothing fetched or updated in the background. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/**
 * Chromium features the tests turn off, on top of those playwright-core turns off.
 * RenderDocument (on by default since Chromium 13x) gives every document a tab loads a new
 * frame in the renderer; the tests load hundreds of pages one after another in a tab, and each
 * is a new document either way, so no check can tell the difference, but each load cost about
 * a third more CPU with it (100 loads of an empty page: 52 against 39 ms each; the shipped
 * site's browser gates: 105 against 88 CPU-s).
 */
export const FEATURES_OFF = ['RenderDocument'];

/** playwright-core's own `--disable-features` switch, and the one the tests pass instead. */
export interface FeatureSwitches {
  /** The switch playwright-core passes, left out (`ignoreDefaultArgs`). */
  playwright: string;
  /** The same list with FEATURES_OFF added. */
  ours: string;
}

const PREFIX = '--disable-features=';

/**
 * Chromium keeps only the last `--disable-features` switch it is given, so a switch of our own
 * would silently turn back on every feature playwright-core turns off. Its list is not part of
 * its API, so it is read off a browser it started (Chromium gives its command line through the
 * DevTools protocol when automation is on) and FEATURES_OFF added to it.
 */
export async function readFeatureSwitches(): Promise<FeatureSwitches> {
  const probe = await chromium.launch({ executablePath: HEADLESS_SHELL_PATH, args: [...CHROMIUM_ARGS, '--enable-automation'] });
  try {
    const session = await probe.newBrowserCDPSession();
    const { arguments: argv } = await session.send('Browser.getBrowserCommandLine');
    const playwright = argv.find((arg) => arg.startsWith(PREFIX));
    if (!playwright) throw new Error(`playwright-core started Chromium without a ${PREFIX} switch: see FEATURES_OFF in tests/support/chromium.ts`);
    const features = new Set([...playwright.slice(PREFIX.length).split(','), ...FEATURES_OFF]);
    return { playwright, ours: `${PREFIX}${[...features].join(',')}` };
  } finally {
    await probe.close();
  }
}
