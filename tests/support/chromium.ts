/**
 * How the tests start Chromium (Debian's package, driven by playwright-core): its path, its
 * switches, and the Chromium features turned off. No vitest here: the global setup and the
 * benchmark use it too.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM_PATH);

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
  const probe = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--enable-automation'] });
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
