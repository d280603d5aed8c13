import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkThemeContrast, readCustomProperties, resolveThemePairs, THEME_PAIRS } from '../../src/lib/theme.ts';
import { ROOT } from '../support/paths.ts';

const STYLESHEET = 'src/styles/site.css';
const shipped = readFileSync(resolve(ROOT, STYLESHEET), 'utf8');

describe('readCustomProperties', () => {
  test('reads the custom properties of :root, ignoring comments and other rules', () => {
    const css = `/* --ignored: #000; */\n:root {\n  --text: #0b0c0c;\n  --brand:#1d3b5c ;\n  font-family: serif;\n}\n.x { --local: #fff; }`;
    expect(readCustomProperties(css)).toEqual({ text: '#0b0c0c', brand: '#1d3b5c' });
  });
});

describe('checkThemeContrast', () => {
  test('finds every pair the site uses in the shipped stylesheet, and all meet WCAG 2.2 AA', () => {
    expect(resolveThemePairs(readCustomProperties(shipped)).missing).toEqual([]);
    expect(checkThemeContrast(shipped, STYLESHEET)).toEqual([]);
  });

  test('stops the build when a text colour falls below 4.5:1, naming the stylesheet and the pair', () => {
    const paler = shipped.replace(/--muted:\s*#[0-9a-f]+;/i, '--muted: #949494;');
    expect(paler).not.toBe(shipped);
    const problems = checkThemeContrast(paler, STYLESHEET);
    expect(problems.map((p) => [p.severity, p.file, p.field])).toContainEqual(['error', STYLESHEET, 'colour contrast']);
    expect(problems.map((p) => p.message).join('\n')).toContain('secondary text on the page (--muted on --background): #949494 on #ffffff');
  });

  test('holds the header focus highlight to 3:1 against the header', () => {
    const pair = THEME_PAIRS.find((p) => p.foreground === 'focus' && p.background === 'brand')!;
    expect(pair.minimum).toBe(3);
    const dim = shipped.replace(/--focus:\s*#[0-9a-f]+;/i, '--focus: #3d5a7a;');
    expect(checkThemeContrast(dim, STYLESHEET).some((p) => p.message.startsWith('focus highlight in the header'))).toBe(true);
  });

  test('reports a theme colour that is not declared, rather than skipping its pairs', () => {
    const without = shipped.replace(/--panel:\s*#[0-9a-f]+;/i, '');
    const problems = checkThemeContrast(without, STYLESHEET);
    expect(problems.map((p) => p.field)).toEqual(['--panel']);
  });
});
