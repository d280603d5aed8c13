import { describe, expect, test } from 'vitest';
import { AA_TEXT_CONTRAST, contrastRatio, formatRatio, parseHexColour } from '../../src/lib/contrast.ts';

describe('colour contrast', () => {
  test('gives black on white the maximum, 21:1, and a colour on itself 1:1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#1d3b5c', '#1d3b5c')).toBe(1);
  });

  test('does not care which colour is the text', () => {
    expect(contrastRatio('#ffffff', '#767676')).toBe(contrastRatio('#767676', '#ffffff'));
  });

  test('puts #767676 on white just above AA and #777777 just below, as WCAG tools do', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(AA_TEXT_CONTRAST);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(AA_TEXT_CONTRAST);
  });

  test('reads three-digit colours as their six-digit form', () => {
    expect(parseHexColour('#fd0')).toEqual(parseHexColour('#ffdd00'));
  });

  test('never rounds a failing ratio up to a passing one', () => {
    expect(formatRatio(4.4999)).toBe('4.49:1');
  });
});
