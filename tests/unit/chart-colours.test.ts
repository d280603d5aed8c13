import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { contrastRatio, parseHexColour } from '../../src/lib/basics/contrast.ts';

// Bars and lines carry meaning, so WCAG 1.4.11 asks 3:1 against the page behind them.
test('draws every chart bar and line in a colour with at least 3:1 contrast against white', () => {
  const css = readFileSync(resolve(import.meta.dirname, '../../src/styles/site.css'), 'utf8');
  const rules = [...css.matchAll(/(\.chart-[^{]+)\{[^}]*?(?:fill|stroke):\s*(#[0-9a-f]{6})/gi)];
  expect(rules.length).toBeGreaterThan(5);
  for (const [, selector, colour] of rules) {
    const ratio = contrastRatio(parseHexColour(colour!)!, parseHexColour('#ffffff')!);
    expect(ratio, `${selector!.trim()} ${colour}`).toBeGreaterThanOrEqual(3);
  }
});
