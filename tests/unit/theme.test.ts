import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkTheme, THEME_COLOURS, THEME_PAIRS, toTheme, toThemeCss } from '../../src/lib/basics/theme.ts';
import { ROOT } from '../support/paths.ts';

const stylesheet = readFileSync(resolve(ROOT, 'src/styles/site.css'), 'utf8');

describe('the theme', () => {
  test('meets WCAG 2.2 AA on every pair the stylesheet uses, with the default colours', () => {
    expect(checkTheme(toTheme())).toEqual([]);
  });

  test('declares every colour the stylesheet uses, so none escapes the contrast check', () => {
    const used = new Set([...stylesheet.matchAll(/var\(--([\w-]+)\)/g)].map((m) => m[1]!));
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((name) => !(name in THEME_COLOURS))).toEqual([]);
    // And the stylesheet sets none itself: the theme is the one source.
    expect(stylesheet).not.toMatch(/^\s*--[\w-]+\s*:/m);
  });

  test('fails secondary text below 4.5:1, naming the pair and both colours', () => {
    const failures = checkTheme({ ...THEME_COLOURS, muted: '#949494' });
    expect(failures.map((f) => f.message)).toEqual([expect.stringMatching(/^secondary text on the page: #949494 on #ffffff has a contrast ratio of 3\.\d\d:1, too low to read; allowed: at least 4\.5:1/)]);
    expect(failures[0]!.colours).toEqual([]);
  });

  test('holds the focus highlight to 3:1 against an office\'s header colour', () => {
    const pair = THEME_PAIRS.find((p) => p.foreground === 'focus' && p.background === 'brand')!;
    expect(pair.minimum).toBe(3);
    const failures = checkTheme(toTheme({ focus: '#3d5a7a' }));
    const header = failures.find((f) => f.message.startsWith('focus highlight in the header'));
    expect(header?.colours).toEqual(['focus', 'brand']);
  });

  test('checks an office\'s link colour on the footer\'s grey as well as on the white page', () => {
    // #767676 just passes on white (4.54:1) but not on the footer's #f3f2f1.
    const failures = checkTheme(toTheme({ link: '#767676' }));
    expect(failures.map((f) => f.message)).toEqual([expect.stringMatching(/^footer links: #767676 on #f3f2f1 has a contrast ratio of 4\.0\d:1/)]);
    expect(failures[0]!.colours).toEqual(['link']);
  });

  test('writes every colour as a CSS custom property, the office\'s in place of the defaults', () => {
    const css = toThemeCss(toTheme({ brand: '#0b3d2e' }));
    expect(css).toMatch(/^:root \{/);
    expect(css).toContain('--brand: #0b3d2e;');
    expect(css).toContain(`--tag-green-bg: ${THEME_COLOURS['tag-green-bg']};`);
    expect(css.match(/--[\w-]+:/g)).toHaveLength(Object.keys(THEME_COLOURS).length);
  });
});
