/** One office's own site, built for real from a settings file and the fictional content. */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { VALID } from '../fixtures/fixtures.ts';
import { buildSite } from '../support/build.ts';
import { readPage, textOf } from '../support/html.ts';
import { tempDir } from '../support/isolation.ts';

const root = tempDir('pcc-office-');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="#0b3d2e"/></svg>\n';

/** Writes a settings file (and a fictional logo beside it) and builds the fixture with it. */
function buildOffice(name: string, settings: Record<string, unknown>) {
  const dir = join(root, name);
  const config = join(dir, 'site.config.json');
  const outDir = join(dir, 'dist');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  writeFileSync(join(dir, 'logo.svg'), LOGO);
  writeFileSync(config, JSON.stringify(settings, null, 2));
  return { outDir, result: buildSite({ contentDir: VALID, outDir, env: { PCC_CONFIG: config } }) };
}

const NORTHSHIRE_OFFICE = {
  title: 'Northshire inspection responses',
  officeName: 'Office of the Police and Crime Commissioner for Northshire',
  logo: { src: 'logo.svg', alt: 'Northshire OPCC' },
  colours: { brand: '#0b3d2e', brandText: '#ffffff', link: '#0b5d3e' },
  force: 'northshire',
};

describe('a single-force office site', () => {
  let site: string;
  beforeAll(() => {
    const { outDir, result } = buildOffice('single', NORTHSHIRE_OFFICE);
    expect(result.status, result.output).toBe(0);
    site = outDir;
  });

  test('carries the office title, name and logo on every page', () => {
    const home = readPage(site, '/');
    expect(home).toContain('<title>Northshire inspection responses</title>');
    expect(textOf(home)).toContain('Published by Office of the Police and Crime Commissioner for Northshire.');
    expect(home).toContain('<img class="logo" src="/site-logo.svg" alt="Northshire OPCC"');
    expect(readFileSync(join(site, 'site-logo.svg'), 'utf8')).toBe(LOGO);
    expect(readPage(site, '/forces/northshire/')).toContain('– Northshire inspection responses</title>');
  });

  test('puts the office colours into the stylesheet, not into the page', () => {
    const css = readdirSync(join(site, '_astro')).filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(site, '_astro', f), 'utf8')).join('');
    expect(css).toMatch(/--brand:\s*#0b3d2e/);
    expect(css).toMatch(/--link:\s*#0b5d3e/);
    expect(readPage(site, '/')).not.toMatch(/style="/);
  });

  test('shows only its own force and its documents', () => {
    expect(existsSync(join(site, 'forces/westmere'))).toBe(false);
    expect(existsSync(join(site, 'responses/westmere'))).toBe(false);
    expect(existsSync(join(site, 'responses/northshire/vetting-review-2021/index.html'))).toBe(true);
    // The custody review concerns Northshire, so it is listed, but with Northshire alone.
    const inspection = textOf(readPage(site, '/inspections/vetting-review-2021/'));
    expect(inspection).toContain('Northshire Constabulary');
    expect(inspection).not.toContain('Westmere Police');
    expect(existsSync(join(site, 'inspections/custody-review-2022/index.html'))).toBe(true);
  });

  test('compares with other forces only when the office opts in', () => {
    const { outDir, result } = buildOffice('compare', { ...NORTHSHIRE_OFFICE, compareWithOtherForces: true });
    expect(result.status, result.output).toBe(0);
    const comparison = textOf(readPage(outDir, '/inspections/vetting-review-2021/recommendations/1/'));
    expect(comparison).toContain('Northshire Constabulary');
    expect(comparison).toContain('Westmere Police');
  });
});

test('refuses to build with colours below WCAG AA contrast, writing nothing', () => {
  const { outDir, result } = buildOffice('faint', { colours: { brand: '#1d3b5c', brandText: '#4a6b8c' } });
  expect(result.status).toBe(1);
  expect(result.output).toMatch(/site\.config\.json:\d+: colours\.brandText: header text and links: #4a6b8c on #1d3b5c has a contrast ratio of \d\.\d\d:1/);
  expect(existsSync(outDir)).toBe(false);
});
